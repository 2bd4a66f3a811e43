import type { ArrowShape } from '../view/graph-style.js';
import { f } from './svg-number.js';

/**
 * Arrow heads, for the canvas and as SVG paths, with the geometry Cytoscape's canvas renderer uses, so an exported
 * arrow has the size and shape of the one on screen.
 *
 * Cytoscape describes each head in unit coordinates: the tip at (0, 0), the edge arriving from
 * negative y, the whole head scaled by one size that depends on the edge width.
 */

export interface Point {
  x: number;
  y: number;
}

type Outline = { polygon: readonly number[] } | { circle: number };

const OUTLINES: Record<Exclude<ArrowShape, 'none'>, Outline> = {
  triangle: { polygon: [-0.15, -0.3, 0, 0, 0.15, -0.3] },
  vee: { polygon: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15] },
  diamond: { polygon: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0] },
  square: { polygon: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3] },
  tee: { polygon: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0] },
  circle: { circle: 0.15 },
};

/** The length an arrow head's unit outline is scaled by: grows with the edge, never below 29 px. */
export function arrowSize(edgeWidth: number, arrowScale: number): number {
  return Math.max((edgeWidth * 13.37) ** 0.9, 29) * arrowScale;
}

/**
 * How far before the arrow's anchor point (the edge's endpoint as Cytoscape reports it) the line
 * stops, so that its square end does not poke out past a pointed head.
 */
export function lineInset(shape: ArrowShape, edgeWidth: number, arrowScale: number): number {
  const standard = edgeWidth * arrowScale * 2;
  switch (shape) {
    case 'none':
    case 'tee':
      // Cytoscape's gap and spacing are equal for these: the line runs right to the anchor.
      return 0;
    case 'vee':
      return standard * 0.525;
    case 'diamond':
      return edgeWidth * arrowScale;
    case 'circle':
      // The anchor is the circle's centre, which already sits one radius off the node.
      return standard - arrowSize(edgeWidth, arrowScale) * 0.15;
    default:
      return standard;
  }
}

/** The point `distance` along the way from `from` to `to`. */
export function toward(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? from : { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

/** Cytoscape's angle for a head whose edge arrives travelling along (dx, dy). */
export function arrowAngle(dx: number, dy: number): number {
  return Math.atan2(dy, dx) - Math.PI / 2;
}

/** An arrow head's outline on the page: a polygon, or a circle around the tip. */
export type HeadOutline = { polygon: Point[] } | { circle: { centre: Point; radius: number } };

/**
 * The outline of an arrow head at `tip`, turned by `angle` (see arrowAngle) and scaled by `size`
 * (see arrowSize); null for no head. Filled with the arrow colour, as Cytoscape fills them.
 */
export function arrowOutline(shape: ArrowShape, tip: Point, angle: number, size: number): HeadOutline | null {
  if (shape === 'none') return null;
  const outline = OUTLINES[shape];
  if ('circle' in outline) return { circle: { centre: tip, radius: outline.circle * size } };
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const polygon: Point[] = [];
  for (let i = 0; i < outline.polygon.length; i += 2) {
    const x = outline.polygon[i]!;
    const y = outline.polygon[i + 1]!;
    polygon.push({ x: tip.x + (x * cos - y * sin) * size, y: tip.y + (x * sin + y * cos) * size });
  }
  return { polygon };
}

/** The same outline as SVG path data; "" for no head. */
export function arrowPath(shape: ArrowShape, tip: Point, angle: number, size: number): string {
  const outline = arrowOutline(shape, tip, angle, size);
  if (!outline) return '';
  if ('circle' in outline) {
    const { centre, radius } = outline.circle;
    const r = f(radius);
    return `M${f(centre.x - radius)},${f(centre.y)}a${r},${r} 0 1 0 ${f(2 * radius)},0a${r},${r} 0 1 0 ${f(-2 * radius)},0Z`;
  }
  return `M${outline.polygon.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z`;
}
