import { placedIssue } from './issue.js';
import { type LoadResult, loadResult } from './load-result.js';
import { toPlainData } from './plain-data.js';
import { validateModel } from './validate-model.js';

export interface LoadOptions {
  /** The file or URL the model came from, named in every issue. */
  file?: string | undefined;
}

/**
 * Reads a governance model from a value already parsed (not from text: see loadModel), checks it
 * against the schema and for meaning, and builds its graph when nothing is wrong. Never throws.
 * The value is copied, so the model returned does not share objects with the caller. Kept apart
 * from the JSON text reader so that a page handing over objects does not load a JSON parser.
 */
export function loadModelValue(input: unknown, options: LoadOptions = {}): LoadResult {
  const plain = toPlainData(input);
  const drafts = plain.ok ? validateModel(plain.value) : plain.issues;
  return loadResult(
    plain.ok ? plain.value : undefined,
    drafts.map((draft) => placedIssue(draft, options.file)),
  );
}
