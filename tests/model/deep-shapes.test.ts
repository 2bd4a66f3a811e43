import { describe, expect, it } from 'vitest';
import { type ChainEdge, findChainCycles, MAX_LOOP_CHECK_STEPS } from '../../model/chain-cycles.js';
import { formatIssue } from '../../model/format-issue.js';
import { buildGraph, type GovernanceGraph } from '../../model/graph.js';
import { importCsv } from '../../model/import-csv.js';
import { MAX_JSON_DEPTH } from '../../model/limits.js';
import { type LoadResult, loadModel } from '../../model/load.js';
import { toPlainData } from '../../model/plain-data.js';
import { chainOfCommand } from '../../model/queries/chain-of-command.js';
import { findPath } from '../../model/queries/path.js';
import { subordinates } from '../../model/queries/subordinates.js';
import type { Relation } from '../../model/types.js';
import { validateSemantics } from '../../model/validate-semantics.js';

/** Every issue of a result, errors first, as formatIssue writes them. */
function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `b${i}`);
const bodies = (n: number) => ids(n).map((id) => ({ id, name: `Body ${id}`, kind: 'body' }));

/** b0 over b1 over b2 … over b(n-1). */
function chain(n: number): GovernanceGraph {
  const relations: Relation[] = ids(n - 1).map((id, i) => ({ source: id, target: `b${i + 1}`, type: 'oversees' }));
  return buildGraph({ title: 'Deep', entities: bodies(n), relations });
}

