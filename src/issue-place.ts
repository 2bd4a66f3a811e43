import type { ModelIssue } from '../model/types.js';

/**
 * Where an issue is, as a reader looks for it: the file, then the row and column of an org chart
 * kept as rows (`/rows/3/parentId` → row 3, column "parentId"; the header for `/header`), else
 * the model's path, then the line and column of the text. Parts missing from the issue are left
 * out; "" when nothing is known.
 */
export function issuePlace(issue: ModelIssue): string {
  const rows = /^\/rows\/(\d+)(?:\/([^/]+))?$/.exec(issue.path);
  const inTable = rows ? `row ${rows[1]}${rows[2] === undefined ? '' : `, column "${rows[2]}"`}` : '';
  const where = issue.path === '/header' ? 'header' : inTable || (issue.path === '' ? '' : issue.path);
  const at =
    issue.line === undefined ? '' : `line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`}`;
  return [issue.file, where, at].filter(Boolean).join(' · ');
}
