import type { ModelIssue } from './types.js';

/**
 * One issue as a line of text, in the `file:line:column` form editors and terminals link:
 * `nato.json:12:5 /relations/12/target: no entity "ncirc-tc" (did you mean "ncirc-technical-centre"?)`.
 * Parts that are not known are left out; the whole document's path "" is written "/".
 */
export function formatIssue(issue: ModelIssue): string {
  const place = [issue.file, issue.line, issue.line === undefined ? undefined : issue.column]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
  const where = `${issue.path === '' ? '/' : issue.path}: ${issue.message}`;
  return place === '' ? where : `${place} ${where}`;
}
