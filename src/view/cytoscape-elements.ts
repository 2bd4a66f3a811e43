import type { ElementDefinition } from 'cytoscape';
import type { Point } from './arrow-head.js';
import { kindStyleKey, relationStyleKey } from './cytoscape-style.js';
import { edgeKey, nodeKey } from './element-key.js';
import { kindStyle } from './graph-style.js';
import { type GraphView, isReportingLine, type ViewEdge } from './graph-view.js';
import { isLayerLine } from './layer-lines.js';
import type { LineRouter } from './route-lines.js';

/**
 * The adapter from a view to Cytoscape: element definitions for the bodies and for every drawn
 * relation except the layer lines, which the canvas draws beneath Cytoscape (see layer-lines.ts).
 * The stylesheet keys on `styleKey` and on the edge's role, which is its class. This is the one
 * module that knows both the view and Cytoscape's element format. Element ids are keys
 * (element-key.ts), so that a relation may share its id with a body. With a `router`, lines are
 * routed around the bodies (routedEdgeDefinitions); without, drawn straight.
 */
export function toCytoscapeElements(view: GraphView, router?: LineRouter): ElementDefinition[] {
  const lines = view.edges.filter((e) => !isLayerLine(e));
  return [
    ...nodeDefinitions(view),
    ...(router ? routedEdgeDefinitions(lines, router) : lines.map((e) => edgeDefinition(e))),
  ];
}

/** The element definitions of the view's bodies, in view order. */
export function nodeDefinitions(view: GraphView): ElementDefinition[] {
  return view.nodes.map((n) =>
    definition({
      group: 'nodes',
      data: data({
        id: nodeKey(n.id),
        label: n.lines.join('\n'),
        styleKey: kindStyleKey(n.kind),
        // Where straight layer lines end (layer-lines.ts); the stylesheet draws the same shape.
        shape: kindStyle(n.kind).shape,
        width: n.width,
        height: n.height,
      }),
      position: { x: n.x, y: n.y },
      // Bodies cannot be moved; a drag that starts on one pans the view, as it does on the background.
      pannable: true,
    }),
  );
}

/**
 * A route as Cytoscape's `segments` edge reads it (`edge-distances: node-position`, see
 * cytoscape-style.ts): each bend as a weight along the line from the source's centre to the
 * target's (0 at the source, 1 at the target) and a distance, in model pixels, to the left of that
 * line looking from the source. A route without bends is given one point in its middle, `offset`
 * pixels aside (lines between the same two bodies are set apart so). Undefined for bodies that
 * share a centre, or for an empty route.
 */
export interface Segments {
  segmentWeights: number[];
  segmentDistances: number[];
}

export function segmentsOf(route: readonly Point[], source: Point, target: Point, offset = 0): Segments | undefined {
  const vx = target.x - source.x;
  const vy = target.y - source.y;
  const length = Math.hypot(vx, vy);
  if (route.length < 2 || length === 0) return undefined;
  // Weights finely enough that a bend on a line thousands of pixels long is placed within a hundredth of one.
  const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
  const segments: Segments = { segmentWeights: [], segmentDistances: [] };
  const add = (p: Point, aside: number) => {
    const dx = p.x - source.x;
    const dy = p.y - source.y;
    segments.segmentWeights.push(round((dx * vx + dy * vy) / (length * length), 7));
    segments.segmentDistances.push(round((-dx * vy + dy * vx) / length + aside, 2));
  };
  if (route.length === 2) {
    add({ x: (route[0]!.x + route[1]!.x) / 2, y: (route[0]!.y + route[1]!.y) / 2 }, offset);
  } else for (const p of route.slice(1, -1)) add(p, 0);
  return segments;
}

/** The data fields of a definition that hold its route (see Segments). */
export const ROUTE_FIELDS = ['segmentWeights', 'segmentDistances'] as const;

/** Whether a definition is a line drawn along a route. */
export function isRouted(definition: ElementDefinition): boolean {
  return definition.data.segmentWeights !== undefined;
}

/** The definition without its route: the line straight between its ends. */
export function withoutRoute(definition: ElementDefinition): ElementDefinition {
  return { ...definition, data: { ...definition.data, segmentWeights: undefined, segmentDistances: undefined } };
}

/** Between two straight lines of the same two bodies, in model pixels. */
const TWIN_SPACING = 14;

/**
 * The definitions of lines Cytoscape draws (none a layer line), each along its route from
 * `router`; lines that share a channel are spread apart (spreadRoutes), and straight lines
 * between the same two bodies are bowed apart.
 */
export function routedEdgeDefinitions(edges: readonly ViewEdge[], router: LineRouter): ElementDefinition[] {
  const routes = router.routes(edges);
  const pairs = new Map<string, number>();
  const pair = (e: ViewEdge) => (e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`);
  for (const e of edges) pairs.set(pair(e), (pairs.get(pair(e)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return edges.map((e, i) => {
    const twins = pairs.get(pair(e))!;
    const nth = seen.get(pair(e)) ?? 0;
    seen.set(pair(e), nth + 1);
    // Offsets are measured from each line's own source, so a reversed twin turns the other way.
    const side = e.source < e.target ? 1 : -1;
    const offset = (nth - (twins - 1) / 2) * TWIN_SPACING * side;
    return edgeDefinition(e, segmentsOf(routes[i]!, router.centre(e.source), router.centre(e.target), offset));
  });
}

/** The element definition of a line Cytoscape draws (one that is not a layer line), along `segments` if given. */
export function edgeDefinition(e: ViewEdge, segments?: Segments): ElementDefinition {
  return definition({
    group: 'edges',
    data: data({
      id: edgeKey(e.id),
      source: nodeKey(e.source),
      target: nodeKey(e.target),
      styleKey: relationStyleKey(e.type, isReportingLine(e)),
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
