import type { ColumnMapping } from '../model/csv-columns.js';
import { fileTooLarge, MAX_FILE_BYTES } from '../model/limits.js';
import type { LoadResult } from '../model/load-result.js';
import { type LoadSteps, runSteps } from '../model/load-steps.js';

function failure(file: string, message: string): LoadResult {
  return { ok: false, errors: [{ severity: 'error', path: '', message, file }], warnings: [] };
}

/**
 * Runs a load's steps: at once by default; the widget's load controller shows them and lets the
 * page answer input between them. `characters` is the length of the text being read.
 */
export type StepRunner = (steps: LoadSteps, characters: number) => Promise<LoadResult>;

const atOnce: StepRunner = (steps) => Promise.resolve(runSteps(steps));

/**
 * A download that brings nothing for this long, in milliseconds (no answer, or a body that
 * stops half-way while the connection stays open), is given up with an error: without it the
 * widget would wait on "Loading" for ever. Slow links still deliver something every few seconds.
 */
export const STALL_MS = 30_000;

/**
 * Fetches a model file (JSON model or CSV org chart) and loads it. Every way this can go wrong
 * ends as a LoadResult with one plain message naming the URL; nothing throws except an abort.
 * `onProgress` gets the fraction loaded when the server gives a length, otherwise null.
 * `columns` maps a CSV file's (or a JSON array's) headers to columns (see parseColumnMapping).
 * A file larger than MAX_FILE_BYTES (model/limits.ts) fails without being read when the server
 * says its length (`Content-Length`), and otherwise as soon as that many bytes have arrived: the
 * download is cancelled there.
 */
export async function loadSource(
  url: string,
  signal: AbortSignal,
  onProgress: (fraction: number | null) => void,
  run: StepRunner = atOnce,
  stallMs = STALL_MS,
  columns: ColumnMapping | string | null = null,
): Promise<LoadResult> {
  // Aborted by the caller (a newer load, leaving the page), or by the watchdog when nothing arrives.
  const stall = new AbortController();
  let timer = setTimeout(() => stall.abort(), stallMs);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), stallMs);
  };
  const stalled = () =>
    failure(url, `could not be read: nothing arrived for ${stallMs / 1000} seconds, so the download was given up.`);
  try {
    const fetchSignal = AbortSignal.any([signal, stall.signal]);
    return await fetchAndLoad(url, signal, fetchSignal, alive, stalled, onProgress, run, columns);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchAndLoad(
  url: string,
  signal: AbortSignal,
  fetchSignal: AbortSignal,
  alive: () => void,
  stalled: () => LoadResult,
  onProgress: (fraction: number | null) => void,
  run: StepRunner,
  columns: ColumnMapping | string | null,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal: fetchSignal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    if (fetchSignal.aborted) return stalled();
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
  // The format readers are fetched on first use: a page that hands over objects needs none of them.
  const { readModelFile, refusedContentType } = await import('./read-model-file.js');
  const refused = refusedContentType(contentType, url);
  if (refused !== null) {
    void response.body?.cancel().catch(() => {});
    return failure(url, refused);
  }
  // A compressed body may say less than it holds: the length is checked again as it arrives.
  const length = Number(response.headers.get('content-length')) || 0;
  if (length > MAX_FILE_BYTES) {
    void response.body?.cancel().catch(() => {});
    return failure(url, `${fileTooLarge(length)}.`);
  }
  alive();
  const bytes = await readBytes(response, length, signal, (fraction) => {
    alive();
    onProgress(fraction);
  });
  if (bytes === null)
    return fetchSignal.aborted ? stalled() : failure(url, 'could not be read: the download was cut off.');
  if (bytes === TOO_LARGE) return failure(url, `${fileTooLarge()}.`);
  return readModelFile(url, contentType, bytes, run, columns);
}

/** What readBytes gives for a body that passed MAX_FILE_BYTES. */
const TOO_LARGE = Symbol('too large');

/**
 * The whole body, reporting progress as it arrives (`total`: the length the server gave, or 0);
 * null when the download was cut off, TOO_LARGE (and the download cancelled) past MAX_FILE_BYTES.
 */
async function readBytes(
  response: Response,
  total: number,
  signal: AbortSignal,
  onProgress: (fraction: number | null) => void,
): Promise<Uint8Array | null | typeof TOO_LARGE> {
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > MAX_FILE_BYTES ? TOO_LARGE : whole;
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_FILE_BYTES) {
        await reader.cancel();
        return TOO_LARGE;
      }
      chunks.push(value);
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
