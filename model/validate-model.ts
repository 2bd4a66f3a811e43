import type { DraftIssue } from './issue.js';
import { validateSchema } from './validate-schema.js';
import { type SemanticOptions, validateSemantics } from './validate-semantics.js';

/**
 * Every check a model document goes through, whatever it was read from: its shape against the
 * schema, then its meaning. Both run in full, so one pass reports all that can be found.
 */
export function validateModel(document: unknown, options: SemanticOptions = {}): DraftIssue[] {
  return [...validateSchema(document), ...validateSemantics(document, options)];
}
