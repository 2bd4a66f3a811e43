import { arrowAngle, arrowPath, arrowSize, lineInset, toward } from './arrow-head.js';
import { ARROW_SCALE } from './graph-style.js';
import type { LineSwatch, NodeSwatch, Swatch } from './legend.js';
import { shapePath } from './shape-path.js';
import { f } from './svg-number.js';

/*
 * Legend swatches as SVG geometry. The on-screen legend (a Lit `svg` template) and the SVG
 * exporter (a string) write exactly these paths and attribute values, each in its own way, so a
 * swatch looks the same in both; the shapes and arrow heads are those the diagram itself uses.
 */

/** Where a swatch is drawn, in pixels: its top-left corner and size. */
export interface SwatchBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of a legend swatch, on screen and in exports. */
export const SWATCH_SIZE = { width: 40, height: 20 } as const;

/**
 * One SVG `<path>`: its data and the presentation attributes to write, already formatted; null
 * means the attribute is left out (no stroke, no dash).
 */
export interface SwatchPath {
  d: string;
  fill: string;
  stroke: string | null;
  strokeWidth: string | null;
  dashArray: string | null;
}

/** Free space between a line swatch's ends and its box's sides. */
const LINE_MARGIN = 2;

/**
 * A body's swatch: its shape at 1.5 × the box's height wide and 0.9 × its height tall (30 × 18
 * in a 20-pixel box), centred in the box.
 */
export function nodeSwatchPaths(swatch: NodeSwatch, box: SwatchBox): SwatchPath[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return [
    {
      d: shapePath(swatch.shape, cx, cy, box.height * 1.5, box.height * 0.9),
      fill: swatch.fill,
      stroke: swatch.border,
      strokeWidth: String(f(swatch.borderWidth)),
      dashArray: swatch.dash ? swatch.dash.map(f).join(' ') : null,
    },
  ];
}

/**
 * A relation's swatch: a horizontal line through the middle of the box, from the source end on
 * the left to the target end on the right, each end with its arrow head as the diagram draws it
 * (same size for the line's width, the line stopped short of pointed heads). A circle is centred
 * on its end, so that end moves in by the circle's radius to keep the circle inside the box.
 * Returns the line first, then the source head, then the target head (absent heads left out).
 */
export function lineSwatchPaths(swatch: LineSwatch, box: SwatchBox): SwatchPath[] {
  const y = box.y + box.height / 2;
  const size = arrowSize(swatch.width, ARROW_SCALE);
  const overhang = (shape: LineSwatch['sourceArrow']) => (shape === 'circle' ? size * 0.15 : 0);
  const from = { x: box.x + LINE_MARGIN + overhang(swatch.sourceArrow), y };
  const to = { x: box.x + box.width - LINE_MARGIN - overhang(swatch.targetArrow), y };
  const start = toward(from, to, lineInset(swatch.sourceArrow, swatch.width, ARROW_SCALE));
  const end = toward(to, from, lineInset(swatch.targetArrow, swatch.width, ARROW_SCALE));
  const line: SwatchPath = {
    d: `M${f(start.x)},${f(y)}H${f(end.x)}`,
    fill: 'none',
    stroke: swatch.color,
    strokeWidth: String(f(swatch.width)),
    dashArray: swatch.dash ? swatch.dash.map(f).join(' ') : null,
  };
  const heads = [
    arrowPath(swatch.sourceArrow, from, arrowAngle(-1, 0), size),
    arrowPath(swatch.targetArrow, to, arrowAngle(1, 0), size),
  ]
    .filter((d) => d !== '')
    .map((d): SwatchPath => ({ d, fill: swatch.color, stroke: null, strokeWidth: null, dashArray: null }));
  return [line, ...heads];
}

/** Either kind of swatch, by its descriptor. */
export function swatchPaths(swatch: Swatch, box: SwatchBox): SwatchPath[] {
  return swatch.kind === 'node' ? nodeSwatchPaths(swatch, box) : lineSwatchPaths(swatch, box);
}
