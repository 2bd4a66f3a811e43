import { type DraftIssue, error } from './issue.js';
import { childPath } from './json-pointer.js';
import { MAX_JSON_DEPTH } from './limits.js';
import { describeValue } from './message-text.js';

/** The outcome of copying a JavaScript value as JSON data. */
export type PlainData = { ok: true; value: unknown } | { ok: false; issues: DraftIssue[] };

/** An object or array being copied: the caller's, its copy, and the items still to copy into it. */
interface CopyFrame {
  source: object;
  path: string;
  depth: number;
  copy: Record<string, unknown> | unknown[];
  items: [key: string | number, item: unknown][];
  next: number;
}

/**
 * Copies a value handed over from JavaScript into plain JSON data: objects, arrays, strings,
 * finite numbers, booleans and null. Everything after this step can then rely on JSON's shape:
 * no cycles, no prototypes to reach through, no getters. A property whose value is `undefined`
 * is left out, as `JSON.stringify` would; anything else that JSON cannot hold is an error, and
 * so is nesting deeper than MAX_JSON_DEPTH (the limit the JSON reader holds text to). The value
 * is walked depth first with a stack of its own, so issues come in the order of the value's keys.
 */
export function toPlainData(input: unknown): PlainData {
  const issues: DraftIssue[] = [];
  // The objects being copied, from the outermost to the innermost, each with its path.
  const ancestors = new Map<object, string>();
  const frames: CopyFrame[] = [];

  /** The copy of a value, or an empty object or array that its frame, now pushed, fills in. */
  const copyOf = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value !== 'object') {
      issues.push(error(path, `expected JSON data, got ${describeValue(value)}`));
      return null;
    }
    if (depth > MAX_JSON_DEPTH) {
      issues.push(error(path, `nested more than ${MAX_JSON_DEPTH} levels deep`));
      return null;
    }
    const seenAt = ancestors.get(value);
    if (seenAt !== undefined) {
      issues.push(error(path, `refers back to ${seenAt || '/'}, which contains it (JSON data cannot loop)`));
      return null;
    }
    const shape = readShape(value);
    if (shape.kind === 'unreadable') {
      issues.push(error(path, 'expected JSON data, but reading it failed (a getter or proxy threw an error)'));
      return null;
    }
    if (shape.kind === 'other') {
      issues.push(error(path, `expected JSON data, got ${shape.tag}`));
      return null;
    }
    ancestors.set(value, path);
    // No prototype, as in the JSON reader: a missing optional field never reads through to
    // whatever another script has added to Object.prototype.
    const copy = shape.kind === 'array' ? [] : Object.create(null);
    const items =
      shape.kind === 'array' ? shape.items.map((item, index) => [index, item] as [number, unknown]) : shape.entries;
    frames.push({ source: value, path, depth, copy, items, next: 0 });
    return copy;
  };

  const value = copyOf(input, '', 0);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next === frame.items.length) {
      frames.pop();
      ancestors.delete(frame.source);
      continue;
    }
    const [key, item] = frame.items[frame.next++]!;
    const itemPath = childPath(frame.path, key);
    if (Array.isArray(frame.copy)) {
      if (item === undefined) {
        issues.push(error(itemPath, 'expected JSON data, got nothing (an empty slot in the array)'));
        frame.copy.push(null);
      } else frame.copy.push(copyOf(item, itemPath, frame.depth + 1));
    } else if (item !== undefined) {
      // Defined, not assigned: a "__proto__" key must stay data.
      Object.defineProperty(frame.copy, key, {
        value: copyOf(item, itemPath, frame.depth + 1),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** Far more bodies and relations than any organisation has. */
const MAX_ARRAY_LENGTH = 1_000_000;

type Shape =
  | { kind: 'array'; items: unknown[] }
  | { kind: 'object'; entries: [string, unknown][] }
  | { kind: 'other'; tag: string }
  | { kind: 'unreadable' };

/**
 * Everything this module reads from a caller's object, in one place. This is the one boundary
 * that catches: reading someone else's object can run their getters or a Proxy's traps, which
 * may throw anything. Only those reads are inside, so no bug of ours can hide here.
 */
function readShape(value: object): Shape {
  try {
    if (Array.isArray(value)) {
      // A sparse array can claim billions of items; copying them would hang rather than fail.
      if (value.length > MAX_ARRAY_LENGTH) return { kind: 'other', tag: `an array of ${value.length} items` };
      return { kind: 'array', items: Array.from({ length: value.length }, (_, i) => value[i]) };
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    // Another realm's Object.prototype (an iframe's, a vm context's) also has a null prototype.
    if (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) {
      return {
        kind: 'object',
        entries: Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]),
      };
    }
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return { kind: 'other', tag: /^[AEIOU]/.test(tag) ? `an ${tag} object` : `a ${tag} object` };
  } catch {
    return { kind: 'unreadable' };
  }
}
