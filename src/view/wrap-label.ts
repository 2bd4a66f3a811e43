/** Width of a string in the label font, in CSS pixels. */
export type MeasureText = (text: string) => number;

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`.
 * Written here rather than left to Cytoscape because the SVG exporter must break labels at
 * exactly the same places as the screen, and Cytoscape does not expose its wrapped lines.
 */
export function wrapLabel(text: string, maxWidth: number, measure: MeasureText, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    // Lines past the last one shown are cut off anyway: no need to wrap the rest.
    if (lines.length > maxLines) break;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A single word wider than a line is cut where it overflows: at the longest start that fits
    // with its hyphen, searched from the start, so the work grows with a line's length and not
    // with the word's (a name of one very long word must not freeze the page).
    while (lines.length <= maxLines && current.length > 1 && measure(current) > maxWidth) {
      let cut = 1;
      while (cut + 1 < current.length && measure(`${current.slice(0, cut + 1)}-`) <= maxWidth) cut++;
      lines.push(`${current.slice(0, cut)}-`);
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (measure(last) > maxWidth && last.length > 2) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** A rough measure for environments without a canvas (Node): average glyph widths of a sans-serif. */
export function approximateMeasure(fontSize: number): MeasureText {
  return (text) => {
    let width = 0;
    for (const ch of text) {
      if (/[ilj.,;:'’|!]/.test(ch)) width += 0.28;
      else if (/[mwMW]/.test(ch)) width += 0.86;
      else if (/[A-Z0-9]/.test(ch)) width += 0.66;
      else if (ch === ' ') width += 0.28;
      else width += 0.53;
    }
    return width * fontSize;
  };
}
