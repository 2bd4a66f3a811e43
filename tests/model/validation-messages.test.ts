import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';
import { type LoadResult, loadModel } from '../../model/load.js';
import type { Entity, GovernanceModel, Relation } from '../../model/types.js';

/** Every issue of a result, errors first, as formatIssue writes them. */
function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

const entity = (id: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  name: id.toUpperCase(),
  kind: 'body',
  ...extra,
});
const oversees = (source: string, target: string, extra: Partial<Relation> = {}): Relation => ({
  source,
  target,
  type: 'oversees',
  evidence: `${source} oversees ${target}`,
  ...extra,
});

/** A valid model of two bodies, a over b, changed by `change`. */
function model(change: Partial<GovernanceModel> = {}): GovernanceModel {
  return { title: 'Test', entities: [entity('a'), entity('b')], relations: [oversees('a', 'b')], ...change };
}

describe('the starting model of these tests', () => {
  it('loads without issues', () => {
    expect(messages(loadModel(model()))).toEqual([]);
  });
});

describe('JSON syntax errors', () => {
  const cases: [string, string, string][] = [
    ['an empty file', '', 'm.json:1:1 /: invalid JSON: the file is empty'],
    ['a file of only whitespace', '\n  \n', 'm.json:3:1 /: invalid JSON: the file is empty'],
    [
      'a trailing comma in an object',
      '{"a": 1,\n}',
      'm.json:2:1 /: invalid JSON: a comma cannot come before a closing brace',
    ],
    [
      'a trailing comma in an array',
      '[1, 2, ]',
      'm.json:1:8 /: invalid JSON: a comma cannot come before a closing bracket',
    ],
    [
      'a missing comma in an object',
      '{\n  "a": 1\n  "b": 2\n}',
      'm.json:3:3 /: invalid JSON: expected a comma or a closing brace',
    ],
    ['a missing comma in an array', '[1 2]', 'm.json:1:4 /: invalid JSON: expected a comma or a closing bracket'],
    ['a bare word', '{"a": tru}', 'm.json:1:7 /: invalid JSON: unexpected text "tru"'],
    ['single quotes', "{'a': 1}", `m.json:1:2 /: invalid JSON: unexpected text "'a'"`],
    ['a missing colon', '{"a" 1}', 'm.json:1:6 /: invalid JSON: expected a colon after the property name'],
    ['a missing value', '{"a": }', 'm.json:1:7 /: invalid JSON: expected a value'],
    ['an unclosed object', '{"a": 1', 'm.json:1:8 /: invalid JSON: expected a closing brace'],
    ['an unclosed array', '[1', 'm.json:1:3 /: invalid JSON: expected a closing bracket'],
    ['a comment', '// models\n{}', 'm.json:1:1 /: invalid JSON: comments are not allowed in JSON'],
    ['an unclosed string', '{"a": "b}', 'm.json:1:7 /: invalid JSON: a string is not closed'],
    ['an invalid escape', '{"a": "\\q"}', 'm.json:1:7 /: invalid JSON: invalid escape sequence in a string'],
    ['an invalid unicode escape', '{"a": "\\u12"}', 'm.json:1:7 /: invalid JSON: invalid unicode escape in a string'],
    [
      'a tab inside a string',
      '{"a": "\t"}',
      'm.json:1:7 /: invalid JSON: a string contains a control character such as a tab or line break (write it as an escape like \\t or \\n)',
    ],
    ['a number cut short', '{"a": 1.}', 'm.json:1:7 /: invalid JSON: a number is cut short'],
    ['a second value', '{} {}', 'm.json:1:4 /: invalid JSON: expected the end of the file after the value'],
    ['a property name without quotes', '{"a": 1, b: 2}', 'm.json:1:10 /: invalid JSON: unexpected text "b"'],
    [
      'nesting beyond 500 levels',
      `${'['.repeat(501)}${']'.repeat(501)}`,
      'm.json:1:501 /: invalid JSON: nested more than 500 levels deep',
    ],
  ];
  it.each(cases)('reports %s with its line and column', (_, text, expected) => {
    expect(messages(loadModel(text, { file: 'm.json' }))).toEqual([expected]);
  });

  it('reports a property written twice', () => {
    const text = '{\n  "title": "a",\n  "title": "b",\n  "entities": [],\n  "relations": []\n}';
    expect(messages(loadModel(text, { file: 'm.json' }))).toEqual([
      'm.json:3:3 /: property "title" is written more than once (keep one)',
    ]);
  });

  it('ignores a byte order mark', () => {
    expect(messages(loadModel(`\uFEFF${JSON.stringify(model())}`))).toEqual([]);
  });
});

