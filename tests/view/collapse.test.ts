import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model/load.js';
import { findPath } from '../../model/queries/path.js';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import { DEFAULT_COLLAPSE, foldTree, isBelow, withExpanded } from '../../src/view/collapse.js';
import { deriveView, NOTHING_DRAWN, type ViewInput } from '../../src/view/derive-view.js';
import { badgeKey, nodeKey } from '../../src/view/element-key.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { RelationsShown } from '../../src/view/relations-shown.js';
import { DARK_THEME } from '../../src/view/theme.js';
import { COLLAPSE_ABOVE } from '../../src/view/thresholds.js';
import { graphOf, measure } from './fixtures.js';

/*
 * top ─┬─ a ─┬─ a1 ── a1x
 *      │     └─ a2
 *      └─ b ─── b1
 * side (outside the chain), cooperating with a1x; b also reports to a (a second superior).
 */
function tree() {
  return graphOf(
    [
      { id: 'top' },
      { id: 'a' },
      { id: 'b' },
      { id: 'a1' },
      { id: 'a2' },
      { id: 'a1x' },
      { id: 'b1' },
      { id: 'side', kind: 'organisation' },
    ],
    [
      { source: 'top', target: 'a', type: 'oversees' },
      { source: 'top', target: 'b', type: 'oversees' },
      { source: 'a', target: 'a1', type: 'oversees' },
      { source: 'a', target: 'a2', type: 'oversees' },
      { source: 'a1', target: 'a1x', type: 'oversees' },
      { source: 'b', target: 'b1', type: 'oversees' },
      { source: 'a', target: 'b', type: 'oversees' },
      { source: 'side', target: 'a1x', type: 'cooperates-with' },
    ],
  );
}

const collapsedOf = (ids: string[]) => ({ collapsed: new Set(ids), expanded: new Set<string>() });

function input(changes: Partial<ViewInput>): ViewInput {
  return { ...NOTHING_DRAWN, graph: tree(), measure, relations: RelationsShown.all, ...changes };
}

function loaded(model: unknown) {
  const result = loadModel(model);
  if (!result.ok) throw new Error('the model does not load');
  return result.graph;
}

const view = (graph = tree(), state = DEFAULT_COLLAPSE, auto = true) =>
  buildGraphView(graph, {
    direction: 'TB',
    hiddenKinds: new Set(),
    hiddenTypes: new Set(),
    measure,
    collapse: { state, auto, reveal: [] },
  });

describe('a collapsed body', () => {
  it('hides every body below it in the drawn tree, and every line to them', () => {
    const v = view(tree(), collapsedOf(['a']));
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'b1', 'side', 'top']);
    // a1x's cooperation with side goes with a1x; a's second-superior line to b stays.
    expect(v.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['a>b', 'b>b1', 'top>a', 'top>b']);
    expect([...v.parent.keys()].sort()).toEqual(['a', 'b', 'b1']);
    expect(v.children.get('a') ?? []).toEqual([]);
  });

  it('counts the bodies hidden below it, whether or not some below are collapsed too', () => {
    const v = view(tree(), collapsedOf(['a', 'a1']));
    expect([...v.folding!.hiddenBelow]).toEqual([['a', 3]]);
    expect([...v.folding!.hidden].sort()).toEqual(['a1', 'a1x', 'a2']);
    expect(view(tree(), collapsedOf(['a1'])).folding!.hiddenBelow).toEqual(new Map([['a1', 1]]));
  });

  it('is drawn with one "+N" badge at its bottom edge, named for what it shows', () => {
    const derived = deriveView(input({ collapse: collapsedOf(['a']) }));
    const badges = derived.elements.filter((e) => e.classes === 'badge');
    expect(badges.map((b) => b.data.id)).toEqual([badgeKey('a')]);
    expect(badges[0]!.data.label).toBe('+3');
    expect(badges[0]!.data.title).toBe('Show 3 hidden subordinates');
    const a = derived.view!.nodes.find((n) => n.id === 'a')!;
    expect(badges[0]!.position).toEqual({ x: a.x, y: a.y + a.height / 2 });
    expect(badges[0]!.grabbable).toBe(false);
    expect(derived.elements.some((e) => e.data.id === nodeKey('a1'))).toBe(false);
  });

  it('is not collapsed when it has no subordinates, and toggles relative to the default', () => {
    const folding = view().folding!;
    expect(withExpanded(folding, 'a2', false)).toBe(folding.state);
    const collapsed = withExpanded(folding, 'a', false);
    expect(collapsed).toEqual(collapsedOf(['a']));
    const again = view(tree(), collapsed).folding!;
    expect(withExpanded(again, 'a', true)).toEqual(DEFAULT_COLLAPSE);
  });
});

