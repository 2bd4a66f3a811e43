import { describe, expect, it } from 'vitest';
import type { Relation } from '../../model/types.js';
import { deriveView } from '../../src/view/derive-view.js';
import { nodeKey } from '../../src/view/element-key.js';
import { HighlightState } from '../../src/view/highlight-state.js';
import { RelationsShown } from '../../src/view/relations-shown.js';
import { LIGHT_THEME } from '../../src/view/theme.js';
import { treeLayout } from '../../src/view/tree-layout.js';
import { graphOf, measure } from './fixtures.js';

/** b0 over b1 over b2 … over b99,999. */
const DEPTH = 100_000;
const ids = Array.from({ length: DEPTH }, (_, i) => `b${i}`);

describe('a chain of command 100,000 levels deep', () => {
  it('is laid out by treeLayout one level under another, in one straight line', () => {
    const { positions, children } = treeLayout({
      nodes: ids.map((id) => ({ id, width: 100, height: 40, family: 'Political and military bodies' })),
      parent: new Map(ids.slice(1).map((id, i) => [id, ids[i]!])),
      inChain: new Set(ids),
      direction: 'TB',
    });
    expect(children.get('')).toEqual(['b0']);
    expect(children.get(`b${DEPTH - 2}`)).toEqual([`b${DEPTH - 1}`]);
    const top = positions.get('b0')!;
    // Levels 40 deep with a gap of 64 between them.
    expect(positions.get(`b${DEPTH - 1}`)).toEqual({ x: top.x, y: top.y + (DEPTH - 1) * (40 + 64) });
  });

  it('is derived by deriveView and, with its deepest body selected, shows every body above it as superior', () => {
    const relations: Omit<Relation, 'evidence'>[] = ids
      .slice(1)
      .map((id, i) => ({ source: ids[i]!, target: id, type: 'oversees' }));
    const graph = graphOf(
      ids.map((id) => ({ id, name: `Body ${id}` })),
      relations,
    );
    const deepest = `b${DEPTH - 1}`;
    const derived = deriveView({
      graph,
      year: null,
      hiddenKinds: new Set(),
      hiddenTypes: new Set(),
      layout: 'LR',
      theme: LIGHT_THEME,
      measure,
      selected: deepest,
      path: null,
      relations: RelationsShown.selected,
    });
    const view = derived.view!;
    expect(view.nodes).toHaveLength(DEPTH);
    expect(view.parent.get(deepest)).toBe(`b${DEPTH - 2}`);
    const x = new Map(view.nodes.map((n) => [n.id, n.x]));
    expect(x.get(deepest)).toBeGreaterThan(x.get(`b${DEPTH - 2}`)!);
    expect(derived.highlight.get(nodeKey(deepest))).toEqual([HighlightState.selected]);
    expect(ids.slice(0, -1).every((id) => derived.highlight.get(nodeKey(id))?.includes(HighlightState.superior))).toBe(
      true,
    );
  });
});
