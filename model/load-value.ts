import type { ColumnMapping } from './csv-columns.js';
import { importArraySteps } from './import-array.js';
import { type DraftIssue, placedIssue } from './issue.js';
import type { ModelLimits } from './limits.js';
import { type LoadResult, loadResult } from './load-result.js';
import { elementCount, LoadStep, type LoadSteps, runSteps } from './load-steps.js';
import { toPlainData } from './plain-data.js';
import { validateModel } from './validate-model.js';

export interface LoadOptions {
  /** The file or URL the model came from, named in every issue. */
  file?: string | undefined;
  /** The limits to hold the model to; model/limits.ts's unless given. */
  limits?: ModelLimits | undefined;
  /**
   * For an array of rows (d3-org-chart, BALKAN), which key to read for some columns, as for a
   * CSV file (see parseColumnMapping): `{ id: 'Emp No' }` or `id:Emp No;parentId:Boss No`.
   */
  columns?: ColumnMapping | string | null | undefined;
}

/**
 * Reads a governance model from a value already parsed (not from text: see loadModel), checks it
 * against the limits, the schema and for meaning, and builds its graph when nothing is wrong.
 * Never throws. The value is copied, so the model returned does not share objects with the
 * caller. An array is read as an org chart's rows (model/import-array.ts). Kept apart from the JSON text reader so that a page handing over objects does not load
 * a JSON parser.
 */
export function loadModelValue(input: unknown, options: LoadOptions = {}): LoadResult {
  return runSteps(loadModelValueSteps(input, options));
}

/** loadModelValue step by step (see LoadSteps): reading is the copy, then checking and building. */
export function* loadModelValueSteps(input: unknown, options: LoadOptions = {}): LoadSteps {
  yield { step: LoadStep.reading, elements: 0 };
  const plain = toPlainData(input);
  if (!plain.ok) return placedResult(undefined, plain.issues, options);
  if (Array.isArray(plain.value)) return yield* importArraySteps(plain.value, options);
  const elements = elementCount(plain.value);
  yield { step: LoadStep.checking, elements };
  const issues = validateModel(plain.value, { limits: options.limits });
  yield { step: LoadStep.building, elements };
  return placedResult(plain.value, issues, options);
}

function placedResult(document: unknown, drafts: readonly DraftIssue[], { file }: LoadOptions): LoadResult {
  return loadResult(
    document,
    drafts.map((draft) => placedIssue(draft, file)),
  );
}
