import { FONT_SIZE } from './graph-style.js';
import type { MeasureText } from './wrap-label.js';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Texts remembered per font stack before the memory starts afresh: enough for every label line of
 * the largest drawings, while a page that loads one model after another does not keep every
 * label it ever measured.
 */
const REMEMBERED = 100_000;

/** One measuring function per font stack, so that its identity changes only when the font does. */
const byFont = new Map<string, MeasureText>();
let context: Context2D | null = null;

function measuringContext(): Context2D {
  // An offscreen canvas where there is one: measuring needs no canvas in the document.
  context ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('measure-text: this browser gives no 2D canvas context to measure text with');
  return context;
}

/**
 * The width in CSS pixels of a label line set in bold at the diagram's font size (FONT_SIZE) in
 * the given font stack, as the browser's canvas measures it. Bold, because any label is drawn bold
 * once its body is selected, and a line wrapped to the regular width would then spill out of
 * its shape. Each text is measured once per font stack: a
 * large model's labels are wrapped again on every layout or filter change, and measuring is most
 * of that work. The same font stack always gives back the same function, which the view takes
 * as a sign that labels need not be wrapped again. Browser only: it needs a 2D canvas context.
 */
export function measureTextIn(fontFamily: string): MeasureText {
  const known = byFont.get(fontFamily);
  if (known) return known;
  const widths = new Map<string, number>();
  const font = `bold ${FONT_SIZE}px ${fontFamily}`;
  const measure: MeasureText = (text) => {
    const cached = widths.get(text);
    if (cached !== undefined) return cached;
    const ctx = measuringContext();
    ctx.font = font;
    const width = ctx.measureText(text).width;
    if (widths.size >= REMEMBERED) widths.clear();
    widths.set(text, width);
    return width;
  };
  byFont.set(fontFamily, measure);
  return measure;
}