describe('JSON text nested deeper than MAX_JSON_DEPTH', () => {
  const deep = '['.repeat(100_000);

  it.each([
    ['behind a comment holding a quote', `[/*"*/${deep}`, 1, 1 + 6 + MAX_JSON_DEPTH - 1],
    ['after a string cut short by a line break', `["a\n${deep}`, 2, MAX_JSON_DEPTH],
    ['after a string holding an escaped quote', `["\\"",${deep}`, 1, 1 + 6 + MAX_JSON_DEPTH - 1],
  ])('is refused with the limit named, not a stack overflow, %s', (_, text, line, column) => {
    expect(messages(loadModel(text, { file: 'm.json' }))).toEqual([
      `m.json:${line}:${column} /: invalid JSON: nested more than ${MAX_JSON_DEPTH} levels deep`,
    ]);
  });

  it('is read when nested exactly MAX_JSON_DEPTH levels deep', () => {
    const text = `{"title":"t","entities":[],"relations":[],"note":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
    expect(messages(loadModel(text, { file: 'm.json' }))).toEqual(['m.json:1:43 /: unknown property "note"']);
  });
});

describe('a JavaScript value nested 100,000 levels deep', () => {
  it('is refused at the level past MAX_JSON_DEPTH', () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const copy = toPlainData(nested);
    expect(copy.ok).toBe(false);
    if (copy.ok) return;
    expect(copy.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [`${'/0'.repeat(MAX_JSON_DEPTH + 1)}`, `nested more than ${MAX_JSON_DEPTH} levels deep`],
    ]);
  });
});

describe('queries on a chain of command 100,000 levels deep', () => {
  const n = 100_000;
  const graph = chain(n);

  it('climb from the deepest body to the top', () => {
    const paths = chainOfCommand(graph, `b${n - 1}`);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toHaveLength(n - 1);
    expect(paths[0]![0]).toBe(`b${n - 2}`);
    expect(paths[0]!.at(-1)).toBe('b0');
  });

  it('list everything below the top, the deepest body at depth 99,999', () => {
    const below = subordinates(graph, 'b0', { transitive: true });
    expect(below).toHaveLength(n - 1);
    expect(below.at(-1)).toMatchObject({ id: `b${n - 1}`, depth: n - 1 });
  });

  it('find the path from the deepest body to the top', () => {
    const path = findPath(graph, `b${n - 1}`, 'b0');
    expect(path?.nodes).toHaveLength(n);
    expect(path?.edges).toHaveLength(n - 1);
  });
});

describe('a body with 300,000 direct subordinates', () => {
  it('has them all listed as its subordinates at depth 1', () => {
    const n = 300_001;
    const relations: Relation[] = ids(n)
      .slice(1)
      .map((id) => ({ source: 'b0', target: id, type: 'oversees' }));
    const graph = buildGraph({ title: 'Wide', entities: bodies(n), relations });
    const below = subordinates(graph, 'b0', { transitive: true });
    expect(below).toHaveLength(n - 1);
    expect(below.every((s) => s.depth === 1)).toBe(true);
  });
});

describe('the loop check', () => {
  const loop = (n: number, start: (i: number) => number): ChainEdge[] =>
    ids(n).map((id, i) => ({
      superior: id,
      subordinate: `b${(i + 1) % n}`,
      start: start(i),
      end: Number.POSITIVE_INFINITY,
      path: `/relations/${i}`,
    }));

  it('reports a loop through 100,000 bodies once, closed by its last relation', () => {
    const n = 100_000;
    const { cycles, stoppedAt } = findChainCycles(
      ids(n),
      loop(n, () => Number.NEGATIVE_INFINITY),
    );
    expect(stoppedAt).toBeUndefined();
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.bodies).toEqual([...ids(n), 'b0']);
    expect(cycles[0]!.closing.path).toBe(`/relations/${n - 1}`);
  });

  it('reports it from the model as an error at the relation that closes it', () => {
    const n = 100_000;
    const relations = ids(n).map((id, i) => ({ source: id, target: `b${(i + 1) % n}`, type: 'oversees' }));
    const errors = validateSemantics({ title: 'Loop', entities: bodies(n), relations }).filter(
      (issue) => issue.severity === 'error',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(`/relations/${n - 1}`);
    expect(errors[0]!.message.startsWith('chain of command loops: b0 → b1 → b2 → ')).toBe(true);
    expect(errors[0]!.message.endsWith(` → b${n - 1} → b0`)).toBe(true);
  });

  it('finds a small dated loop among 20,000 relations that start on different days', () => {
    const n = 20_000;
    // A chain with a relation starting each day, and at its end a loop of three that closes on the last day.
    const edges: ChainEdge[] = ids(n - 1).map((id, i) => ({
      superior: id,
      subordinate: `b${i + 1}`,
      start: i,
      end: Number.POSITIVE_INFINITY,
      path: `/relations/${i}`,
    }));
    edges.push({
      superior: `b${n - 1}`,
      subordinate: `b${n - 3}`,
      start: n,
      end: Number.POSITIVE_INFINITY,
      path: '/x',
    });
    const { cycles, stoppedAt } = findChainCycles(ids(n), edges);
    expect(stoppedAt).toBeUndefined();
    expect(cycles.map((c) => [c.bodies, c.closing.path])).toEqual([
      [[`b${n - 3}`, `b${n - 2}`, `b${n - 1}`, `b${n - 3}`], '/x'],
    ]);
  });

  it('stops at MAX_LOOP_CHECK_STEPS on a loop through 5,000 bodies whose relations start on 5,000 days, and says from which', () => {
    const n = 5000;
    const { stoppedAt } = findChainCycles(
      ids(n),
      loop(n, (i) => i),
    );
    // Each day examined costs the 5,000 bodies and 5,000 relations of the loop.
    expect(stoppedAt?.path).toBe(`/relations/${Math.floor(MAX_LOOP_CHECK_STEPS / (2 * n))}`);
    const relations = ids(n).map((id, i) => ({
      source: id,
      target: `b${(i + 1) % n}`,
      type: 'oversees',
      since: `${1000 + i}`,
    }));
    const warnings = validateSemantics({ title: 'Loop', entities: bodies(n), relations }).filter((issue) =>
      issue.message.includes('not checked for loops'),
    );
    expect(warnings.map((w) => [w.severity, w.path])).toEqual([['warning', stoppedAt?.path]]);
  });
});

describe('references to missing bodies', () => {
  it('are all reported, with suggestions only while their comparisons stay within a limit', () => {
    const n = 2000;
    const entities = ids(n).map((id) => ({ id: `body-${id}`, name: id, kind: 'body' }));
    const relations = ids(n).map((id) => ({ source: `bodi-${id}`, target: `body-${id}`, type: 'oversees' }));
    const missing = validateSemantics({ title: 'Typos', entities, relations }).filter((issue) =>
      issue.message.startsWith('no entity'),
    );
    expect(missing).toHaveLength(n);
    expect(missing[0]!.message).toBe('no entity "bodi-b0" (did you mean "body-b0"?)');
    // 1,000,000 comparisons among 2,000 candidates: the first 500 get a suggestion.
    expect(missing.filter((issue) => issue.message.includes('did you mean'))).toHaveLength(500);
    expect(missing.at(-1)!.message).toBe(`no entity "bodi-b${n - 1}"`);
  });

  it('in a CSV org chart are counted in one warning that names the first few, with suggestions', () => {
    const n = 2000;
    // Each row's superior is a near miss of the next row's id (never of the row's own).
    const rows = ids(n).map((id, i) => `body-${id},${id},bodi-b${(i + 1) % n}`);
    const result = importCsv(['id,name,parentId', ...rows].join('\n'));
    expect(result.ok).toBe(true);
    const missing = result.warnings.filter((issue) => issue.message.includes('a superior that no row has'));
    expect(missing.map((issue) => issue.message)).toEqual([
      '2,000 rows name a superior that no row has, so they are drawn as tops: ' +
        'row 1 ("bodi-b1"; did you mean "body-b1"?), row 2 ("bodi-b2"; did you mean "body-b2"?), ' +
        'row 3 ("bodi-b3"; did you mean "body-b3"?) and 1,997 more',
    ]);
  });
});
