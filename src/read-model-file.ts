import type { ColumnMapping } from '../model/csv-columns.js';
import { decodeText, TextEncoding } from '../model/decode-text.js';
import { detectFormat, FileFormat, isAcceptedContentType } from '../model/file-format.js';
import type { LoadResult } from '../model/load-result.js';
import type { LoadSteps } from '../model/load-steps.js';
import type { ModelIssue } from '../model/types.js';

/** Runs a load's steps (see StepRunner in load-source.ts). */
type StepRunner = (steps: LoadSteps, characters: number) => Promise<LoadResult>;

/**
 * Why a file served with this content type is not read, or null when it may be a model file: one
 * of the formats' own types, or a generic one (octet-stream, plain text, XML) whose content then
 * decides. A web page fetched from `url` where a model was expected is taken for a missing file. Kept out of the widget's first file with the readers it leads to.
 */
export function refusedContentType(contentType: string, url = ''): string | null {
  if (contentType === '' || isAcceptedContentType(contentType)) return null;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  // Development servers and single-page sites answer a missing file with their index page.
  if ((type === 'text/html' || type === 'application/xhtml+xml') && !url.startsWith('data:')) {
    return 'was not found (the server sent a web page instead): check the URL.';
  }
  return `is served as "${type}", not as a model file (JSON, CSV, Excel, GraphML or GEXF): check the URL and the server's content type.`;
}

/**
 * Reads a downloaded file with the reader for its format (see detectFormat: by content, content
 * type and name). Each reader is fetched on first use, so a page that hands over objects, or only
 * ever shows JSON, loads none of the others. A workbook stays bytes; the rest is decoded to text.
 * `columns` maps the headers of rows (CSV, a workbook's sheet, a JSON array) to columns.
 */
export async function readModelFile(
  url: string,
  contentType: string,
  bytes: Uint8Array,
  run: StepRunner,
  columns: ColumnMapping | string | null = null,
): Promise<LoadResult> {
  const format = detectFormat(url, contentType, bytes);
  if (format === FileFormat.xlsx) {
    const { importXlsxSteps } = await import('../model/import-xlsx.js');
    return run(await importXlsxSteps(bytes, { file: url, columns }), bytes.byteLength);
  }
  const { text, encoding } = decodeText(bytes);
  let result: LoadResult;
  if (format === FileFormat.graphml || format === FileFormat.gexf) {
    const { importGraphFileSteps } = await import('../model/import-graph-file.js');
    result = await run(importGraphFileSteps(text, { file: url }), text.length);
  } else if (format === FileFormat.csv) {
    const { importCsvSteps } = await import('../model/csv.js');
    result = await run(importCsvSteps(text, { file: url, columns }), text.length);
  } else {
    const { loadModelSteps } = await import('../model/load.js');
    result = await run(loadModelSteps(text, { file: url, columns }), text.length);
  }
  if (encoding !== TextEncoding.windows1252) return result;
  const guessed: ModelIssue = {
    severity: 'warning',
    path: '',
    message:
      'is not UTF-8, so it was read as Windows-1252 (Western European); if any letter looks wrong, save the file as UTF-8.',
    file: url,
  };
  return { ...result, warnings: [guessed, ...result.warnings] };
}
