import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { type DraftIssue, placedIssue } from './issue.js';
import { pointerSegments } from './json-pointer.js';
import type { ModelIssue } from './types.js';

/** A 1-based line and column, as editors number them. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Turns offsets into lines and columns. A line ends at `\n`, `\r\n` or a lone `\r`, as in
 * jsonc-parser's scanner, so positions agree with the parser's view of the text.
 */
export function lineFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * The node a pointer names in a jsonc-parser tree: the value at `pointer`, or with `key` the
 * name of that property of it. When the path goes further than the document does (a missing
 * property), the deepest node that exists stands in, so a "missing" issue points at its object.
 */
export function nodeAt(root: Node, pointer: string, key?: string): Node {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    const child = findNodeAtLocation(node, [node.type === 'array' ? arrayIndex(segment) : segment]);
    if (!child) return node;
    node = child;
  }
  if (key === undefined || node.type !== 'object') return node;
  return node.children?.find((property) => property.children?.[0]?.value === key)?.children?.[0] ?? node;
}

/** A pointer segment as an array index; -1 (never found) when it is not one. */
function arrayIndex(segment: string): number {
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
}

/** Where issues were found: the text they came from and its syntax tree, when there was text. */
export interface IssueSource {
  file?: string | undefined;
  text?: string;
  tree?: Node | undefined;
}

/** Issues as the loader returns them: each with the file, and the line and column of what it is about. */
export function placeIssues(drafts: readonly DraftIssue[], { file, text, tree }: IssueSource): ModelIssue[] {
  const positionOf = text === undefined ? undefined : lineFinder(text);
  return drafts.map((draft) => {
    const place = draft.offset ?? (tree ? nodeAt(tree, draft.at ?? draft.path, draft.key).offset : undefined);
    return placedIssue(draft, file, positionOf && place !== undefined ? positionOf(place) : undefined);
  });
}
