import type { ElementDefinition } from 'cytoscape';
import { kindStyleKey, relationStyleKey } from './cytoscape-style.js';
import { EdgeRole, type GraphView, isReportingLine } from './graph-view.js';

/**
 * The adapter from a view to Cytoscape: element definitions for the bodies and for every drawn
 * relation except the tree links, which the canvas draws beneath Cytoscape (see tree-links.ts).
 * The stylesheet keys on `styleKey` and on the edge's role, which is its class. This is the one
 * module that knows both the view and Cytoscape's element format.
 */
export function toCytoscapeElements(view: GraphView): ElementDefinition[] {
  const elements: ElementDefinition[] = view.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.lines.join('\n'), styleKey: kindStyleKey(n.kind), width: n.width, height: n.height },
    position: { x: n.x, y: n.y },
    // Bodies cannot be moved; a drag that starts on one pans the view, as it does on the background.
    pannable: true,
  }));
  for (const e of view.edges) {
    if (e.role === EdgeRole.treeLink) continue;
    elements.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, styleKey: relationStyleKey(e.type, isReportingLine(e)) },
      classes: e.role,
    });
  }
  return elements;
}
