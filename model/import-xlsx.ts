import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { titleFromFileName } from './file-title.js';
import { type ImportCsvOptions, importCsvSteps } from './import-csv.js';
import type { LoadResult } from './load-result.js';
import { type LoadSteps, runSteps } from './load-steps.js';
import type { ModelIssue } from './types.js';

/**
 * Imports an org chart kept as an Excel workbook (.xlsx): its first sheet is read as a CSV org
 * chart (see importCsv: the same columns, checks and issues, `/rows/N/column` with N counting
 * data rows from 1, so row N is the sheet's row N + 1). Dates become `yyyy-mm-dd` text, numbers
 * their shortest decimal text. The model's title is `options.title`, else the file's name with
 * the sheet's (unless the sheet has a default name such as "Sheet1"), else the sheet's name.
 * Never throws: a file that is not a workbook is one error.
 */
export async function importXlsx(bytes: Uint8Array | ArrayBuffer, options: ImportCsvOptions = {}): Promise<LoadResult> {
  return runSteps(await importXlsxSteps(bytes, options));
}

/**
 * importXlsx as steps (see LoadSteps): the workbook is unpacked first (asynchronously, as the
 * reader is), then its sheet goes through the CSV importer's steps.
 */
export async function importXlsxSteps(
  bytes: Uint8Array | ArrayBuffer,
  options: ImportCsvOptions = {},
): Promise<LoadSteps> {
  let sheets: { sheet: string; data: readonly (readonly unknown[])[] }[];
  try {
    sheets = await readXlsxFile(toArrayBuffer(bytes));
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
    return failed(options, `could not be read as an Excel workbook (.xlsx)${reason}`);
  }
  const first = sheets[0];
  if (!first) return failed(options, 'the workbook has no sheet');
  const csv = Papa.unparse(first.data.map((row) => row.map(cellText)));
  return withoutTextPositions(
    importCsvSteps(csv, { ...options, title: sheetTitle(options, first.sheet), fromSheet: true }),
  );
}

/** A cell as CSV text: dates as ISO days (the columns `since` and `until` expect them), the rest as written. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '';
}

/** Names Excel and LibreOffice give new sheets in common languages: they say nothing about the chart. */
const DEFAULT_SHEET_NAME = /^(sheet|feuil|tabelle|hoja|foglio|blad|planilha|arkusz|лист)\s*\d*$/i;

function sheetTitle({ title, file }: ImportCsvOptions, sheet: string): string | undefined {
  if (title !== undefined && title.trim() !== '') return title;
  const name = sheet.trim();
  const base = titleFromFileName(file);
  if (base === '') return name === '' ? undefined : name;
  return name === '' || DEFAULT_SHEET_NAME.test(name) ? base : `${base} — ${name}`;
}

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * The CSV importer's steps with its lines and columns removed from each issue: they point into
 * the CSV text made from the sheet, which the reader never sees. The path (`/rows/N/column`) stays.
 */
function* withoutTextPositions(steps: LoadSteps): LoadSteps {
  const result = yield* steps;
  const strip = (issues: ModelIssue[]) => issues.map(({ line: _line, column: _column, ...issue }) => issue);
  return result.ok
    ? { ...result, warnings: strip(result.warnings) }
    : { ...result, errors: strip(result.errors), warnings: strip(result.warnings) };
}

// biome-ignore lint/correctness/useYield: a failure before the first step has nothing to yield.
function* failed({ file }: ImportCsvOptions, message: string): LoadSteps {
  return {
    ok: false,
    errors: [{ severity: 'error', path: '', message, ...(file === undefined ? {} : { file }) }],
    warnings: [],
  };
}
