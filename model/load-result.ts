import { buildGraph, type GovernanceGraph } from './graph.js';
import type { GovernanceModel, ModelIssue } from './types.js';

/** What loading gives: a model and its graph, or the errors that stop it; warnings either way. */
export type LoadResult =
  | { ok: true; model: GovernanceModel; graph: GovernanceGraph; warnings: ModelIssue[] }
  | { ok: false; errors: ModelIssue[]; warnings: ModelIssue[] };

/**
 * The result for a document and everything found in it. The document is only treated as a
 * model, and its graph built, when no error was found.
 */
export function loadResult(document: unknown, issues: readonly ModelIssue[]): LoadResult {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings };
  const model = document as GovernanceModel;
  return { ok: true, model, graph: buildGraph(model), warnings };
}
