import type { NodeShape } from './graph-style.js';
import { f } from './svg-number.js';

function polygon(cx: number, cy: number, w: number, h: number, unit: readonly (readonly [number, number])[]): string {
  return `${unit.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(cx + (x * w) / 2)},${f(cy + (y * h) / 2)}`).join('')}Z`;
}

// Unit polygons as Cytoscape generates them (regular polygons stretched to fill the node's box);
// shape-outline.ts ends lines on the same outlines.
export const HEXAGON = [
  [1, 0],
  [0.5, 1],
  [-0.5, 1],
  [-1, 0],
  [-0.5, -1],
  [0.5, -1],
] as const;
const K = Math.tan(Math.PI / 8);
export const OCTAGON = [
  [1, K],
  [K, 1],
  [-K, 1],
  [-1, K],
  [-1, -K],
  [-K, -1],
  [K, -1],
  [1, -K],
] as const;

/**
 * The corner curves of Cytoscape's barrel (3.35, getBarrelCurveConstants): each corner is a
 * quadratic curve from `height` above the corner on the side to `width` along the top or bottom,
 * its control point `control` in from the corner along the top or bottom.
 */
export function barrelCorner(w: number, h: number): { width: number; height: number; control: number } {
  const width = Math.min(100, 0.25 * w);
  return { width, height: Math.min(15, 0.05 * h), control: 0.05 * width };
}

/**
 * The outline of a node as an SVG path, matching Cytoscape's geometry for the same shape
 * (corner radius min(w/4, h/4, 8); cut corners of 8 px), so that legend swatches and exported
 * diagrams look like the canvas.
 */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  const x0 = cx - w / 2;
  const y0 = cy - h / 2;
  const x1 = cx + w / 2;
  const y1 = cy + h / 2;
  switch (shape) {
    case 'rectangle':
      return `M${f(x0)},${f(y0)}H${f(x1)}V${f(y1)}H${f(x0)}Z`;
    case 'round-rectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return (
        `M${f(x0 + r)},${f(y0)}H${f(x1 - r)}A${f(r)},${f(r)} 0 0 1 ${f(x1)},${f(y0 + r)}` +
        `V${f(y1 - r)}A${f(r)},${f(r)} 0 0 1 ${f(x1 - r)},${f(y1)}H${f(x0 + r)}` +
        `A${f(r)},${f(r)} 0 0 1 ${f(x0)},${f(y1 - r)}V${f(y0 + r)}A${f(r)},${f(r)} 0 0 1 ${f(x0 + r)},${f(y0)}Z`
      );
    }
    case 'cut-rectangle': {
      const c = Math.min(8, w / 4, h / 4);
      return (
        `M${f(x0 + c)},${f(y0)}H${f(x1 - c)}L${f(x1)},${f(y0 + c)}V${f(y1 - c)}L${f(x1 - c)},${f(y1)}` +
        `H${f(x0 + c)}L${f(x0)},${f(y1 - c)}V${f(y0 + c)}Z`
      );
    }
    case 'hexagon':
      return polygon(cx, cy, w, h, HEXAGON);
    case 'octagon':
      return polygon(cx, cy, w, h, OCTAGON);
    case 'barrel': {
      const c = barrelCorner(w, h);
      return (
        `M${f(x0)},${f(y0 + c.height)}V${f(y1 - c.height)}Q${f(x0 + c.control)},${f(y1)} ${f(x0 + c.width)},${f(y1)}` +
        `H${f(x1 - c.width)}Q${f(x1 - c.control)},${f(y1)} ${f(x1)},${f(y1 - c.height)}` +
        `V${f(y0 + c.height)}Q${f(x1 - c.control)},${f(y0)} ${f(x1 - c.width)},${f(y0)}` +
        `H${f(x0 + c.width)}Q${f(x0 + c.control)},${f(y0)} ${f(x0)},${f(y0 + c.height)}Z`
      );
    }
    case 'ellipse': {
      const rx = w / 2;
      const ry = h / 2;
      return `M${f(x0)},${f(cy)}A${f(rx)},${f(ry)} 0 1 0 ${f(x1)},${f(cy)}A${f(rx)},${f(ry)} 0 1 0 ${f(x0)},${f(cy)}Z`;
    }
  }
}
