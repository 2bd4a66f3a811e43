import { breakPieces, graphemes } from './text-segments.js';

/** Width of a string in the label font, in CSS pixels. */
export type MeasureText = (text: string) => number;

/**
 * Letters of the scripts that are written with spaces and hyphenated where a word is cut (Latin,
 * Greek, Cyrillic, Armenian, Georgian). A cut between two of them gets a hyphen; any other cut
 * (between Chinese characters, Thai syllables, digits, emoji) gets none, as those scripts break
 * lines without one.
 */
const HYPHENATED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;

/** A line break as typed: \n, \r\n or a lone \r. */
const LINE_BREAK = /\r\n?|\n/;

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth`: a new line at each line
 * break in the text (empty lines dropped), each part wrapped greedily at its spaces and, inside a
 * run without spaces too wide for the line, between the words Intl.Segmenter finds in `locale` (the
 * document's language unless given; text-segments.ts: Chinese, Japanese, Thai… break without a hyphen), else between grapheme
 * clusters (hyphenated only between letters of HYPHENATED scripts). Past `maxLines`, the last
 * line ends with "…". Written here rather than left to Cytoscape because the SVG exporter must
 * break labels at exactly the same places as the screen, and Cytoscape does not expose its
 * wrapped lines.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  maxLines: number,
  locale?: string,
): string[] {
  const lines: string[] = [];
  // Lines past the last one shown are cut off anyway: the wrapping stops at one line more than
  // shown, so the work grows with the lines shown and not with the name.
  const full = () => lines.length > maxLines;
  let current = '';

  /** Ends the current line with `piece` cut at grapheme clusters, as long as it is wider than a line. */
  const cutPiece = (piece: string) => {
    current = '';
    let last = '';
    const clusters = graphemes(piece, locale);
    let next = clusters.next();
    while (!next.done && !full()) {
      const cluster = next.value;
      next = clusters.next();
      const candidate = current + cluster;
      // The last cluster needs no hyphen after it; any other might end the line with one.
      const hyphen = !next.done && hyphenates(cluster, next.value) ? '-' : '';
      if (current && measure(candidate + hyphen) > maxWidth) {
        lines.push(current + (hyphenates(last, cluster) ? '-' : ''));
        current = cluster;
      } else {
        current = candidate;
      }
      last = cluster;
    }
  };

  /** Adds a run without spaces that does not fit the current line, breaking it where allowed. */
  const addRun = (run: string) => {
    let separator = current ? ' ' : '';
    for (const piece of breakPieces(run, locale)) {
      if (full()) return;
      const candidate = current + separator + piece;
      separator = '';
      if (measure(candidate) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = piece;
      // A piece wider than a line starts on a line of its own (as a browser's break-word does).
      if (measure(piece) > maxWidth) cutPiece(piece);
    }
  };

  for (const part of text.split(LINE_BREAK)) {
    for (const run of part.split(/\s+/)) {
      if (full()) break;
      if (!run) continue;
      const candidate = current ? `${current} ${run}` : run;
      if (measure(candidate) <= maxWidth) current = candidate;
      else addRun(run);
    }
    if (current) lines.push(current);
    current = '';
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The ellipsis replaces a hyphen the cut left, then as many clusters as it needs room for.
  const clusters = [...graphemes(kept[maxLines - 1]!.replace(/-$/, ''), locale)];
  while (clusters.length > 1 && measure(`${clusters.join('').trimEnd()}…`) > maxWidth) clusters.pop();
  kept[maxLines - 1] = `${clusters.join('').trimEnd()}…`;
  return kept;
}

/** Whether a word cut between grapheme clusters `before` and `after` takes a hyphen (by their base characters). */
function hyphenates(before: string, after: string): boolean {
  return HYPHENATED.test(before) && HYPHENATED.test(after);
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
