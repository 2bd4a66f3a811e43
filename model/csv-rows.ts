import Papa from 'papaparse';
import type { TextPosition } from './json-positions.js';

/** One record of a CSV file, with where it was written. */
export interface CsvRow {
  fields: string[];
  /** The record as written in the file, without its line break (a quoted value may span lines). */
  raw: string;
  /** The 1-based line the record starts on. */
  line: number;
  /** Where each value starts, 1-based, for pointing at one value of the record. */
  fieldPositions: TextPosition[];
  /** What Papa Parse found wrong with the quoting, in plain words. */
  problems: string[];
}

/**
 * Splits CSV text into records, skipping blank lines, and keeps each record's own text and line
 * so that every body and relation can cite the line it came from. The delimiter is guessed
 * (comma, semicolon, tab or bar), as spreadsheets in some locales save with semicolons.
 */
export function readCsvRows(input: string): CsvRow[] {
  // Papa Parse drops a byte order mark itself but still counts it in its offsets. It also takes
  // the first line break it meets as the only one, so a file edited on two systems (CRLF and LF
  // mixed) would run records together: every break becomes LF, which keeps lines and columns.
  const text = (input.startsWith('\uFEFF') ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let consumed = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = Math.max(consumed, Math.min(text.length, result.meta.cursor));
      const chunk = text.slice(consumed, end);
      consumed = end;
      // The chunk runs from the end of the previous record: skipped blank lines, then this record.
      const leading = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(chunk)?.[0] ?? '';
      const raw = chunk.slice(leading.length).replace(/(?:\r\n|\r|\n)+$/, '');
      const startLine = line + lineBreaks(leading);
      line = startLine + lineBreaks(chunk.slice(leading.length));
      rows.push({
        fields: result.data,
        raw,
        line: startLine,
        fieldPositions: fieldPositions(raw, result.meta.delimiter, startLine),
        problems: [...new Set(result.errors.flatMap((e) => QUOTE_PROBLEMS.get(e.code) ?? []))],
      });
    },
  });
  return rows;
}

/** Other Papa Parse errors need no words: a delimiter it cannot guess shows up as missing columns. */
const QUOTE_PROBLEMS = new Map<string, string>([
  ['MissingQuotes', 'a quoted value is not closed (a " is missing)'],
  ['InvalidQuotes', 'a quote inside a quoted value must be doubled ("")'],
]);

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * The line and column where each value of a record starts. Papa Parse does not say, so the
 * record is scanned again: a delimiter inside double quotes does not end a value.
 */
function fieldPositions(raw: string, delimiter: string, firstLine: number): TextPosition[] {
  const positions: TextPosition[] = [{ line: firstLine, column: 1 }];
  let line = firstLine;
  let lineStart = 0;
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' || (char === '\r' && raw[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    } else if (!quoted && delimiter !== '' && raw.startsWith(delimiter, i)) {
      positions.push({ line, column: i + delimiter.length - lineStart + 1 });
      i += delimiter.length - 1;
    }
  }
  return positions;
}
