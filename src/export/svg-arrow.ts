import type { ArrowShape } from '../view/graph-style.js';

/**
 * Arrow heads as SVG paths, with the geometry Cytoscape's canvas renderer uses, so an exported
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

/** Cytoscape's angle for a head whose edge arrives travelling along (dx, dy). */
export function arrowAngle(dx: number, dy: number): number {
  return Math.atan2(dy, dx) - Math.PI / 2;
}

const f = (n: number) => Number(n.toFixed(2));

/**
 * The outline of an arrow head at `tip`, turned by `angle` (see arrowAngle) and scaled by `size`
 * (see arrowSize); "" for no head. Filled with the arrow colour, as Cytoscape fills them.
 */
export function arrowPath(shape: ArrowShape, tip: Point, angle: number, size: number): string {
  if (shape === 'none') return '';
  const outline = OUTLINES[shape];
  if ('circle' in outline) {
    const r = f(outline.circle * size);
    return `M${f(tip.x - r)},${f(tip.y)}a${r},${r} 0 1 0 ${f(2 * r)},0a${r},${r} 0 1 0 ${f(-2 * r)},0Z`;
  }
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const points: string[] = [];
  for (let i = 0; i < outline.polygon.length; i += 2) {
    const x = outline.polygon[i]!;
    const y = outline.polygon[i + 1]!;
    points.push(`${f(tip.x + (x * cos - y * sin) * size)},${f(tip.y + (x * sin + y * cos) * size)}`);
  }
  return `M${points.join('L')}Z`;
}
