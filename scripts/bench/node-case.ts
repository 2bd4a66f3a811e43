// The model's own figures, in Node: load and validation of the JSON text, layout with the
// approximate text measure, and search.
import { loadModel } from '../../model/load.js';
import { search } from '../../model/queries/search.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { approximateMeasure } from '../../src/view/wrap-label.js';
import { type BenchCase, SEARCH_QUERIES, type SearchQuery } from './cases.js';
import type { ModelFigures } from './figures.js';
import { median } from './statistics.js';

/** Median time (ms) of `runs` calls of `work`, after one call that warms the JIT up. */
function timed(runs: number, work: () => void): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const approximate = approximateMeasure(12);

/** Times one case's model in Node, over at least 3 runs (5 for each search). Throws if it does not load. */
export function nodeCase(c: BenchCase): ModelFigures {
  const text = JSON.stringify(c.model);
  const loaded = loadModel(text);
  if (!loaded.ok) throw new Error(`bench: the ${c.name} model does not load`);
  const graph = loaded.graph;
  const options = { direction: 'TB' as const, hiddenKinds: new Set<string>(), hiddenTypes: new Set<string>() };
  const runs = Math.max(c.runs, 3);
  const bodies = c.model.entities.length;
  const relations = c.model.relations.length;
  const jsonBytes = Buffer.byteLength(text);
  const nodeLoadMs = timed(runs, () => loadModel(text));
  const nodeLayoutMs = timed(runs, () => buildGraphView(graph, { ...options, measure: approximate }));
  const searchMsByQuery = Object.fromEntries(
    SEARCH_QUERIES.map((q) => [q, timed(Math.max(runs, 5), () => search(graph, q))] as const),
  ) as Record<SearchQuery, number>;
  const times = Object.values(searchMsByQuery);
  return {
    bodies,
    relations,
    jsonBytes,
    nodeLoadMs,
    nodeLayoutMs,
    searchMsByQuery,
    searchMs: times.reduce((a, b) => a + b, 0) / SEARCH_QUERIES.length,
    searchMaxMs: Math.max(...times),
  };
}
