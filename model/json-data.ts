/**
 * Safe reading of data that has not been validated yet. Only own properties count, so an id such
 * as "constructor" or "toString" never reaches Object.prototype.
 */

/** Whether `value` is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a JSON object, or `undefined`. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An own property that holds a non-empty string, or `undefined` (the schema reports anything else). */
export function ownString(record: Record<string, unknown>, key: string): string | undefined {
  const value = own(record, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
