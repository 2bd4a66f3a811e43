import type { Point } from './arrow-head.js';
import type { NodeShape } from './graph-style.js';
import { barrelCorner, HEXAGON, OCTAGON } from './shape-path.js';

/*
 * Where a line from a body's centre leaves its outline, for lines drawn outside Cytoscape (which
 * finds the same points for its own edges but does not expose them). Cytoscape's geometry: the
 * polygons of shape-path.ts, cut corners of min(8, w/4, h/4) px; a round rectangle is taken as a
 * rectangle, its corner arcs (at most 8 px) being where lines from the centre seldom end.
 */

const cross = (a: Point, b: Point) => a.x * b.y - a.y * b.x;

/** The factor k > 0 at which k·d leaves the convex polygon `corners` (relative to its centre). */
function polygonExit(corners: readonly Point[], d: Point): number {
  let exit = Number.POSITIVE_INFINITY;
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % corners.length]!;
    const side = { x: b.x - a.x, y: b.y - a.y };
    const denominator = cross(d, side);
    if (Math.abs(denominator) < 1e-12) continue;
    const k = cross(a, side) / denominator;
    const along = cross(a, d) / denominator;
    if (k > 0 && along >= -1e-9 && along <= 1 + 1e-9) exit = Math.min(exit, k);
  }
  return Number.isFinite(exit) ? exit : 0;
}

const scaled = (unit: readonly (readonly [number, number])[], w: number, h: number): Point[] =>
  unit.map(([x, y]) => ({ x: (x * w) / 2, y: (y * h) / 2 }));

function cutRectangle(w: number, h: number): Point[] {
  const c = Math.min(8, w / 4, h / 4);
  const [x, y] = [w / 2, h / 2];
  return [
    { x, y: -y + c },
    { x, y: y - c },
    { x: x - c, y },
    { x: -x + c, y },
    { x: -x, y: y - c },
    { x: -x, y: -y + c },
    { x: -x + c, y: -y },
    { x: x - c, y: -y },
  ];
}

/** Points along each corner curve of a barrel; enough that the polygon stays within half a pixel of it. */
const BARREL_STEPS = 6;

/** A barrel's outline as a convex polygon through points of its corner curves (shape-path.ts draws them). */
function barrel(w: number, h: number): Point[] {
  const c = barrelCorner(w, h);
  const [x, y] = [w / 2, h / 2];
  // The bottom-right corner's curve, from the side to the bottom; the others are its mirror images.
  const corner: Point[] = [];
  for (let i = 0; i <= BARREL_STEPS; i++) {
    const t = i / BARREL_STEPS;
    const [a, b, q] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
    corner.push({ x: a * x + b * (x - c.control) + q * (x - c.width), y: a * (y - c.height) + b * y + q * y });
  }
  return [
    ...corner,
    ...corner.map((p) => ({ x: -p.x, y: p.y })).reverse(),
    ...corner.map((p) => ({ x: -p.x, y: -p.y })),
    ...corner.map((p) => ({ x: p.x, y: -p.y })).reverse(),
  ];
}

/**
 * How far along `d` (any non-zero vector, in model pixels) a line from the centre of a body of
 * shape `shape` and size `w`×`h` leaves its outline, as a multiple of `d`: the exit point is
 * centre + k·d. Zero for a zero vector or an empty body.
 */
export function outlineExit(shape: NodeShape, w: number, h: number, d: Point): number {
  if ((d.x === 0 && d.y === 0) || w <= 0 || h <= 0) return 0;
  switch (shape) {
    case 'ellipse':
      return 1 / Math.hypot((2 * d.x) / w, (2 * d.y) / h);
    case 'hexagon':
      return polygonExit(scaled(HEXAGON, w, h), d);
    case 'octagon':
      return polygonExit(scaled(OCTAGON, w, h), d);
    case 'cut-rectangle':
      return polygonExit(cutRectangle(w, h), d);
    case 'barrel':
      return polygonExit(barrel(w, h), d);
    case 'rectangle':
    case 'round-rectangle':
      return Math.min(
        d.x === 0 ? Number.POSITIVE_INFINITY : w / 2 / Math.abs(d.x),
        d.y === 0 ? Number.POSITIVE_INFINITY : h / 2 / Math.abs(d.y),
      );
  }
}
