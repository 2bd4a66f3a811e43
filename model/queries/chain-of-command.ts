import { chainEnds, type GovernanceGraph } from '../graph.js';
import { assertEntity, entityIndex, type IncidentEdge, incidence } from './internal.js';

/**
 * The direct superiors of a body: the other end of every chain-of-command relation in which the
 * body is the subordinate, whichever way the relation was authored (`oversees` points down,
 * `part-of` points up). One entry per relation, in the order the model lists them, so a body
 * that both oversees and is responsible for another appears twice.
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function superiors(graph: GovernanceGraph, id: string): Array<{ id: string; edge: string }> {
  assertEntity(graph, id, 'superiors');
  return directSuperiors(incidence(graph)(id), id);
}

function directSuperiors(edges: readonly IncidentEdge[], id: string): Array<{ id: string; edge: string }> {
  const result: Array<{ id: string; edge: string }> = [];
  for (const { edge, attributes, source, target } of edges) {
    const ends = chainEnds(attributes, source, target);
    if (ends && ends.subordinate === id) result.push({ id: ends.superior, edge });
  }
  return result;
}

/**
 * Every line of command from a body up to a top (a body with no superior). Each path lists the
 * immediate superior first and the top last; the body itself is not included. Paths are ordered
 * shortest first, then by how few of their steps are only inferred (no relation of the step is
 * stated by the source: `basis: "inferred"`), then by the model order of their bodies, compared
 * step by step. A top body has no chain: `[]`.
 *
 * A loop of command is a data error but must not hang the view: a path stops where every way up
 * leads back onto itself, and is still reported, so the loop shows instead of vanishing.
 *
 * The number of paths doubles with each level of dual reporting (two superiors, each reporting
 * to both of the next two up): `limit` stops the search once that many paths are found, which
 * are then the ones returned, in the order above; they need not be the shortest of all. The walk
 * keeps its own stack, so a chain thousands of levels deep cannot overflow the call stack.
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function chainOfCommand(graph: GovernanceGraph, id: string, options: { limit?: number } = {}): string[][] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  assertEntity(graph, id, 'chainOfCommand');
  const edgesOf = incidence(graph);
  const upCache = new Map<string, string[]>();
  // Steps (subordinate → superior) that some stated relation makes; the others are only inferred.
  const stated = new Map<string, Set<string>>();
  const up = (body: string): string[] => {
    let ids = upCache.get(body);
    if (!ids) {
      const direct = directSuperiors(edgesOf(body), body);
      // Two relations to the same superior (oversees and responsible-for) are one step of the chain.
      ids = [...new Set(direct.map((s) => s.id))];
      upCache.set(body, ids);
      const statedHere = new Set<string>();
      for (const s of direct) if (graph.getEdgeAttribute(s.edge, 'basis') !== 'inferred') statedHere.add(s.id);
      stated.set(body, statedHere);
    }
    return ids;
  };
  const inferredSteps = (p: readonly string[]): number => {
    let count = 0;
    for (let i = 0; i < p.length; i++) if (!stated.get(i === 0 ? id : p[i - 1]!)?.has(p[i]!)) count++;
    return count;
  };

  const paths: string[][] = [];
  // Depth-first, as a recursion would go: each frame is a body on the path and the superiors of
  // it still to try; a body whose every way up is already on the path ends a path.
  const path: string[] = [];
  const onPath = new Set<string>([id]);
  const frames: { body: string; open: string[]; next: number }[] = [
    { body: id, open: up(id).filter((s) => !onPath.has(s)), next: 0 },
  ];
  if (frames[0]!.open.length === 0) frames.pop();
  while (frames.length > 0 && paths.length < limit) {
    const frame = frames[frames.length - 1]!;
    if (frame.next === frame.open.length) {
      frames.pop();
      // The frame's body leaves the path; the first frame's body (the start) is not on it.
      if (frame.body !== id) onPath.delete(path.pop()!);
      continue;
    }
    const next = frame.open[frame.next++]!;
    path.push(next);
    onPath.add(next);
    const open = up(next).filter((s) => !onPath.has(s));
    if (open.length > 0) {
      frames.push({ body: next, open, next: 0 });
      continue;
    }
    paths.push([...path]);
    onPath.delete(path.pop()!);
  }

  const indices = new Map<string[], number[]>(paths.map((p) => [p, p.map((b) => entityIndex(graph, b))]));
  const inferred = new Map<string[], number>(paths.map((p) => [p, inferredSteps(p)]));
  return paths.sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    if (inferred.get(a) !== inferred.get(b)) return inferred.get(a)! - inferred.get(b)!;
    const ia = indices.get(a)!;
    const ib = indices.get(b)!;
    for (let i = 0; i < ia.length; i++) {
      const d = ia[i]! - ib[i]!;
      if (d !== 0) return d;
    }
    return 0;
  });
}
