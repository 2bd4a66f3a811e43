import { createScanner, getLocation, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { type DraftIssue, error } from './issue.js';
import { childPath } from './json-pointer.js';
import { MAX_JSON_DEPTH } from './limits.js';
import { quote } from './message-text.js';

/** The outcome of reading JSON text. `value` is absent when the text is not JSON. */
export interface ParsedJson {
  /** The text that was parsed: the input without a byte order mark, which positions count from. */
  text: string;
  value?: unknown;
  /** The syntax tree, for finding where a path is written. */
  tree?: Node;
  /** Syntax problems (then there is no value) and repeated property names. */
  issues: DraftIssue[];
}

/**
 * Parses strict JSON (no comments, no trailing commas) without ever throwing. Only the first
 * syntax error is reported: the ones after it are mostly echoes of it. Property names such as
 * `__proto__` become ordinary own properties, as with `JSON.parse`. Text nested more than
 * MAX_JSON_DEPTH levels deep is refused before parsing, with the offset of the first bracket
 * or brace too many: jsonc-parser's parser recurses once per level.
 */
export function parseJson(input: string): ParsedJson {
  // A byte order mark is not JSON, but editors save one and do not count it as a column.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (/^[ \t\n\r]*$/.test(text)) return { text, issues: [syntaxError(text.length, 'the file is empty')] };
  const tooDeep = depthLimitOffset(text);
  if (tooDeep !== undefined) {
    return { text, issues: [syntaxError(tooDeep, `nested more than ${MAX_JSON_DEPTH} levels deep`)] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !tree) return { text, issues: [syntaxError(first?.offset ?? 0, describeSyntaxError(text, first))] };
  const issues: DraftIssue[] = [];
  return { text, value: treeValue(tree, issues), tree, issues };
}

function syntaxError(offset: number, message: string): DraftIssue {
  return { ...error('', `invalid JSON: ${message}`), offset };
}

/** SyntaxKind is a const enum too: the scanner's tokens that open and close a level, and the end. */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const END_OF_FILE = 17;

/**
 * The offset of the first bracket or brace that opens one level more than MAX_JSON_DEPTH, if any.
 *
 * The text is read by jsonc-parser's own scanner, so that comments, unclosed strings and other
 * broken text split into the very tokens its parser reads. On broken text the parser can skip a
 * bracket or close a level on a mismatched one; counting every opening, and a closing only when
 * it matches the innermost level still open, never counts fewer levels than the parser is in.
 * Linear in the text; at most MAX_JSON_DEPTH + 1 levels are kept.
 */
function depthLimitOffset(text: string): number | undefined {
  const scanner = createScanner(text, true);
  const open = new Uint8Array(MAX_JSON_DEPTH + 1);
  let depth = 0;
  for (let token = scanner.scan(); token !== END_OF_FILE; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (depth === MAX_JSON_DEPTH) return scanner.getTokenOffset();
      open[depth++] = token;
    } else if ((token === CLOSE_BRACE || token === CLOSE_BRACKET) && depth > 0 && open[depth - 1] === token - 1) {
      depth--;
    }
  }
  return undefined;
}

/** ParseErrorCode is a const enum, which isolated modules cannot read, so its numbers are written out. */
const SYNTAX_MESSAGES: Readonly<Record<number, string>> = {
  2: 'invalid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: 'expected a colon after the property name',
  7: 'expected a closing brace',
  8: 'expected a closing bracket',
  9: 'expected the end of the file after the value',
  10: 'comments are not allowed in JSON',
  11: 'a comment is not closed',
  12: 'a string is not closed',
  13: 'a number is cut short',
  14: 'invalid unicode escape in a string',
  15: 'invalid escape sequence in a string',
  16: 'a string contains a control character such as a tab or line break (write it as an escape like \\t or \\n)',
};

function describeSyntaxError(text: string, parseError: ParseError | undefined): string {
  if (!parseError) return 'expected a value';
  const { error: code, offset, length } = parseError;
  const next = text[offset];
  if ((next === '}' || next === ']') && /,[ \t\n\r]*$/.test(text.slice(Math.max(0, offset - 1000), offset))) {
    return `a comma cannot come before a closing ${next === '}' ? 'brace' : 'bracket'}`;
  }
  if (code === 1) return `unexpected text ${quote(text.slice(offset, offset + Math.max(1, Math.min(length, 20))))}`;
  if (code === 6) {
    const inArray = typeof getLocation(text, offset).path.at(-1) === 'number';
    return `expected a comma or a closing ${inArray ? 'bracket' : 'brace'}`;
  }
  return SYNTAX_MESSAGES[code] ?? 'unexpected text';
}

/** An object or array of the syntax tree being turned into a value, and where its reading stands. */
interface ValueFrame {
  node: Node;
  path: string;
  value: Record<string, unknown> | unknown[];
  next: number;
}

/**
 * The value a syntax tree stands for. Properties are defined rather than assigned so that a
 * `__proto__` key stays data instead of replacing the object's prototype. The tree is walked
 * with a stack of its own, depth first, so that repeated names are reported in the order they
 * are written.
 */
function treeValue(root: Node, issues: DraftIssue[]): unknown {
  const frames: ValueFrame[] = [];
  // An object or array is made empty on reaching it and filled in as its frame is worked through.
  const reach = (node: Node, path: string): unknown => {
    if (node.type === 'object') {
      // No prototype: an optional field a model leaves out reads as undefined, even on a page
      // where another script has added that name to Object.prototype.
      const object: Record<string, unknown> = Object.create(null);
      frames.push({ node, path, value: object, next: 0 });
      return object;
    }
    if (node.type === 'array') {
      const array: unknown[] = [];
      frames.push({ node, path, value: array, next: 0 });
      return array;
    }
    return node.value;
  };
  const value = reach(root, '');
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const child = frame.node.children?.[frame.next++];
    if (!child) {
      frames.pop();
      continue;
    }
    if (Array.isArray(frame.value)) {
      frame.value.push(reach(child, childPath(frame.path, frame.value.length)));
      continue;
    }
    const [keyNode, valueNode] = child.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (Object.hasOwn(frame.value, key)) {
      issues.push({
        ...error(frame.path, `property ${quote(key)} is written more than once (keep one)`),
        offset: keyNode.offset,
      });
    }
    Object.defineProperty(frame.value, key, {
      value: reach(valueNode, childPath(frame.path, key)),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return value;
}
