import type { Point } from './arrow-head.js';
import type { ViewEdge } from './graph-view.js';
import type { LineRouter } from './route-lines.js';

/*
 * The lines Cytoscape draws along their routes (route-lines.ts), as the data of their element
 * definitions: the part of the adapter (cytoscape-elements.ts) that the widget loads on demand
 * with the router, which keeps both out of the bundle loaded up front. It imports nothing that
 * bundle holds, so that the bundle stays one file.
 */

export { routerFor } from './route-lines.js';

/**
 * A route as Cytoscape's `segments` edge reads it (`edge-distances: node-position`, see
 * cytoscape-style.ts): each bend as a weight along the line from the source's centre to the
 * target's (0 at the source, 1 at the target) and a distance, in model pixels, from that line
 * along (−dy, dx), its normal (on screen, where y grows downwards: to the right, looking from
 * the source). A route without bends is given one point in its middle, `offset`
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

/** Between two straight lines of the same two bodies, in model pixels. */
const TWIN_SPACING = 14;

/**
 * The segments of lines Cytoscape draws (none a layer line), in order, each along its route from
 * `router` (edgeDefinition takes them); lines that share a channel are spread apart
 * (spreadRoutes), and straight lines between the same two bodies are bowed apart.
 */
export function routedSegments(edges: readonly ViewEdge[], router: LineRouter): (Segments | undefined)[] {
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
    return segmentsOf(routes[i]!, router.centre(e.source), router.centre(e.target), offset);
  });
}
