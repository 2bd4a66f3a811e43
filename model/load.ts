import { placeIssues } from './json-positions.js';
import { type LoadResult, loadResult } from './load-result.js';
import { type LoadOptions, loadModelValue } from './load-value.js';
import { parseJson } from './parse-json.js';
import { validateModel } from './validate-model.js';

export type { LoadResult } from './load-result.js';
export type { LoadOptions } from './load-value.js';

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
  return loadModelValue(input, options);
}
