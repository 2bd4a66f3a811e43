import type { ModelIssue } from '../model/types.js';

/**
 * Where an issue is, as a reader looks for it: the file, then the place in the file's own terms
 * when the issue has one (`row 3, column "Supervisor ID"`, a workbook's `sheet row 4, column C`)
 * and the line it starts on, else the row of an org chart kept as rows or the model's path and the
 * line and column of the text. Parts missing from the issue are left out; "" when nothing is
 * known. The warning bar and the error list both use it, so a place reads the same in each.
 */
export function issuePlace(issue: ModelIssue): string {
  // A row's place names its column by the header, so the character a value starts at adds nothing.
  if (issue.place !== undefined) {
    return [issue.file, issue.place, issue.line === undefined ? '' : `line ${issue.line}`].filter(Boolean).join(' · ');
  }
  const rows = /^\/rows\/(\d+)(?:\/([^/]+))?$/.exec(issue.path);
  const inTable = rows ? `row ${rows[1]}${rows[2] === undefined ? '' : `, column "${rows[2]}"`}` : '';
  const where = issue.path === '/header' ? 'header' : inTable || (issue.path === '' ? '' : issue.path);
  const at =
    issue.line === undefined ? '' : `line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`}`;
  return [issue.file, where, at].filter(Boolean).join(' · ');
}

/** Messages about a whole file written as what the file is or has, to follow its name. */
const PREDICATE = /^(?:is|was|has|could|cannot|does|contains)\b/;

/**
 * An issue's message as a sentence: one about the whole file ("is not UTF-8, so …") follows the
 * file's name ("org.csv is not UTF-8, so …"), or "The file"; others stand as they are.
 */
export function issueSentence(issue: ModelIssue): string {
  if (issue.path !== '' || !PREDICATE.test(issue.message)) return issue.message;
  if (issue.file === undefined) return `The file ${issue.message}`;
  const name =
    issue.file
      .replace(/[?#].*$/, '')
      .split('/')
      .at(-1) || issue.file;
  return `${name} ${issue.message}`;
}
