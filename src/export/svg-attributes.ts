import type { Point } from '../view/arrow-head.js';
import { f } from '../view/svg-number.js';

/*
 * How the SVG exporter writes numbers, colours and a few attributes, in one place so that every
 * drawn thing is written alike.
 */

export { f };

/** Cytoscape reports colours as `rgb(r,g,b)`; hex is shorter and every SVG reader knows it. Other forms pass as they are. */
export function hex(color: string): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!match) return color;
  return `#${match
    .slice(1, 4)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** ` opacity="…"` for anything not fully opaque, nothing otherwise (opacity 0–1). */
export function opacityAttribute(opacity: number): string {
  return opacity < 1 ? ` opacity="${f(opacity)}"` : '';
}

/** ` stroke-dasharray="…"` for a dash pattern in pixels, nothing for a solid line. */
export function dashAttribute(dash: readonly number[] | null): string {
  return dash ? ` stroke-dasharray="${dash.map(f).join(' ')}"` : '';
}

/** Path data through `points` in straight lines, unclosed. */
export function polylineData(points: readonly Point[]): string {
  return `M${points.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}`;
}
