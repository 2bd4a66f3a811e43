import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../model/', import.meta.url).pathname;
const ui = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

describe('model/', () => {
  it('imports nothing from the UI, the DOM libraries or Node built-ins', () => {
    const offending: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const spec = match[1]!;
        if (/(^|\/)src\/|^lit|^cytoscape|^node:|^fs$|^path$/.test(spec)) offending.push(`${file}: ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

/** Each module's static imports of other modules of the project (type imports included). */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]/gms)) {
      const target = resolve(dirname(file), match[1]!).replace(/\.js$/, '.ts');
      if (graph.has(target) || files.includes(target)) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Every cycle a depth-first walk meets, each as the chain of files that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') found.push([...path.slice(path.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph of src/ and model/', () => {
  const files = [...sources(root), ...sources(ui)].filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

  it('has no cycle', () => {
    expect(cycles(importGraph(files))).toEqual([]);
  });

  it('would report one: a cycle of two modules is found', () => {
    const a = join(ui, 'a.ts');
    const b = join(ui, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b, a]]);
  });
});
