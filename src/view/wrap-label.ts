import { breakPieces, graphemes } from './text-segments.js';

/** Width of a string in the label font, in CSS pixels. */
export type MeasureText = (text: string) => number;

/** The scripts written with spaces between words and hyphenated where a word is cut. */
const SPACED = String.raw`\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}`;

/**
 * A grapheme cluster starting with a letter of a SPACED script. A cut between two of them gets a
 * hyphen; any other cut (between Chinese characters, Thai syllables, digits, emoji) gets none, as
 * those scripts break lines without one.
 */
const HYPHENATED = new RegExp(`^[${SPACED}]`, 'u');

/**
 * A letter of any other script: a run holding one may break between its words. A run without
 * (most names) that fits a line of its own goes to the next line whole, without asking the
 * segmenter, which costs some ten times more than wrapping at spaces.
 */
const UNSPACED_LETTER = new RegExp(`[^\\P{L}${SPACED}]`, 'u');

/** A line break as typed: \n, \r\n or a lone \r. */
const LINE_BREAK = /\r\n?|\n/;

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth` (pixels, as `measure`
 * gives them): a new line at each line break in the text (empty lines dropped), each part
 * wrapped greedily at its spaces and, inside a run without spaces too wide for the line (or
 * holding letters of a script written without spaces), between the words Intl.Segmenter finds
 * in `locale` (the document's language unless given; see text-segments.ts), without a hyphen;
 * a word still wider than a line is cut between grapheme clusters, with a hyphen only between
 * letters of SPACED scripts. Past `maxLines`, the last line ends with "…". Written here rather
 * than left to Cytoscape because the SVG exporter must break labels at exactly the same places
 * as the screen, and Cytoscape does not expose its wrapped lines.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  maxLines: number,
  locale?: string,
): string[] {
  const fill = new LineFill(maxWidth, measure, maxLines, locale);
  // Splitting costs: most names have no line break.
  for (const part of LINE_BREAK.test(text) ? text.split(LINE_BREAK) : [text]) {
    for (const run of part.split(/\s+/)) {
      if (fill.full()) break;
      if (run) fill.addRun(run);
    }
    fill.endLine();
  }
  const lines = fill.lines;
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The ellipsis replaces a hyphen the cut left, then as many clusters as it needs room for.
  const clusters = [...graphemes(kept[maxLines - 1]!.replace(/-$/, ''), locale)];
  while (clusters.length > 1 && measure(`${clusters.join('').trimEnd()}…`) > maxWidth) clusters.pop();
  kept[maxLines - 1] = `${clusters.join('').trimEnd()}…`;
  return kept;
}

/** The lines of one wrapLabel call as they fill (a class, not closures: it runs for every body). */
class LineFill {
  readonly lines: string[] = [];
  /** The line being filled. */
  private current = '';

  constructor(
    private readonly maxWidth: number,
    private readonly measure: MeasureText,
    private readonly maxLines: number,
    private readonly locale: string | undefined,
  ) {}

  /**
   * Whether the lines go past the last one shown: they are cut off anyway, so the wrapping stops
   * at one line more than shown and its work grows with the lines shown and not with the name.
   */
  full(): boolean {
    return this.lines.length > this.maxLines;
  }

  endLine(): void {
    if (this.current) this.lines.push(this.current);
    this.current = '';
  }

  /** Adds a run of text without spaces, on the current line if it fits there. */
  addRun(run: string): void {
    const { current, measure, maxWidth } = this;
    const candidate = current ? `${current} ${run}` : run;
    if (measure(candidate) <= maxWidth) {
      this.current = candidate;
    } else if (current && !UNSPACED_LETTER.test(run) && measure(run) <= maxWidth) {
      this.lines.push(current);
      this.current = run;
    } else {
      this.breakRun(run);
    }
  }

  /** Adds a run that does not fit the current line, breaking it where allowed. */
  private breakRun(run: string): void {
    const { measure, maxWidth } = this;
    let separator = this.current ? ' ' : '';
    for (const piece of breakPieces(run, this.locale)) {
      if (this.full()) return;
      const candidate = this.current + separator + piece;
      separator = '';
      if (measure(candidate) <= maxWidth) {
        this.current = candidate;
        continue;
      }
      if (this.current) this.lines.push(this.current);
      this.current = piece;
      // A piece wider than a line starts on a line of its own (as a browser's break-word does).
      if (measure(piece) > maxWidth) this.cutPiece(piece);
    }
  }

  /** Ends lines with `piece` cut between grapheme clusters, as long as it is wider than a line. */
  private cutPiece(piece: string): void {
    const { measure, maxWidth } = this;
    let current = '';
    let last = '';
    const clusters = graphemes(piece, this.locale);
    let next = clusters.next();
    while (!next.done && !this.full()) {
      const cluster = next.value;
      next = clusters.next();
      const candidate = current + cluster;
      // The last cluster needs no hyphen after it; any other might end the line with one.
      const hyphen = !next.done && hyphenates(cluster, next.value) ? '-' : '';
      if (current && measure(candidate + hyphen) > maxWidth) {
        this.lines.push(current + (hyphenates(last, cluster) ? '-' : ''));
        current = cluster;
      } else {
        current = candidate;
      }
      last = cluster;
    }
    this.current = current;
  }
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