describe('values that are not JSON data', () => {
  const cases: [string, unknown, string][] = [
    ['a function', () => 1, '/: expected JSON data, got a function'],
    ['a big integer', 1n, '/: expected JSON data, got a big integer'],
    ['a symbol', Symbol('x'), '/: expected JSON data, got a symbol'],
    ['undefined', undefined, '/: expected JSON data, got nothing'],
    ['NaN', { ...model(), title: Number.NaN }, '/title: expected JSON data, got a number that is not finite'],
    ['a Date', { ...model(), title: new Date(0) }, '/title: expected JSON data, got a Date object'],
    ['a Map', { ...model(), entities: new Map() }, '/entities: expected JSON data, got a Map object'],
    [
      'a hole in an array',
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      { ...model(), entities: [entity('a'), , entity('b')] },
      '/entities/1: expected JSON data, got nothing (an empty slot in the array)',
    ],
    [
      'an array claiming billions of items',
      { ...model(), relations: new Array(2 ** 31) },
      '/relations: expected JSON data, got an array of 2147483648 items',
    ],
  ];
  it.each(cases)('reports %s', (_, value, expected) => {
    expect(messages(loadModel(value))).toEqual([expected]);
  });

  it('reports a value that contains itself', () => {
    const looped: Record<string, unknown> = { ...model() };
    looped.entities = [looped];
    expect(messages(loadModel(looped))).toEqual([
      '/entities/0: refers back to /, which contains it (JSON data cannot loop)',
    ]);
  });

  it('reports a getter that throws', () => {
    const value = {
      ...model(),
      get entities(): never {
        throw new Error('no');
      },
    };
    expect(messages(loadModel(value))).toEqual([
      '/: expected JSON data, but reading it failed (a getter or proxy threw an error)',
    ]);
  });

  it('reports nesting beyond 500 levels', () => {
    let deep: unknown = [];
    for (let i = 0; i < 600; i++) deep = [deep];
    expect(messages(loadModel({ ...model(), note: deep }))[0]).toBe(
      `/note${'/0'.repeat(500)}: nested more than 500 levels deep`,
    );
  });
});

