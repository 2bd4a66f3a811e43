import type { GovernanceGraph } from '../../model/graph.js';
import type { ViewEdge, ViewNode } from '../view/graph-view.js';

/** What an exported line's tooltip is worded from: the drawn bodies and edges, and the model when there is one. */
export interface TitleSource {
  viewNodes: ReadonlyMap<string, ViewNode>;
  viewEdges: ReadonlyMap<string, ViewEdge>;
  graph: GovernanceGraph | null;
}

/**
 * A line's tooltip, read in the model's direction with the relation's own label: "NCIRC Technical
 * Centre is part of NATO Communications and Information Agency", followed by " (inferred)" when a
 * reader inferred it. Without the relation in the model, the drawn ends and the type's id: "a
 * oversees b".
 */
export function edgeTitle(id: string, drawnEnds: { source: string; target: string }, names: TitleSource): string {
  const { viewNodes, viewEdges, graph } = names;
  const name = (node: string) => viewNodes.get(node)?.name ?? node;
  if (graph?.hasEdge(id)) {
    const relation = graph.getEdgeAttributes(id);
    const inferred = relation.basis === 'inferred' ? ' (inferred)' : '';
    return `${name(graph.source(id))} ${relation.definition.label} ${name(graph.target(id))}${inferred}`;
  }
  const drawn = viewEdges.get(id);
  return `${name(drawnEnds.source)} ${drawn?.type ?? ''} ${name(drawnEnds.target)}${drawn?.inferred ? ' (inferred)' : ''}`;
}

/** A line's two ends in the model's direction (a "part of" line runs from the part), else as drawn. */
export function modelEnds(
  id: string,
  drawnEnds: { source: string; target: string },
  names: TitleSource,
): { source: string; target: string } {
  const { graph } = names;
  return graph?.hasEdge(id) ? { source: graph.source(id), target: graph.target(id) } : drawnEnds;
}
