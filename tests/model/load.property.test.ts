import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';
import { importCsv } from '../../model/import-csv.js';
import { type LoadResult, loadModel } from '../../model/load.js';
import { BUILTIN_RELATION_TYPES } from '../../model/relation-types.js';
import type { ModelIssue } from '../../model/types.js';

/** Quoted strings in a message are the author's own text, which may say anything. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
const LEAKS = /undefined|\[object |NaN|null null|\bat .+:\d+:\d+/;

function expectWellFormedIssue(issue: ModelIssue, severity: ModelIssue['severity']): void {
  expect(issue.severity).toBe(severity);
  expect(typeof issue.path).toBe('string');
  expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
  expect(typeof issue.message).toBe('string');
  expect(issue.message.length).toBeGreaterThan(0);
  expect(issue.message.replace(QUOTED, '"…"')).not.toMatch(LEAKS);
  for (const position of [issue.line, issue.column]) {
    if (position !== undefined) expect(Number.isInteger(position) && position >= 1).toBe(true);
  }
  // The path is the author's own keys, which may say anything; the rest is ours.
  expect(formatIssue(issue).endsWith(`${issue.path || '/'}: ${issue.message}`)).toBe(true);
}

/** Errors exactly when not ok; every issue with a pointer and a plain, non-empty message. */
function expectWellFormed(result: LoadResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(result.graph.order).toBe(new Set(result.model.entities.map((entity) => entity.id)).size);
    expect(Object.hasOwn(result, 'errors')).toBe(false);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const issue of result.errors) expectWellFormedIssue(issue, 'error');
  }
  for (const issue of result.warnings) expectWellFormedIssue(issue, 'warning');
}

const prototypeKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const modelKeys = ['title', 'entities', 'relations', 'relationTypes', 'id', 'name', 'kind', 'source', 'target', 'type'];
const keyArbitrary = fc.oneof(fc.constantFrom(...prototypeKeys, ...modelKeys), fc.string({ maxLength: 8 }));

const anythingArbitrary = fc.anything({
  key: keyArbitrary,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const idArbitrary = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/),
  fc.constantFrom('constructor', 'hasownproperty', 'tostring', 'valueof'),
);
const dateArbitrary = fc.option(
  fc.oneof(
    fc.integer({ min: 1900, max: 2030 }).map(String),
    fc
      .tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  ),
  { nil: undefined },
);

/** Models that pass the schema, though not always the semantic checks (loops, self-links). */
const modelArbitrary = fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 8 }).chain((ids) =>
  fc.record({
    title: fc.string({ minLength: 1, maxLength: 20 }),
    entities: fc.tuple(
      ...ids.map((id) =>
        fc
          .record({ since: dateArbitrary, until: dateArbitrary })
          .map((d) => ({ id, name: id.toUpperCase(), kind: 'body', ...withoutUndefined(d) })),
      ),
    ),
    relations: fc.array(
      fc
        .record({
          source: fc.constantFrom(...ids),
          target: fc.constantFrom(...ids),
          type: fc.constantFrom(...Object.keys(BUILTIN_RELATION_TYPES)),
          evidence: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: undefined }),
          since: dateArbitrary,
        })
        .map(withoutUndefined),
      { maxLength: 12 },
    ),
  }),
);

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** Every place a value sits in a JSON value: the object or array holding it, and its key. */
function slots(value: unknown): [Record<string, unknown>, string][] {
  const found: [Record<string, unknown>, string][] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      found.push([node as Record<string, unknown>, key]);
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(value);
  return found;
}

