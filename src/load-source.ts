import { decodeText, TextEncoding } from '../model/decode-text.js';
import type { LoadResult } from '../model/load-result.js';
import type { ModelIssue } from '../model/types.js';

function failure(file: string, message: string): LoadResult {
  return { ok: false, errors: [{ severity: 'error', path: '', message, file }], warnings: [] };
}

function isCsv(url: string, contentType: string): boolean {
  if (/^text\/(csv|comma-separated-values)\b/i.test(contentType)) return true;
  return /\.csv(?:$|[?#])/i.test(url) && !/json/i.test(contentType);
}

const ACCEPTED =
  /^(application\/(json|[\w.+-]+\+json)|text\/(csv|comma-separated-values|plain)|application\/octet-stream)\b/i;

/**
 * Fetches a model file (JSON model or CSV org chart) and loads it. Every way this can go wrong
 * ends as a LoadResult with one plain message naming the URL; nothing throws except an abort.
 * `onProgress` gets the fraction loaded when the server gives a length, otherwise null.
 */
export async function loadSource(
  url: string,
  signal: AbortSignal,
  onProgress: (fraction: number | null) => void,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    return failure(
      url,
      'could not be fetched: the network request failed (offline, blocked, or not allowed from this page).',
    );
  }
  if (!response.ok) {
    const reason = response.status === 404 ? 'not found' : response.statusText || 'request failed';
    return failure(url, `could not be fetched: the server answered ${response.status} (${reason}).`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !ACCEPTED.test(contentType)) {
    return failure(
      url,
      `is served as "${contentType.split(';')[0]}", not as JSON or CSV: check the URL and the server's content type.`,
    );
  }
  const bytes = await readBytes(response, signal, onProgress);
  if (bytes === null) return failure(url, 'could not be read: the download was cut off.');
  const { text, encoding } = decodeText(bytes);
  // The JSON and CSV readers are fetched on first use: a page that hands over objects needs neither.
  let result: LoadResult;
  if (!isCsv(url, contentType)) {
    const { loadModel } = await import('../model/load.js');
    result = loadModel(text, { file: url });
  } else {
    const { importCsv } = await import('../model/import-csv.js');
    result = importCsv(text, { file: url });
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

/** The whole body, reporting progress as it arrives; null when the download was cut off. */
async function readBytes(
  response: Response,
  signal: AbortSignal,
  onProgress: (fraction: number | null) => void,
): Promise<Uint8Array | null> {
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(total > 0 ? Math.min(1, received / total) : null);
    }
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
