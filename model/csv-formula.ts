/**
 * The first characters that make a spreadsheet run a value as a formula (`=`, `+`, `-`, `@`, a
 * tab or a carriage return, as OWASP's advice on CSV injection lists them). The CSV writer puts
 * an apostrophe before such a value, which spreadsheets show as text, since a model's names come
 * from anyone's file; the CSV reader takes that apostrophe off again, so that "=HYPERLINK(…)" or
 * "- vacant -" survive a round trip.
 */
const FORMULA_FIRST = '=+\\-@\\t\\r';

/** A value the writer guards with an apostrophe. */
export const FORMULA_START = new RegExp(`^[${FORMULA_FIRST}]`);

/** The apostrophe the writer put before such a value; "'Tis" has none (no formula character follows). */
const FORMULA_GUARD = new RegExp(`^'(?=[${FORMULA_FIRST}])`);

/** A value read from a CSV file without the writer's guard. */
export function unguardFormula(value: string): string {
  return value.replace(FORMULA_GUARD, '');
}
