import { getLocation, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { type DraftIssue, error } from './issue.js';
import { childPath } from './json-pointer.js';
import { quote } from './message-text.js';
import { MAX_JSON_DEPTH } from './plain-data.js';

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
 * `__proto__` become ordinary own properties, as with `JSON.parse`.
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
  return { text, value: treeValue(tree, '', issues), tree, issues };
}

function syntaxError(offset: number, message: string): DraftIssue {
  return { ...error('', `invalid JSON: ${message}`), offset };
}

/** The offset of the first bracket that opens one level too many, outside strings. */
function depthLimitOffset(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92)
        i++; // backslash: the next character is escaped
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (char === 93 || char === 125) depth--;
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

/**
 * The value a syntax tree stands for. Properties are defined rather than assigned so that a
 * `__proto__` key stays data instead of replacing the object's prototype.
 */
function treeValue(node: Node, path: string, issues: DraftIssue[]): unknown {
  switch (node.type) {
    case 'object': {
      // No prototype: an optional field a model leaves out reads as undefined, even on a page
      // where another script has added that name to Object.prototype.
      const object: Record<string, unknown> = Object.create(null);
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (Object.hasOwn(object, key)) {
          issues.push({
            ...error(path, `property ${quote(key)} is written more than once (keep one)`),
            offset: keyNode.offset,
          });
        }
        Object.defineProperty(object, key, {
          value: treeValue(valueNode, childPath(path, key), issues),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map((child, index) => treeValue(child, childPath(path, index), issues));
    default:
      return node.value;
  }
}
