import { unguardFormula } from './csv-formula.js';
import { readCsvRows } from './csv-rows.js';
import { type ImportRowsOptions, importRowsSteps, LISTED_ROWS, placed } from './import-rows.js';
import { formatCount, MODEL_LIMITS, textTooLong } from './limits.js';
import { type LoadResult, loadResult } from './load-result.js';
import { LoadStep, type LoadSteps, runSteps } from './load-steps.js';
import { quote } from './message-text.js';

export interface ImportCsvOptions extends ImportRowsOptions {
  /**
   * Whether the text is a workbook's sheet made into CSV (model/import-xlsx.ts): places are then
   * named as the spreadsheet shows them, `sheet row 3, column C ("Supervisor ID")`, the header
   * being the sheet's row 1.
   */
  fromSheet?: boolean | undefined;
}

/**
 * Imports an org chart kept as CSV, the format spreadsheets, HR systems and d3-org-chart use: a
 * header row, then one row per body with its `id`, `parentId` and `name`, and optionally
 * `title`, `kind`, `acronym`, `location`, `description`, `since`, `until`, `relationType`,
 * `secondParentId` and `note`, each under any of the names CSV_COLUMNS lists, or under the
 * header a column mapping names (`options.columns`). What rows mean (tops, missing parents,
 * repeated ids) is importRows's. Every body and relation keeps its row, as written, as evidence.
 *
 * Issues name rows as `/rows/N/column`, N counting data rows from 1 (the header is not a row), and
 * point at the line and column of the file where that value is written.
 */
export function importCsv(text: string, options: ImportCsvOptions = {}): LoadResult {
  return runSteps(importCsvSteps(text, options));
}

/** The start of an HTML page: a doctype or an html, head or body tag, after any byte order mark and blank space. */
const HTML_PAGE = /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * importCsv step by step (see LoadSteps): reading is splitting the rows, checking the rest.
 * Text longer than the limit is not read, and rows past the limit on bodies stop the import at
 * the first of them.
 */
export function* importCsvSteps(text: string, options: ImportCsvOptions = {}): LoadSteps {
  const limits = options.limits ?? MODEL_LIMITS;
  if (text.length > limits.textLength) {
    const message = textTooLong(text.length, limits.textLength);
    return loadResult(undefined, placed(options, [{ severity: 'error', path: '', message }]));
  }
  if (HTML_PAGE.test(text)) {
    // A URL that serves a sign-in or error page under a .csv name: its tags are no header.
    const message = 'is a web page (HTML), not CSV: check the URL';
    return loadResult(undefined, placed(options, [{ severity: 'error', path: '', message }]));
  }
  yield { step: LoadStep.reading, elements: 0 };
  const records = readCsvRows(text);
  const [header, ...read] = records;
  const rows = read.map((record) => ({ ...record, fields: record.fields.map(unguardFormula) }));
  if (!header)
    return loadResult(undefined, placed(options, [{ severity: 'error', path: '', message: 'the file is empty' }]));
  const problems = new Map<number, string[]>();
  for (const [row, record] of records.entries()) {
    if (record.problems.length > 0) problems.set(row, [...record.problems]);
  }
  // Spreadsheets write empty cells past the last column (Excel's "1,,Boss,CEO,,"): ignored. Other
  // values past the header are ignored too, with one warning, as a row that draws is worth more
  // than one refused for a stray value; a row with fewer values reads the missing ones as empty.
  const width = header.fields.length;
  const longer: number[] = [];
  for (const [index, record] of rows.entries()) {
    if (record.fields.length <= width) continue;
    if (record.fields.slice(width).some((value) => value.trim() !== '')) longer.push(index + 1);
    record.fields = record.fields.slice(0, width);
  }
  const warnings = longer.length === 0 ? [] : [{ row: longer[0]!, message: pastTheHeader(longer, width) }];
  return yield* importRowsSteps(
    {
      header: header.fields,
      rows,
      problems,
      warnings,
      ...(options.fromSheet ? { placeOf: sheetPlace(header.fields) } : {}),
      positionOf: (row, cell) => {
        const positions = records[row]?.fieldPositions;
        return (cell === undefined ? undefined : positions?.[cell]) ?? positions?.[0];
      },
    },
    options,
  );
}

/** "rows 2, 5, 7 and 3 more have values past the header's 4 columns; …". */
function pastTheHeader(rows: readonly number[], width: number): string {
  const listed = rows.slice(0, LISTED_ROWS);
  const more = rows.length - listed.length;
  const names =
    rows.length === 1
      ? `row ${rows[0]} has`
      : `rows ${more > 0 ? `${listed.join(', ')} and ${formatCount(more)} more` : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`} have`;
  return `${names} values past the header's ${formatCount(width)} columns; the values past the header are ignored (a value containing the separator needs double quotes)`;
}

/** A data row's cell as a spreadsheet shows it: data row N is sheet row N + 1, cell 2 is column C. */
function sheetPlace(header: readonly string[]): (row: number, cell: number | undefined) => string {
  return (row, cell) => {
    const name = cell === undefined ? undefined : header[cell];
    return `sheet row ${row + 1}${cell === undefined ? '' : `, column ${columnLetters(cell)}${name ? ` (${quote(name)})` : ''}`}`;
  };
}

/** A 0-based column index as spreadsheet letters: 0 → A, 25 → Z, 26 → AA. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
