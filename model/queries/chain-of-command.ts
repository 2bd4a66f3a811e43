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
 * shortest first, then by the model order of their bodies, compared step by step. A top body has
 * no chain: `[]`.
 *
 * A loop of command is a data error but must not hang the view: a path stops where every way up
 * leads back onto itself, and is still reported, so the loop shows instead of vanishing.
 * The number of paths can grow quickly with many shared superiors; governance charts stay small.
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function chainOfCommand(graph: GovernanceGraph, id: string): string[][] {
  assertEntity(graph, id, 'chainOfCommand');
  const edgesOf = incidence(graph);
  const upCache = new Map<string, string[]>();
  const up = (body: string): string[] => {
    let ids = upCache.get(body);
    if (!ids) {
      // Two relations to the same superior (oversees and responsible-for) are one step of the chain.
      ids = [...new Set(directSuperiors(edgesOf(body), body).map((s) => s.id))];
      upCache.set(body, ids);
    }
    return ids;
  };

  const paths: string[][] = [];
  const path: string[] = [];
  const onPath = new Set<string>([id]);
  const climb = (body: string): void => {
    const all = up(body);
    const open = all.filter((s) => !onPath.has(s));
    if (open.length === 0) {
      if (path.length > 0) paths.push([...path]);
      return;
    }
    for (const next of open) {
      path.push(next);
      onPath.add(next);
      climb(next);
      onPath.delete(next);
      path.pop();
    }
  };
  climb(id);

  const indices = new Map<string[], number[]>(paths.map((p) => [p, p.map((b) => entityIndex(graph, b))]));
  return paths.sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    const ia = indices.get(a)!;
    const ib = indices.get(b)!;
    for (let i = 0; i < ia.length; i++) {
      const d = ia[i]! - ib[i]!;
      if (d !== 0) return d;
    }
    return 0;
  });
}
