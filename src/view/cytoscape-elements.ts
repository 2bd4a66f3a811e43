import type { ElementDefinition } from 'cytoscape';
import { BADGE_HEIGHT, badgeLabel, badgeTitle, badgeWidth } from './badge.js';
import type { Segments } from './cytoscape-routes.js';
import { relationStyleKey } from './cytoscape-style.js';
import { badgeKey, edgeKey, nodeKey } from './element-key.js';
import { paletteOf, UNDATED_CLASS } from './graph-style.js';
import type { GraphView, ViewEdge } from './graph-view.js';
import { isLayerLine } from './layer-lines.js';

/**
 * The adapter from a view to Cytoscape: element definitions for the bodies and for every drawn
 * relation except the layer lines, which the canvas draws beneath Cytoscape (see layer-lines.ts).
 * The stylesheet keys on `styleKey` and on the edge's role, which is its class. This module and
 * its part loaded on demand, cytoscape-routes.ts (lines along their routes), are the only ones
 * that know both the view and Cytoscape's element format. Element ids are keys (element-key.ts),
 * so that a relation may share its id with a body. Lines are straight here (no route).
 */
export function toCytoscapeElements(view: GraphView): ElementDefinition[] {
  const elements = nodeDefinitions(view);
  for (const e of view.edges) if (!isLayerLine(e)) elements.push(edgeDefinition(e));
  return elements;
}

/** The element definitions of the view's bodies, in view order. */
export function nodeDefinitions(view: GraphView): ElementDefinition[] {
  const palette = paletteOf(view.kinds);
  return view.nodes.map((n) =>
    definition({
      group: 'nodes',
      data: data({
        id: nodeKey(n.id),
        label: n.lines.join('\n'),
        styleKey: palette.key(n.kind),
        // Where straight layer lines end (layer-lines.ts); the stylesheet draws the same shape.
        shape: palette.kind(n.kind).shape,
        width: n.width,
        height: n.height,
      }),
      position: { x: n.x, y: n.y },
      ...(n.undated ? { classes: UNDATED_CLASS } : {}),
      // Bodies cannot be moved; a drag that starts on one pans the view, as it does on the background.
      pannable: true,
    }),
  );
}

/**
 * The "+N" badges of the view's collapsed bodies: a small node each, class `badge`, on the edge
 * of its body that its subordinates would hang from (the bottom top-down, the right left-right).
 * A node rather than part of the body's label, so that the screen and the SVG export draw the
 * same shape from the same style, and a tap on it can be told from a tap on the body.
 */
export function badgeDefinitions(view: GraphView): ElementDefinition[] {
  const hiddenBelow = view.folding?.hiddenBelow;
  if (!hiddenBelow || hiddenBelow.size === 0) return [];
  const definitions: ElementDefinition[] = [];
  for (const n of view.nodes) {
    const count = hiddenBelow.get(n.id);
    if (count === undefined) continue;
    const label = badgeLabel(count);
    definitions.push(
      definition({
        group: 'nodes',
        data: data({
          id: badgeKey(n.id),
          label,
          title: badgeTitle(count),
          width: badgeWidth(label),
          height: BADGE_HEIGHT,
        }),
        position: view.direction === 'LR' ? { x: n.x + n.width / 2, y: n.y } : { x: n.x, y: n.y + n.height / 2 },
        classes: 'badge',
        grabbable: false,
        pannable: true,
      }),
    );
  }
  return definitions;
}

/** The element definition of a line Cytoscape draws (one that is not a layer line), along `segments` if given. */
export function edgeDefinition(e: ViewEdge, segments?: Segments): ElementDefinition {
  return definition({
    group: 'edges',
    data: data({
      id: edgeKey(e.id),
      source: nodeKey(e.source),
      target: nodeKey(e.target),
      styleKey: relationStyleKey(e),
      ...segments,
    }),
    classes: e.role,
  });
}

/** Every field Cytoscape (3.35) reads from an element definition, and from its data. */
const DEFINITION_FIELDS = [
  'group',
  'data',
  'position',
  'renderedPosition',
  'selected',
  'selectable',
  'locked',
  'grabbable',
  'pannable',
  'classes',
  'scratch',
  'parent',
  'style',
] as const;
const DATA_FIELDS = ['id', 'source', 'target', 'parent'] as const;

/**
 * The same fields with every other field Cytoscape reads present too, as undefined. Cytoscape
 * reads optional fields (`parent`, `classes`, `scratch`…) as plain properties, so on a page where
 * another script has added such names to Object.prototype a missing field would be taken from
 * there. (An object without a prototype would not do: Cytoscape takes only plain objects.)
 */
function withAll<T extends object>(fields: T, names: readonly string[]): T {
  const complete: Record<string, unknown> = {};
  for (const name of names) complete[name] = undefined;
  return Object.assign(complete, fields) as T;
}

const definition = (fields: ElementDefinition) => withAll(fields, DEFINITION_FIELDS);
const data = (fields: ElementDefinition['data']) => withAll(fields, DATA_FIELDS);
