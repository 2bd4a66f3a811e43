import { chainEnds, type GovernanceGraph } from '../graph.js';
import { assertEntity, entityIndex, type IncidentEdge, incidence } from './internal.js';

/** A body below another in the chain of command. */
export interface Subordinate {
  id: string;
  /** The relation that links it to the body one step above it. */
  edge: string;
  /** That relation's type (`oversees`, `responsible-for`, `part-of`, …). */
  type: string;
  /** 1 for a direct subordinate, 2 for one of theirs, … */
  depth: number;
}

/**
 * What a body oversees, is responsible for or includes: the chain-of-command relations read from
 * the superior's side, whichever way they were authored.
 *
 * Direct (the default): one entry per relation, ordered by the subordinate's model order, then
 * the relation's. Transitive: a breadth-first walk down the chain, each body once at its
 * shallowest depth (reached through the first superior in model order), ordered by depth then
 * model order. The body itself is never listed, even when a loop of command leads back to it.
 *
 * The walk is written here rather than with graphology-traversal because "down" follows edges
 * forwards for `oversees` and backwards for `part-of`, which a directed traversal cannot express, and graphology-traversal's per-node iteration is not
 * safe for every id (see `incidence`).
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function subordinates(
  graph: GovernanceGraph,
  id: string,
  options: { transitive?: boolean } = {},
): Subordinate[] {
  assertEntity(graph, id, 'subordinates');
  const edgesOf = incidence(graph);
  const byModelOrder = (a: Subordinate, b: Subordinate): number =>
    entityIndex(graph, a.id) - entityIndex(graph, b.id) ||
    graph.getEdgeAttribute(a.edge, 'index') - graph.getEdgeAttribute(b.edge, 'index');

  if (!options.transitive) return directSubordinates(edgesOf(id), id, 1).sort(byModelOrder);

  const result: Subordinate[] = [];
  const seen = new Set<string>([id]);
  let frontier = [id];
  for (let depth = 1; frontier.length > 0; depth++) {
    const level: Subordinate[] = [];
    for (const body of frontier) {
      for (const found of directSubordinates(edgesOf(body), body, depth)) {
        if (seen.has(found.id)) continue;
        seen.add(found.id);
        level.push(found);
      }
    }
    level.sort(byModelOrder);
    for (const found of level) result.push(found);
    frontier = level.map((s) => s.id);
  }
  return result;
}

function directSubordinates(edges: readonly IncidentEdge[], id: string, depth: number): Subordinate[] {
  const result: Subordinate[] = [];
  for (const { edge, attributes, source, target } of edges) {
    const ends = chainEnds(attributes, source, target);
    if (ends && ends.superior === id) result.push({ id: ends.subordinate, edge, type: attributes.type, depth });
  }
  return result;
}
