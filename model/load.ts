import { importArraySteps } from './import-array.js';
import { error, placedIssue } from './issue.js';
import { placeIssues } from './json-positions.js';
import { MODEL_LIMITS, textTooLong } from './limits.js';
import { type LoadResult, loadResult } from './load-result.js';
import { elementCount, LoadStep, type LoadSteps, runSteps } from './load-steps.js';
import { type LoadOptions, loadModelValueSteps } from './load-value.js';
import { parseJson } from './parse-json.js';
import { validateModel } from './validate-model.js';

export type { LoadResult } from './load-result.js';
export type { LoadOptions } from './load-value.js';

/**
 * Reads a governance model from JSON text or from a value already parsed, checks it against the
 * limits (model/limits.ts), the schema and for meaning, and builds its graph when nothing is
 * wrong. Never throws: whatever the input, the result says what is wrong with it, with the line
 * and column when it was text. An array of row objects is read as an org chart's rows (see
 * model/import-array.ts). Text longer than the limit is not read at all. A parsed value is
 * copied, so the model returned does not share objects with the caller.
 */
export function loadModel(input: string | unknown, options: LoadOptions = {}): LoadResult {
  return runSteps(loadModelSteps(input, options));
}

/** loadModel step by step (see LoadSteps): reading is the JSON parse, then checking and building. */
export function* loadModelSteps(input: string | unknown, options: LoadOptions = {}): LoadSteps {
  if (typeof input !== 'string') return yield* loadModelValueSteps(input, options);
  const { file } = options;
  const limits = options.limits ?? MODEL_LIMITS;
  if (input.length > limits.textLength) {
    return loadResult(undefined, [placedIssue(error('', textTooLong(input.length, limits.textLength)), file)]);
  }
  yield { step: LoadStep.reading, elements: 0 };
  const parsed = parseJson(input);
  const source = { file, text: parsed.text, tree: parsed.tree };
  if (!('value' in parsed)) return loadResult(undefined, placeIssues(parsed.issues, source));
  // An array is an org chart's rows, as d3-org-chart and BALKAN OrgChart JS keep them.
  if (Array.isArray(parsed.value)) return yield* importArraySteps(parsed.value, options);
  const elements = elementCount(parsed.value);
  yield { step: LoadStep.checking, elements };
  const issues = [...parsed.issues, ...validateModel(parsed.value, { limits })];
  yield { step: LoadStep.building, elements };
  return loadResult(parsed.value, placeIssues(issues, source));
}
