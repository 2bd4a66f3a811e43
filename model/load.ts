import { placeIssues } from './json-positions.js';
import { type LoadResult, loadResult } from './load-result.js';
import { parseJson } from './parse-json.js';
import { toPlainData } from './plain-data.js';
import { validateModel } from './validate-model.js';

export type { LoadResult } from './load-result.js';

export interface LoadOptions {
  /** The file or URL the model came from, named in every issue. */
  file?: string | undefined;
}

/**
 * Reads a governance model from JSON text or from a value already parsed, checks it against the
 * schema and for meaning, and builds its graph when nothing is wrong. Never throws: whatever the
 * input, the result says what is wrong with it, with the line and column when it was text.
 * A parsed value is copied, so the model returned does not share objects with the caller.
 */
export function loadModel(input: string | unknown, options: LoadOptions = {}): LoadResult {
  const { file } = options;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    const source = { file, text: parsed.text, tree: parsed.tree };
    if (!('value' in parsed)) return loadResult(undefined, placeIssues(parsed.issues, source));
    return loadResult(parsed.value, placeIssues([...parsed.issues, ...validateModel(parsed.value)], source));
  }
  const plain = toPlainData(input);
  if (!plain.ok) return loadResult(undefined, placeIssues(plain.issues, { file }));
  return loadResult(plain.value, placeIssues(validateModel(plain.value), { file }));
}
