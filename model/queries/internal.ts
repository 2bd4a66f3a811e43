import type { GovernanceGraph, RelationAttributes } from '../graph.js';

/** One relation seen from one of its ends. */
export interface IncidentEdge {
  edge: string;
  attributes: RelationAttributes;
  source: string;
  target: string;
  /** The end that is not the body being looked at. */
  other: string;
  /** `out` when the body is the relation's source. */
  direction: 'out' | 'in';
}

/**
 * Throws when `id` is not a node. Asking about a body that does not exist is a programming error
 * (ids come from the graph itself), so it fails loudly instead of answering with an empty list.
 */
export function assertEntity(graph: GovernanceGraph, id: string, where: string): void {
  if (!graph.hasNode(id)) throw new Error(`${where}: no entity "${id}"`);
}

/** Graph events after which the relations touching a body may differ, or come in another order. */
const CHANGES = [
  'nodeAdded',
  'nodeDropped',
  'edgeAdded',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/** The index each graph was last given, until the graph changes. */
const indexes = new WeakMap<GovernanceGraph, (id: string) => readonly IncidentEdge[]>();

/**
 * The relations touching each body, in model order: made once per graph and kept until the graph
 * changes (a details panel asks for a body's chain of command and relations at every selection,
 * and making the index costs a pass over every relation and a sort).
 *
 * Built from graphology's global edge list on purpose. graphology 0.26 keeps each node's
 * neighbours in plain objects keyed by neighbour id, so per-node iteration (`forEachEdge(node)`,
 * `outNeighbors`, and graphology-traversal/shortest-path on top of them) breaks or throws for ids
 * such as `constructor`, `toString` or `__proto__` (graphology/graphology#188). The global list is
 * a Map and is safe. It also gives model order directly, where per-node iteration walks out-edges
 * before in-edges and would make answers depend on how a relation was authored.
 */
export function incidence(graph: GovernanceGraph): (id: string) => readonly IncidentEdge[] {
  const known = indexes.get(graph);
  if (known) return known;
  const byBody = new Map<string, IncidentEdge[]>();
  const add = (body: string, entry: IncidentEdge): void => {
    const list = byBody.get(body);
    if (list) list.push(entry);
    else byBody.set(body, [entry]);
  };
  const all: Array<[string, string, string, RelationAttributes]> = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    all.push([edge, source, target, attributes]);
  });
  all.sort((a, b) => a[3].index - b[3].index);
  for (const [edge, source, target, attributes] of all) {
    add(source, { edge, attributes, source, target, other: target, direction: 'out' });
    add(target, { edge, attributes, source, target, other: source, direction: 'in' });
  }
  const index = (id: string): readonly IncidentEdge[] => byBody.get(id) ?? [];
  indexes.set(graph, index);
  const forget = (): void => {
    indexes.delete(graph);
    for (const event of CHANGES) graph.off(event, forget);
  };
  for (const event of CHANGES) graph.on(event, forget);
  return index;
}

/** The position of an entity in the model, for stable orders. */
export function entityIndex(graph: GovernanceGraph, id: string): number {
  return graph.getNodeAttribute(id, 'index');
}
