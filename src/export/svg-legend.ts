import type { LegendGroup } from '../view/legend.js';
import { SWATCH_SIZE, type SwatchPath, swatchPaths } from '../view/swatch.js';
import { f } from './svg-attributes.js';
import { escapeAttribute as attr, escapeText as text } from './xml-text.js';

/*
 * The legend below an exported diagram: the legend model (view/legend.ts) laid out in columns,
 * each swatch drawn from the same paths as the on-screen legend's (view/swatch.ts).
 */

/** Width of one legend column: a swatch and a label; the legend has as many as fit across. */
export const LEGEND_COLUMN = 250;
const LEGEND_ROW = 24;
const LABEL_GAP = 8;
/** Swatches are drawn at the origin and moved into place, so their paths read as on screen. */
const SWATCH_BOX = { x: 0, y: 0, ...SWATCH_SIZE };

/** One swatch path as an SVG element, attributes left out where the path has none. */
function pathSvg(path: SwatchPath): string {
  const stroke = path.stroke === null ? '' : ` stroke="${attr(path.stroke)}"`;
  const width = path.strokeWidth === null ? '' : ` stroke-width="${attr(path.strokeWidth)}"`;
  const dash = path.dashArray === null ? '' : ` stroke-dasharray="${attr(path.dashArray)}"`;
  return `<path d="${attr(path.d)}" fill="${attr(path.fill)}"${stroke}${width}${dash}/>`;
}

/**
 * The legend as a `<g class="legend">` whose top left is (x, y), with as many columns as fit in
 * `width` (at least one); a heading per group that has entries, entries in the model's order,
 * filled row by row. Returns the markup and the y of its bottom.
 */
export function legendSvg(
  groups: readonly LegendGroup[],
  x: number,
  y: number,
  width: number,
): { svg: string; bottom: number } {
  const columns = Math.max(1, Math.floor(width / LEGEND_COLUMN));
  const parts: string[] = ['<g class="legend" font-size="12">'];
  let cursor = y;
  for (const { heading, entries } of groups) {
    if (entries.length === 0) continue;
    cursor += 18;
    parts.push(`<text x="${f(x)}" y="${f(cursor)}" font-weight="bold">${heading}</text>`);
    cursor += 6;
    entries.forEach((entry, i) => {
      const left = x + (i % columns) * LEGEND_COLUMN;
      const middle = cursor + Math.floor(i / columns) * LEGEND_ROW + LEGEND_ROW / 2;
      const swatch = swatchPaths(entry.swatch, SWATCH_BOX).map(pathSvg).join('');
      parts.push(
        '<g class="entry">' +
          `<g class="swatch" transform="translate(${f(left)},${f(middle - SWATCH_SIZE.height / 2)})">${swatch}</g>` +
          `<text x="${f(left + SWATCH_SIZE.width + LABEL_GAP)}" y="${f(middle + 4)}">${text(entry.label)}</text></g>`,
      );
    });
    cursor += Math.ceil(entries.length / columns) * LEGEND_ROW;
  }
  parts.push('</g>');
  return { svg: parts.join(''), bottom: cursor };
}