describe('schema errors', () => {
  it('reports a document that is not an object', () => {
    expect(messages(loadModel('"org"', { file: 'm.json' }))).toEqual([
      'm.json:1:1 /: expected an object, got a string',
    ]);
  });

  it('reports an empty array, which is neither a model nor rows', () => {
    expect(messages(loadModel('[]', { file: 'm.json' }))).toEqual([
      'm.json /: expected a model object, or an array of rows such as {"id": …, "parentId": …, "name": …}, got an empty array',
    ]);
  });

  it('reports a missing property at its object', () => {
    const { kind: _, ...noKind } = entity('b');
    expect(messages(loadModel(model({ entities: [entity('a'), noKind as Entity] })))).toEqual([
      '/entities/1: missing "kind"',
    ]);
  });

  it('reports an unknown property with the nearest known one', () => {
    expect(
      messages(loadModel(model({ entities: [entity('a'), { ...entity('b'), sinse: '2014' } as Entity] }))),
    ).toEqual(['/entities/1: unknown property "sinse" (did you mean "since"?)']);
  });

  it('reports an unknown property with nothing near it', () => {
    expect(messages(loadModel({ ...model(), colour: 'red' }))).toEqual(['/: unknown property "colour"']);
  });

  it('loads an id that is not kebab-case as it is written', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), { ...entity('b'), id: 'NCIA Agency' }],
        relations: [oversees('a', 'NCIA Agency')],
      }),
    );
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.graph.hasNode('NCIA Agency')).toBe(true);
  });

  it('reports an id with spaces at its ends, with the id it could be', () => {
    const result = loadModel(model({ entities: [entity('a'), { ...entity('b'), id: ' b ' }] }));
    expect(messages(result)).toContain('/entities/1/id: " b " has spaces at its start or end (write "b")');
  });

  it('reports a relation type name that is not kebab-case', () => {
    const result = loadModel(
      model({ relationTypes: { 'Reports To': { label: 'reports to', chainOfCommand: false } } }),
    );
    expect(messages(result)).toEqual([
      '/relationTypes/Reports To: "Reports To" is not a kebab-case type name (use lower-case words joined by hyphens, e.g. "reports-to")',
    ]);
  });

  it('reports a date written in words', () => {
    expect(messages(loadModel(model({ entities: [entity('a', { since: 'April 2014' }), entity('b')] })))).toEqual([
      '/entities/0/since: "April 2014" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('reports a value of the wrong type', () => {
    expect(messages(loadModel({ ...model(), entities: {} }))).toEqual(['/entities: expected an array, got an object']);
  });

  it('reports a value outside its list of allowed values', () => {
    const result = loadModel(
      model({ relationTypes: { reports: { label: 'reports to', chainOfCommand: true, superior: 'up' as 'source' } } }),
    );
    expect(messages(result)).toEqual(['/relationTypes/reports/superior: expected "source" or "target", got "up"']);
  });

  it('reports an empty string where text is needed', () => {
    expect(messages(loadModel(model({ title: '' })))).toEqual(['/title: must not be empty']);
  });

  it('reports each problem once', () => {
    const result = loadModel({ title: 1, entities: [{ id: 'A B' }], relations: null, extra: true });
    expect(messages(result)).toEqual([
      '/: unknown property "extra"',
      '/title: expected a string, got a number',
      '/entities/0: missing "name"',
      '/entities/0: missing "kind"',
      '/relations: expected an array, got null',
      '/entities/0: "A B" has no relations',
    ]);
  });
});

