import type { DraftIssue } from './issue.js';
import { MODEL_LIMITS, type ModelLimits } from './limits.js';
import { validateCounts, validateLengths } from './validate-limits.js';
import { validateSchema } from './validate-schema.js';
import { type SemanticOptions, validateSemantics } from './validate-semantics.js';

export interface ValidateOptions extends SemanticOptions {
  /** The limits to hold the model to; model/limits.ts's unless given. */
  limits?: ModelLimits | undefined;
  /** Whether quotes given as evidence are held to the free-text limit (default true). */
  evidenceLengths?: boolean;
}

/**
 * Every check a model document goes through, whatever it was read from: the number of its bodies
 * and relations against the limits (past them nothing else is checked, as that would take as long
 * as the limits are there to prevent), then its shape against the schema, the length of its names
 * and texts, and its meaning. These run in full, so one pass reports all that can be found.
 */
export function validateModel(document: unknown, options: ValidateOptions = {}): DraftIssue[] {
  const limits = options.limits ?? MODEL_LIMITS;
  const counts = validateCounts(document, limits);
  if (counts.length > 0) return counts;
  return [
    ...validateSchema(document),
    ...validateLengths(document, limits, options.evidenceLengths ?? true),
    ...validateSemantics(document, options),
  ];
}
