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
 * relations. A relation a reader inferred (`basis: "inferred"`) costs as much as two steps, so
 * that the way the source states is preferred to one a step shorter that leans on an inference.
 * Remaining ties go to the body earlier in the model and the relation earlier in the
 * model, which makes the answer deterministic. The bodies still open wait in a binary heap, so
 * the search takes time n·log n in bodies plus relations. graphology-shortest-path is not used:
 * in a directed graph it only walks edges forwards, it has no such tie-break, and its per-node
 * iteration is not safe for every id (see `incidence`).
 *
 * With `chainOnly`, only chain-of-command relations are walked (still either way).
 *
 * The sentence starts from `from` and reads each relation from the side it is walked from
 * (`label` forwards, `inverseLabel` backwards): "The A is part of the B, which is overseen by
 * the C." Roles take "who" instead of "which"; an inferred relation is followed by "(inferred)".
 * Names follow {@link displayName}.
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
  // The cheapest open body first, and of equally cheap ones the earliest in the model. A body is
  // entered again each time its cost drops; the entries left behind are skipped when they come up.
  const open = new MinHeap<{ cost: number; index: number; body: string }>(
    (a, b) => a.cost - b.cost || a.index - b.index,
  );
  open.push({ cost: 0, index: entityIndex(graph, from), body: from });

  for (let entry = open.pop(); entry !== undefined; entry = open.pop()) {
    const { cost: best, body } = entry;
    if (done.has(body) || best !== cost.get(body)) continue;
    done.add(body);
    if (body === to) break;

    for (const { edge, attributes, other } of edgesOf(body)) {
      const chain = attributes.definition.chainOfCommand;
      if (options.chainOnly && !chain) continue;
      if (done.has(other)) continue;
      const through = best + (chain ? step : step + 1) + (attributes.basis === 'inferred' ? step : 0);
      const known = cost.get(other);
      if (known === undefined || through < known) {
        cost.set(other, through);
        via.set(other, { previous: body, edge });
        open.push({ cost: through, index: entityIndex(graph, other), body: other });
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
    const { definition, basis } = graph.getEdgeAttributes(edge);
    const forwards = graph.source(edge) === here;
    const label = forwards ? definition.label : (definition.inverseLabel ?? definition.label);
    if (i > 0) sentence += graph.getNodeAttribute(here, 'kind') === 'role' ? ', who' : ', which';
    sentence += ` ${label} ${displayName(graph, next)}${basis === 'inferred' ? ' (inferred)' : ''}`;
  });
  return `${sentence}.`;
}

/** A binary heap: `pop` gives the least item under `compare`, each `push` and `pop` in log time. */
class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare;
  }

  push(item: T): void {
    const items = this.#items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.#compare(items[up]!, item) <= 0) break;
      items[i] = items[up]!;
      i = up;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      let least = 2 * i + 1;
      if (least >= items.length) break;
      if (least + 1 < items.length && this.#compare(items[least + 1]!, items[least]!) < 0) least++;
      if (this.#compare(last, items[least]!) <= 0) break;
      items[i] = items[least]!;
      i = least;
    }
    items[i] = last;
    return top;
  }
}