describe('semantic errors', () => {
  it('reports a duplicate entity id with where it first appears', () => {
    const result = loadModel(model({ entities: [entity('a'), entity('b'), entity('a')] }));
    expect(messages(result)).toEqual(['/entities/2/id: duplicate id "a" (first at /entities/0)']);
  });

  it('reports a duplicate relation id with where it first appears', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('b'), entity('c')],
        relations: [oversees('a', 'b', { id: 'r' }), oversees('a', 'c', { id: 'r' })],
      }),
    );
    expect(messages(result)).toEqual(['/relations/1/id: duplicate id "r" (first at /relations/0)']);
  });

  it('reports a relation id that another relation has by its position', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('b'), entity('c')],
        relations: [oversees('a', 'b', { id: 'relations/1' }), oversees('a', 'c')],
      }),
    );
    expect(messages(result)).toEqual([
      '/relations/0/id: "relations/1" is the id that /relations/1 has when unnamed; choose another',
    ]);
  });

  it('reports an unknown target with the id it abbreviates', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('ncirc-technical-centre')],
        relations: [oversees('a', 'ncirc-technical-centre'), oversees('a', 'ncirc-tc')],
      }),
    );
    expect(messages(result)).toEqual([
      '/relations/1/target: no entity "ncirc-tc" (did you mean "ncirc-technical-centre"?)',
    ]);
  });

  it('reports an unknown source with the id it misspells', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('agency')],
        relations: [oversees('a', 'agency'), oversees('agnecy', 'a')],
      }),
    );
    expect(messages(result)).toEqual(['/relations/1/source: no entity "agnecy" (did you mean "agency"?)']);
  });

  it('reports an unknown end with the entity whose acronym it is', () => {
    const result = loadModel(
      model({
        entities: [entity('council'), entity('cyber-centre', { acronym: 'CCDCOE' })],
        relations: [oversees('council', 'CCDCOE')],
      }),
    );
    expect(messages(result)).toEqual([
      '/relations/0/target: no entity "CCDCOE" (did you mean "cyber-centre"?)',
      '/entities/1: "cyber-centre" has no relations',
    ]);
  });

  it('reports an unknown end with no suggestion when nothing is close', () => {
    const result = loadModel(model({ relations: [oversees('a', 'b'), oversees('a', 'zebra')] }));
    expect(messages(result)).toEqual(['/relations/1/target: no entity "zebra"']);
  });

  it('reports an unknown relation type with the nearest type, built-in or declared', () => {
    const result = loadModel(
      model({
        relationTypes: { 'reports-to': { label: 'reports to', chainOfCommand: false } },
        relations: [oversees('a', 'b', { type: 'oversee' }), oversees('b', 'a', { type: 'report-to' })],
      }),
    );
    expect(messages(result)).toEqual([
      '/relations/0/type: unknown relation type "oversee" (did you mean "oversees"?)',
      '/relations/1/type: unknown relation type "report-to" (did you mean "reports-to"?)',
    ]);
  });

  it('reports a relation from a body to itself', () => {
    const result = loadModel(model({ relations: [oversees('a', 'b'), oversees('a', 'a')] }));
    expect(messages(result)).toEqual(['/relations/1: links "a" to itself (source and target must differ)']);
  });

  it('reports a loop in the chain of command once, in order, at the relation that closes it', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('b'), entity('c')],
        relations: [oversees('a', 'b'), oversees('b', 'c'), oversees('c', 'a'), oversees('a', 'b', { id: 'again' })],
      }),
    );
    expect(messages(result)).toEqual([
      '/relations/2: chain of command loops: a → b → c → a',
      '/relations/3: repeats /relations/0: both put "a" over "b" in the chain of command',
    ]);
  });

  it('orients "part-of" loops from the superior down', () => {
    const result = loadModel(
      model({
        relations: [oversees('a', 'b'), { source: 'a', target: 'b', type: 'part-of', evidence: 'a is part of b' }],
      }),
    );
    expect(messages(result)).toEqual(['/relations/1: chain of command loops: a → b → a']);
  });

  it('does not count relations that never stand at the same time as a loop', () => {
    const result = loadModel(
      model({ relations: [oversees('a', 'b', { until: '2010' }), oversees('b', 'a', { since: '2012' })] }),
    );
    expect(messages(result)).toEqual([]);
  });

  it('reports an end that is not after the start', () => {
    const result = loadModel(model({ entities: [entity('a', { since: '2014-06', until: '2014' }), entity('b')] }));
    expect(messages(result)).toEqual(['/entities/0/until: "2014" is not after since "2014-06"']);
  });

  it('reports a day that does not exist', () => {
    const result = loadModel(model({ relations: [oversees('a', 'b', { since: '2023-02-30' })] }));
    expect(messages(result)).toEqual(['/relations/0/since: "2023-02-30" is not a day that exists']);
  });

  it('reports a source date that does not exist', () => {
    const result = loadModel(model({ source: { title: 'Report', date: '2021-04-31' } }));
    expect(messages(result)).toEqual(['/source/date: "2021-04-31" is not a day that exists']);
  });
});

