import type { ModelIssue } from './types.js';

/** An issue as the validators find it, before its line, column and file are known. */
export interface DraftIssue {
  severity: ModelIssue['severity'];
  path: string;
  message: string;
  /** Where to point instead of `path`, when the problem is written elsewhere (a property name). */
  at?: string;
  /** Point at this property name of the value at `at ?? path`: an unknown property has no value to point at. */
  key?: string;
  /** The exact offset in the text, when the finder already knows it (syntax errors). */
  offset?: number;
}

/** A problem that stops the model from loading. */
export function error(path: string, message: string): DraftIssue {
  return { severity: 'error', path, message };
}

/** A finding worth showing that still lets the model load and draw. */
export function warning(path: string, message: string): DraftIssue {
  return { severity: 'warning', path, message };
}

/** An issue as the loader returns it: with the file, and the line and column when they are known. */
export function placedIssue(
  { severity, path, message }: DraftIssue,
  file: string | undefined,
  position?: { line: number; column: number },
): ModelIssue {
  return { severity, path, message, ...position, ...(file === undefined ? {} : { file }) };
}