describe('a large model', () => {
  const graph = loaded(syntheticModel(1000));

  it('opens collapsed: the tops and whole levels below them, no more than COLLAPSE_ABOVE bodies', () => {
    const v = view(graph);
    const folding = v.folding!;
    expect(v.nodes.length).toBeLessThanOrEqual(COLLAPSE_ABOVE);
    expect(v.nodes.length).toBeGreaterThan(COLLAPSE_ABOVE / 4);
    // Every body is drawn or counted under exactly one badge.
    const counted = [...folding.hiddenBelow.values()].reduce((a, b) => a + b, 0);
    expect(counted).toBe(1000 - v.nodes.length);
    expect(folding.hidden.size).toBe(counted);
    // Whole levels: the badges are all on the deepest level drawn, and nothing deeper is drawn.
    const depth = (id: string): number => (v.parent.has(id) ? 1 + depth(v.parent.get(id)!) : 0);
    const deepest = Math.max(...v.nodes.map((n) => depth(n.id)));
    for (const id of folding.hiddenBelow.keys()) expect(depth(id)).toBe(deepest);
    expect(folding.hiddenBelow.size).toBe(v.nodes.filter((n) => depth(n.id) === deepest).length);
  });

  it('opens whole with expand-all (auto off)', () => {
    expect(view(graph, DEFAULT_COLLAPSE, false).nodes.length).toBe(1000);
  });

  it('expands a default-collapsed body on its own, recorded as expanded, showing its subordinates collapsed', () => {
    const folding = view(graph).folding!;
    const [id, hidden] = [...folding.hiddenBelow][0]!;
    const state = withExpanded(folding, id, true);
    expect(state).toEqual({ collapsed: new Set(), expanded: new Set([id]) });
    const opened = view(graph, state);
    const kids = opened.children.get(id)!;
    expect(kids.length).toBeGreaterThan(0);
    for (const kid of kids)
      expect(opened.folding!.hiddenBelow.has(kid) || !opened.folding!.superiors.has(kid)).toBe(true);
    expect(opened.nodes.length).toBe(view(graph).nodes.length + kids.length);
    expect(hidden).toBeGreaterThanOrEqual(kids.length);
  });

  it('draws a newly selected hidden body with its whole chain of command, and keeps what it opened', () => {
    const first = deriveView(input({ graph, collapse: DEFAULT_COLLAPSE }));
    const deepest = 'b999';
    expect(first.view!.nodes.some((n) => n.id === deepest)).toBe(false);
    const selected = deriveView(input({ graph, collapse: first.collapse, selected: deepest }), first);
    const drawn = new Set(selected.view!.nodes.map((n) => n.id));
    for (let id: string | undefined = deepest; id !== undefined; id = selected.view!.parent.get(id)) {
      expect(drawn.has(id)).toBe(true);
    }
    expect(selected.view!.parent.has(deepest)).toBe(true);
    expect(selected.collapse.expanded.size).toBeGreaterThan(0);
    expect(selected.highlight.get(nodeKey(deepest))).toContain('selected');
    // Handed back as the next input's state, the view is kept: nothing is laid out again.
    const again = deriveView(
      input({ graph, collapse: selected.collapse, selected: deepest, theme: DARK_THEME }),
      selected,
    );
    expect(again.view).toBe(selected.view);
    expect(again.stylesheet).not.toBe(selected.stylesheet);
  });

  it('draws every body of a newly found path, each with its chain of command', () => {
    const first = deriveView(input({ graph, collapse: DEFAULT_COLLAPSE }));
    const path = findPath(graph, 'b998', 'b999')!;
    expect(path.nodes.some((id) => first.view!.folding!.hidden.has(id))).toBe(true);
    const found = deriveView(input({ graph, collapse: first.collapse, path }), first);
    expect(found.path).toBe(path);
    const drawn = new Set(found.view!.nodes.map((n) => n.id));
    for (const id of path.nodes) expect(drawn.has(id), id).toBe(true);
    for (const id of path.nodes) expect(found.highlight.get(nodeKey(id))).toContain('on-path');
  });

  it('leaves a body hidden when the reader collapses a superior of the selection afterwards', () => {
    const open = deriveView(input({ selected: 'a1x' }));
    const collapse = withExpanded(open.view!.folding!, 'a', false);
    const closed = deriveView(input({ graph: open.input.graph, selected: 'a1x', collapse }), open);
    expect(closed.view!.nodes.some((n) => n.id === 'a1x')).toBe(false);
    expect(closed.collapse).toBe(collapse);
  });
});

