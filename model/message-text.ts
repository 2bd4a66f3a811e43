/**
 * Pieces of issue messages. Messages quote what the author wrote, so they must stay readable
 * whatever was written: long values are cut short and nothing prints as "undefined" or "[object Object]".
 */

const MAX_QUOTED = 60;

/** A string as it appears in a message: in double quotes, escaped, and cut short when long. */
export function quote(text: string): string {
  if (text.length <= MAX_QUOTED) return JSON.stringify(text);
  let cut = text.slice(0, MAX_QUOTED - 1);
  // A lone high surrogate at the cut would print as a replacement character.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return JSON.stringify(`${cut}…`);
}

/** What sort of JSON value something is, with its article: "an array", "a string", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a number that is not finite';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return 'a big integer';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'nothing';
  }
}

/** A JSON Schema type name with its article: "object" → "an object". */
export function describeType(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Joins alternatives for a sentence: `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The text with its first letter in capitals: a label that starts a line or a legend entry. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