function containers(value: unknown): object[] {
  const found: object[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    found.push(node);
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return found;
}

const mutatedModelArbitrary = fc.oneof(
  // Drop a field.
  fc.tuple(modelArbitrary, fc.nat()).map(([model, pick]) => {
    const copy = structuredClone(model);
    const all = slots(copy);
    const slot = all[pick % all.length];
    if (slot) delete slot[0][slot[1]];
    return copy as unknown;
  }),
  // Give a field a value of another type.
  fc.tuple(modelArbitrary, fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([model, pick, value]) => {
    const copy = structuredClone(model);
    const all = slots(copy);
    const slot = all[pick % all.length];
    if (slot) slot[0][slot[1]] = value;
    return copy as unknown;
  }),
  // Swap two ids, or point a relation at a near miss.
  fc.tuple(modelArbitrary, fc.nat(), fc.nat(), fc.string({ maxLength: 6 })).map(([model, a, b, suffix]) => {
    const copy = structuredClone(model);
    const first = copy.entities[a % copy.entities.length];
    const second = copy.entities[b % copy.entities.length];
    if (first && second) [first.id, second.id] = [second.id, first.id];
    const relation = copy.relations[a % Math.max(1, copy.relations.length)];
    if (relation) relation.target = `${relation.target}${suffix}`;
    return copy as unknown;
  }),
);

describe('loadModel never throws and always returns a well-formed result', () => {
  it('for any JSON value, parsed or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(loadModel(value));
        expectWellFormed(loadModel(JSON.stringify(value) ?? ''));
      }),
    );
  });

  it('for any JavaScript value, with prototype-like keys, boxed values, maps, holes and typed arrays', () => {
    fc.assert(fc.property(anythingArbitrary, (value) => expectWellFormed(loadModel(value))));
  });

  it('for any object with prototype-like keys', () => {
    fc.assert(
      fc.property(fc.object({ key: keyArbitrary, maxDepth: 3 }), (value) => {
        expectWellFormed(loadModel(value));
        expectWellFormed(loadModel(JSON.stringify(value)));
      }),
    );
  });

  it('for values that contain themselves', () => {
    fc.assert(
      fc.property(
        fc.object({ key: keyArbitrary, maxDepth: 3 }),
        fc.nat(),
        fc.nat(),
        keyArbitrary,
        (generated, a, b, key) => {
          // fast-check keeps the generated value for shrinking, so the cycle goes into a copy.
          const value = structuredClone(generated);
          const all = containers(value);
          const holder = all[a % all.length]!;
          const target = all[b % all.length]!;
          // An array's length cannot hold an object: such a draw says nothing about the loader.
          const linked = Reflect.defineProperty(holder, key, {
            value: target,
            enumerable: true,
            configurable: true,
            writable: true,
          });
          fc.pre(linked);
          const result = loadModel(value);
          expectWellFormed(result);
        },
      ),
    );
  });

  it('for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectWellFormed(loadModel(text, { file: 'random.json' }));
      }),
    );
  });

  it('for valid models', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => {
        const result = loadModel(JSON.stringify(model, null, 2));
        expectWellFormed(result);
        expect(loadModel(model).ok).toBe(result.ok);
      }),
    );
  });

  it('for valid models with a field dropped, retyped or an id swapped', () => {
    fc.assert(
      fc.property(mutatedModelArbitrary, (model) => {
        expectWellFormed(loadModel(model));
        expectWellFormed(loadModel(JSON.stringify(model, null, 2)));
      }),
    );
  });

  it('for the text of a valid model cut at any point', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.nat(), (model, cut) => {
        const text = JSON.stringify(model, null, 2);
        expectWellFormed(loadModel(text.slice(0, cut % (text.length + 1))));
      }),
    );
  });

  it('for the text of a valid model with a character inserted anywhere', () => {
    fc.assert(
      fc.property(
        modelArbitrary,
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
        (model, at, char) => {
          const text = JSON.stringify(model, null, 2);
          const position = at % (text.length + 1);
          expectWellFormed(loadModel(text.slice(0, position) + char + text.slice(position)));
        },
      ),
    );
  });

  it('for huge and deeply nested inputs', () => {
    expectWellFormed(loadModel('['.repeat(1_000_000)));
    expectWellFormed(loadModel(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`));
    const long = 'x'.repeat(2_000_000);
    const result = loadModel({ title: 't', entities: [{ id: long, name: long, kind: 'body' }], relations: [] });
    expectWellFormed(result);
    for (const issue of result.ok ? [] : result.errors) expect(issue.message.length).toBeLessThan(300);
    let nested: unknown = {};
    for (let i = 0; i < 100_000; i++) nested = { entities: nested };
    expectWellFormed(loadModel(nested));
  });
});

describe('importCsv never throws and always returns a well-formed result', () => {
  const csvCell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('a', 'b', 'c', 'A B', '', '"', '""', 'x"y', '__proto__', 'constructor', '2014', 'April', 'part-of'),
  );
  const header = fc.shuffledSubarray(
    ['id', 'parentId', 'name', 'title', 'kind', 'since', 'until', 'relationType', '__proto__', 'constructor'],
    { minLength: 1 },
  );

  it('for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expectWellFormed(importCsv(text, { file: 'random.csv' }));
      }),
    );
  });

  it('for rows of odd values under a header of known and unknown columns', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 10 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        (columns, rows, separator, newline) => {
          const text = [columns, ...rows].map((row) => row.join(separator)).join(newline);
          expectWellFormed(importCsv(text));
        },
      ),
    );
  });
});
