import type { GovernanceGraph } from '../graph.js';
import { displayName } from './display-name.js';
import { assertEntity, entityIndex, incidence } from './internal.js';

/** A way from one body to another, with the sentence that reads it. */
export interface GovernancePath {
  /** The bodies along the way, both ends included. */
  nodes: string[];
  /** The relations between consecutive bodies; one fewer than `nodes`. */
  edges: string[];
  /** "The NCIRC Technical Centre is part of the NCI Agency, which …." */
  sentence: string;
}

/**
 * How body `from` is connected to body `to`: a shortest path where every relation may be walked
 * either way ("the CIO oversees X" connects X to the CIO as much as the CIO to X).
 *
 * Among the shortest paths, the one using the fewest relations outside the chain of command wins,
 * so that "is part of … which is overseen by" is preferred to "is hosted by … which cooperates
 * with". This is a Dijkstra search on integer weights: a chain relation costs `n` and any other
 * `n + 1` (n = number of bodies), so a path with fewer steps always costs less whatever its
 * relations. Remaining ties go to the body earlier in the model and the relation earlier in the
 * model, which makes the answer deterministic. graphology-shortest-path is not used: in a
 * directed graph it only walks edges forwards, it has no such tie-break, and its per-node
 * iteration is not safe for every id (see `incidence`).
 *
 * With `chainOnly`, only chain-of-command relations are walked (still either way).
 *
 * The sentence starts from `from` and reads each relation from the side it is walked from
 * (`label` forwards, `inverseLabel` backwards): "The A is part of the B, which is overseen by
 * the C." Roles take "who" instead of "which". Names follow {@link displayName}.
 * From a body to itself: nodes `[from]`, no edges, "That is the same body."
 *
 * @returns `null` when no path joins the two bodies.
 * @throws Error when either id is not an entity of the graph.
 */
export function findPath(
  graph: GovernanceGraph,
  from: string,
  to: string,
  options: { chainOnly?: boolean } = {},
): GovernancePath | null {
  assertEntity(graph, from, 'findPath');
  assertEntity(graph, to, 'findPath');
  if (from === to) return { nodes: [from], edges: [], sentence: 'That is the same body.' };

  const edgesOf = incidence(graph);
  const step = graph.order;
  const cost = new Map<string, number>([[from, 0]]);
  const via = new Map<string, { previous: string; edge: string }>();
  const done = new Set<string>();
  const open = new Set<string>([from]);

  // A linear scan for the cheapest open body keeps ties ordered by model position; governance
  // charts have hundreds of bodies at most, so a heap would buy nothing.
  while (open.size > 0) {
    let body = '';
    let best = Number.POSITIVE_INFINITY;
    let bestIndex = Number.POSITIVE_INFINITY;
    for (const candidate of open) {
      const c = cost.get(candidate)!;
      const i = entityIndex(graph, candidate);
      if (c < best || (c === best && i < bestIndex)) {
        body = candidate;
        best = c;
        bestIndex = i;
      }
    }
    open.delete(body);
    done.add(body);
    if (body === to) break;

    for (const { edge, attributes, other } of edgesOf(body)) {
      const chain = attributes.definition.chainOfCommand;
      if (options.chainOnly && !chain) continue;
      if (done.has(other)) continue;
      const through = best + (chain ? step : step + 1);
      const known = cost.get(other);
      if (known === undefined || through < known) {
        cost.set(other, through);
        via.set(other, { previous: body, edge });
        open.add(other);
      }
    }
  }
  if (!done.has(to)) return null;

  const nodes = [to];
  const edges: string[] = [];
  for (let body = to; body !== from; ) {
    const link = via.get(body)!;
    edges.push(link.edge);
    nodes.push(link.previous);
    body = link.previous;
  }
  nodes.reverse();
  edges.reverse();
  return { nodes, edges, sentence: pathSentence(graph, nodes, edges) };
}

function pathSentence(graph: GovernanceGraph, nodes: string[], edges: string[]): string {
  let sentence = displayName(graph, nodes[0]!, { start: true });
  edges.forEach((edge, i) => {
    const here = nodes[i]!;
    const next = nodes[i + 1]!;
    const { definition } = graph.getEdgeAttributes(edge);
    const forwards = graph.source(edge) === here;
    const label = forwards ? definition.label : (definition.inverseLabel ?? definition.label);
    if (i > 0) sentence += graph.getNodeAttribute(here, 'kind') === 'role' ? ', who' : ', which';
    sentence += ` ${label} ${displayName(graph, next)}`;
  });
  return `${sentence}.`;
}