describe('a model of one body over thousands of bodies outside the tree', () => {
  it('opens whole: only bodies in the tree count towards COLLAPSE_ABOVE', () => {
    const partners = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, kind: 'organisation' }));
    const graph = graphOf(
      [{ id: 'board' }, { id: 'office' }, ...partners],
      [
        { source: 'board', target: 'office', type: 'oversees' },
        ...partners.map((p) => ({ source: 'office', target: p.id, type: 'cooperates-with' })),
      ],
    );
    expect(view(graph).nodes.length).toBe(1002);
  });
});

describe('the NATO model', () => {
  it(`opens fully expanded: ${56} bodies are fewer than COLLAPSE_ABOVE`, () => {
    const graph = loaded(JSON.parse(readFileSync('model/nato-cyber-defence.json', 'utf8')));
    const v = view(graph);
    expect(v.nodes.length).toBe(graph.order);
    expect(graph.order).toBe(56);
    expect(v.folding!.hiddenBelow.size).toBe(0);
  });
});

describe('isBelow', () => {
  it('follows primary superiors up to the top, not second superiors', () => {
    const parent = view().folding!.treeParent;
    expect(isBelow(parent, 'a1x', 'top')).toBe(true);
    expect(isBelow(parent, 'a1x', 'a')).toBe(true);
    expect(isBelow(parent, 'a', 'a')).toBe(false);
    expect(isBelow(parent, 'b1', 'a')).toBe(false);
  });
});

describe('foldTree', () => {
  it('opens the chain above each revealed body, and only that chain', () => {
    const parent = new Map([
      ['a', 'top'],
      ['b', 'top'],
      ['a1', 'a'],
      ['b1', 'b'],
    ]);
    const folding = foldTree(['top', 'a', 'b', 'a1', 'b1'], parent, {
      state: collapsedOf(['top', 'a', 'b']),
      auto: false,
      reveal: ['a1'],
    });
    expect(folding.state).toEqual(collapsedOf(['b']));
    expect([...folding.hidden]).toEqual(['b1']);
  });
});

describe('a flat team larger than COLLAPSE_ABOVE', () => {
  it('opens whole: its reports are leaves, laid out as a block, not folded into one "+N"', () => {
    const reports = Array.from({ length: 300 }, (_, i) => `r${i}`);
    const graph = graphOf(
      [{ id: 'boss' }, ...reports.map((id) => ({ id, kind: 'team' }))],
      reports.map((target) => ({ source: 'boss', target, type: 'oversees' })),
    );
    const view = buildGraphView(graph, {
      direction: 'TB',
      hiddenKinds: new Set(),
      hiddenTypes: new Set(),
      measure,
      collapse: { state: DEFAULT_COLLAPSE, auto: true, reveal: [] },
    });
    expect(view.nodes.length).toBe(301);
    expect(view.folding?.hiddenBelow.size ?? 0).toBe(0);
  });
});
