import { endOf, parsePartialDate, startOf } from './dates.js';
import { type DraftIssue, error } from './issue.js';
import { own } from './json-data.js';
import { childPath } from './json-pointer.js';
import { quote } from './message-text.js';
import type { PartialDate } from './types.js';

/** The schema's date pattern: the right shape, though perhaps not a real day (2023-02-30). */
const DATE_SHAPE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

/** When something stands: only dates that exist, so that comparisons are meaningful. */
export interface Lifetime {
  since?: PartialDate;
  until?: PartialDate;
}

/**
 * A date field that has the right shape, or `undefined`. Reports a day that does not exist;
 * a wrong shape is the schema's to report.
 */
export function readDate(
  record: Record<string, unknown>,
  path: string,
  field: string,
  issues: DraftIssue[],
): PartialDate | undefined {
  const value = own(record, field);
  if (typeof value !== 'string' || !DATE_SHAPE.test(value)) return undefined;
  if (parsePartialDate(value) === null) {
    issues.push(error(childPath(path, field), `${quote(value)} is not a day that exists`));
    return undefined;
  }
  return value;
}

/**
 * The `since` and `until` of an entity or relation. Reports an end that is not after the start:
 * a partial date stands for its first day, so "until 2014" is not after "since 2014-06".
 */
export function readLifetime(record: Record<string, unknown>, path: string, issues: DraftIssue[]): Lifetime {
  const since = readDate(record, path, 'since', issues);
  const until = readDate(record, path, 'until', issues);
  if (since !== undefined && until !== undefined && startOf(until) <= startOf(since)) {
    issues.push(error(childPath(path, 'until'), `${quote(until)} is not after since ${quote(since)}`));
    return { since };
  }
  return { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
}

/**
 * Whether a relation is dated where one of its ends clearly does not stand. Partial dates are
 * read generously: only a relation that starts or ends beyond the whole month or year the body's
 * date names is outside.
 */
export function outsideLifetime(relation: Lifetime, body: Lifetime): boolean {
  const { since, until } = relation;
  if (body.since !== undefined) {
    const born = startOf(body.since);
    if ((since !== undefined && endOf(since) < born) || (until !== undefined && endOf(until) < born)) return true;
  }
  if (body.until !== undefined) {
    const gone = endOf(body.until);
    if ((since !== undefined && startOf(since) > gone) || (until !== undefined && startOf(until) > gone)) return true;
  }
  return false;
}

/** "from 2012 until 2014", "from 2012", "until 2014", or "undated". */
export function describeLifetime({ since, until }: Lifetime): string {
  const parts = [since === undefined ? '' : `from ${since}`, until === undefined ? '' : `until ${until}`];
  return parts.filter((part) => part !== '').join(' ') || 'undated';
}