describe('warnings', () => {
  it('warn about a relation without evidence', () => {
    const result = loadModel(model({ relations: [{ source: 'a', target: 'b', type: 'oversees' }] }));
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual(['/relations/0: no evidence (quote the source that states this relation)']);
  });

  it('warn about an inferred relation that does not say why, and take its note as its reason', () => {
    const inferred = { source: 'a', target: 'b', type: 'oversees', basis: 'inferred' } as const;
    const bare = loadModel(model({ relations: [inferred] }));
    expect(bare.ok).toBe(true);
    expect(messages(bare)).toEqual([
      '/relations/0: inferred, but no note says why (add a note: what in the source supports it)',
      '/relations/0: no evidence (quote the source that states this relation)',
    ]);
    const noted = loadModel(model({ relations: [{ ...inferred, note: 'The page names it the lead body.' }] }));
    expect(messages(noted)).toEqual([]);
    const stated = loadModel(model({ relations: [{ ...inferred, basis: 'stated', note: 'read so' }] }));
    expect(messages(stated)).toEqual(['/relations/0: no evidence (quote the source that states this relation)']);
  });

  it('refuse a basis other than stated or inferred, at its place', () => {
    const result = loadModel(
      model({ relations: [{ source: 'a', target: 'b', type: 'oversees', basis: 'guessed' } as unknown as Relation] }),
    );
    expect(result.ok).toBe(false);
    expect(messages(result).join('\n')).toContain('/relations/0/basis');
  });

  it('warn about a relation dated outside the lifetime of one of its ends', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('b', { since: '2012', until: '2014' })],
        relations: [oversees('a', 'b', { since: '2010', until: '2016' })],
      }),
    );
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual([
      '/relations/0: dated from 2010 until 2016, outside the lifetime of "b" (from 2012 until 2014)',
    ]);
  });

  it('do not warn about dates that fall within the same year', () => {
    const result = loadModel(
      model({
        entities: [entity('a'), entity('b', { since: '2012-06' })],
        relations: [oversees('a', 'b', { since: '2012' })],
      }),
    );
    expect(messages(result)).toEqual([]);
  });

  it('warn about an entity with no relations', () => {
    const result = loadModel(model({ entities: [entity('a'), entity('b'), entity('c')] }));
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual(['/entities/2: "c" has no relations']);
  });

  it('warn about a chain-of-command relation stated twice', () => {
    const result = loadModel(
      model({ relations: [oversees('a', 'b'), { source: 'b', target: 'a', type: 'part-of', evidence: 'b is in a' }] }),
    );
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual([
      '/relations/1: repeats /relations/0: both put "a" over "b" in the chain of command',
    ]);
  });

  it('do not warn about the same chain relation in periods that do not overlap', () => {
    const result = loadModel(
      model({ relations: [oversees('a', 'b', { until: '2010' }), oversees('a', 'b', { since: '2015' })] }),
    );
    expect(messages(result)).toEqual([]);
  });

  it('warn about a renamed body that has no until date', () => {
    const result = loadModel(
      model({
        entities: [entity('nc3a'), entity('ncia', { since: '2012' })],
        relations: [
          { source: 'nc3a', target: 'ncia', type: 'renamed-to', evidence: 'NC3A became NCIA', since: '2012' },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual([
      '/relations/0: "nc3a" was renamed to "ncia" but has no until date, so both show after the renaming',
    ]);
  });
});

describe('texts that would show as nothing', () => {
  it('reports a title, name, kind, acronym or relation type of only spaces or invisible characters', () => {
    const result = loadModel({
      ...model({
        entities: [entity('a', { name: '   ' }), entity('b', { kind: '\u200b', acronym: '\u200e\t' })],
        relations: [oversees('a', 'b', { type: ' \u2060 ' })],
      }),
      title: '\n',
    });
    const blank = 'has only spaces or invisible characters, so it would show as nothing';
    expect(messages(result).filter((m) => m.includes('invisible'))).toEqual([
      `/title: ${blank}`,
      `/entities/0/name: ${blank}`,
      `/entities/1/kind: ${blank}`,
      `/entities/1/acronym: ${blank}`,
      `/relations/0/type: ${blank}`,
    ]);
  });

  it('takes names with letters between the blanks', () => {
    expect(loadModel(model({ entities: [entity('a', { name: ' A\u200b ' }), entity('b')] })).ok).toBe(true);
  });
});
