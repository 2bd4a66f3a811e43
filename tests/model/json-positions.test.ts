import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineFinder, nodeAt } from '../../model/json-positions.js';
import { loadModel } from '../../model/load.js';
import type { ModelIssue } from '../../model/types.js';

function positions(issues: readonly ModelIssue[]): string[] {
  return issues.map(({ path, line, column }) => `${path} ${line}:${column}`);
}

describe('lineFinder', () => {
  it('counts lines from 1 and columns from 1', () => {
    const at = lineFinder('ab\ncd');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(1)).toEqual({ line: 1, column: 2 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
  });

  it('ends lines at \\n, \\r\\n and a lone \\r alike', () => {
    const at = lineFinder('a\r\nb\rc\nd');
    expect([3, 5, 7].map((offset) => at(offset))).toEqual([
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});

describe('nodeAt', () => {
  const text = '{"a": [10, {"b": true}], "c~/d": 1}';
  const tree = parseTree(text)!;

  it('finds the value a pointer names', () => {
    expect(nodeAt(tree, '/a/1/b').offset).toBe(text.indexOf('true'));
    expect(nodeAt(tree, '/c~0~1d').offset).toBe(text.indexOf('1}'));
  });

  it('stops at the deepest node that exists', () => {
    expect(nodeAt(tree, '/a/1/missing').offset).toBe(text.indexOf('{"b"'));
    expect(nodeAt(tree, '/a/7').offset).toBe(text.indexOf('[10'));
    expect(nodeAt(tree, '/a/x').offset).toBe(text.indexOf('[10'));
  });

  it('finds a property name when asked for the key', () => {
    expect(nodeAt(tree, '/a/1', 'b').offset).toBe(text.indexOf('"b"'));
  });
});

describe('issues from JSON text', () => {
  const text = [
    '{',
    '  "title": "Positions",',
    '  "relationTypes": { "Bad Name": { "label": "x", "chainOfCommand": false } },',
    '  "entities": [',
    '    { "id": "a", "name": "A", "kind": "body" },',
    '    { "id": "b", "name": "B", "kind": "body", "sinse": "2014" },',
    '    { "id": "c", "name": "C" }',
    '  ],',
    '  "relations": [',
    '    { "source": "a", "target": "bee", "type": "oversees", "evidence": "x" }',
    '  ]',
    '}',
  ].join('\n');
  const result = loadModel(text, { file: 'positions.json' });
  const issues = [...(result.ok ? [] : result.errors), ...result.warnings];

  it('point at the value at their path, the key of a misnamed property, or the object missing a property', () => {
    expect(positions(issues)).toEqual([
      '/relationTypes/Bad Name 3:22',
      '/entities/1 6:47',
      '/entities/2 7:5',
      '/relations/0/target 10:32',
      '/entities/1 6:5',
      '/entities/2 7:5',
    ]);
  });

  it('name the file', () => {
    expect(new Set(issues.map((issue) => issue.file))).toEqual(new Set(['positions.json']));
  });

  it('count lines the same way in a file saved with CRLF line ends', () => {
    const crlf = loadModel(text.replaceAll('\n', '\r\n'));
    expect(positions(crlf.ok ? [] : crlf.errors)).toEqual(positions(result.ok ? [] : result.errors));
  });

  it('do not count a byte order mark as a column', () => {
    const bom = loadModel(`\uFEFF${text}`);
    expect(positions(bom.ok ? [] : bom.errors)).toEqual(positions(result.ok ? [] : result.errors));
  });

  it('are absent for a value that was not text', () => {
    const parsed = loadModel(JSON.parse(text));
    expect(parsed.ok ? [] : parsed.errors.map((issue) => [issue.line, issue.column])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});
