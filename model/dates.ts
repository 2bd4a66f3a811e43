import type { PartialDate } from './types.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A day as a sortable number, yyyymmdd. */
export type DayNumber = number;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; `null` when it is malformed or names a day that does not exist (2023-02-30). */
export function parsePartialDate(text: string): { year: number; month?: number; day?: number } | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The first day a partial date covers: 2014 → 20140101, 2014-04 → 20140401. */
export function startOf(date: PartialDate): DayNumber {
  const p = parsePartialDate(date);
  if (!p) return Number.NaN;
  return p.year * 10000 + (p.month ?? 1) * 100 + (p.day ?? 1);
}

/** The last day a partial date covers: 2014 → 20141231, 2014-02 → 20140228. */
export function endOf(date: PartialDate): DayNumber {
  const p = parsePartialDate(date);
  if (!p) return Number.NaN;
  const month = p.month ?? 12;
  return p.year * 10000 + month * 100 + (p.day ?? daysInMonth(p.year, month));
}

/**
 * Whether something dated `since`/`until` stands on `day`.
 * A start counts from the first day it covers (established "in 2014" shows in 2014);
 * an end counts from its first day too (renamed "in April 2014" is gone by the end of 2014).
 */
export function standsOn(
  item: { since?: PartialDate | undefined; until?: PartialDate | undefined },
  day: DayNumber,
): boolean {
  if (item.since !== undefined && startOf(item.since) > day) return false;
  if (item.until !== undefined && startOf(item.until) <= day) return false;
  return true;
}

/**
 * The day a query date stands for: a year or month means the structure as it stood at its end,
 * so that the year slider at 2014 shows what was set up during 2014.
 */
export function queryDay(date: PartialDate | number): DayNumber {
  return endOf(typeof date === 'number' ? String(date).padStart(4, '0') : date);
}

/** The year a partial date falls in. */
export function yearOf(date: PartialDate): number {
  return parsePartialDate(date)?.year ?? Number.NaN;
}
