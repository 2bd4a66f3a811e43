import { type ImportRowsOptions, importRowsSteps, placed } from './import-rows.js';
import { isRecord } from './json-data.js';
import { type LoadResult, loadResult } from './load-result.js';
import { type LoadSteps, runSteps } from './load-steps.js';
import { describeValue } from './message-text.js';

/**
 * Imports an org chart given as a JSON array of rows, the data d3-org-chart
 * (`[{ "id", "parentId", "name", … }]`) and BALKAN OrgChart JS (`[{ id, pid, name, … }]`) draw:
 * each object is a row, its keys the header (in the order first met), read through the same
 * column names and mapping as a CSV file (model/import-rows.ts). Numbers and booleans are read as
 * their text, `null` as an empty cell; nested objects and arrays are left out (as an id or a name, an error says
 * what they are). Issues name rows
 * as `/rows/N/column`, N counting the array's items from 1.
 */
export function importArray(items: readonly unknown[], options: ImportRowsOptions = {}): LoadResult {
  return runSteps(importArraySteps(items, options));
}

/** importArray step by step (see LoadSteps); the array has been read already, so it starts at checking. */
export function* importArraySteps(items: readonly unknown[], options: ImportRowsOptions = {}): LoadSteps {
  if (items.length === 0) {
    const message =
      'expected a model object, or an array of rows such as {"id": …, "parentId": …, "name": …}, got an empty array';
    return loadResult(undefined, placed(options, [{ severity: 'error', path: '', message }]));
  }
  const header: string[] = [];
  const cells = new Map<string, number>();
  for (const item of items) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item)) {
      if (cells.has(key)) continue;
      cells.set(key, header.length);
      header.push(key);
    }
  }
  const notRows = items.flatMap((item, index) => (isRecord(item) ? [] : [index]));
  if (notRows.length > 0) {
    const first = notRows[0]!;
    const message = `expected each item of the array to be an object (a row such as {"id": …, "parentId": …, "name": …}), got ${describeValue(items[first])}`;
    return loadResult(undefined, placed(options, [{ severity: 'error', path: `/rows/${first + 1}`, message }]));
  }
  const nested = new Map<string, string>();
  const rows = items.map((item, index) => {
    const fields = new Array<string>(header.length).fill('');
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const cell = cells.get(key)!;
      fields[cell] = cellText(value);
      if (value !== null && typeof value === 'object') {
        nested.set(`${index + 1}:${cell}`, Array.isArray(value) ? 'an array' : 'an object');
      }
    }
    return { fields, raw: JSON.stringify(item) };
  });
  const notText = (row: number, cell: number) => nested.get(`${row}:${cell}`);
  return yield* importRowsSteps({ header, rows, notText }, options);
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}
