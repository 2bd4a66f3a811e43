import { describe, expect, it } from 'vitest';
import { BUILTIN_KINDS } from '../../model/kinds.js';
import { findPath } from '../../model/queries/path.js';
import * as routing from '../../src/view/cytoscape-routes.js';
import { type DerivedView, deriveView, homeOf, NOTHING_DRAWN, type ViewInput } from '../../src/view/derive-view.js';
import { edgeKey, nodeKey } from '../../src/view/element-key.js';
import type { GraphView } from '../../src/view/graph-view.js';
import { RelationsShown } from '../../src/view/relations-shown.js';
import { DARK_THEME } from '../../src/view/theme.js';
import { approximateMeasure } from '../../src/view/wrap-label.js';
import { graphOf, measure, smallGraph } from './fixtures.js';

const graph = smallGraph();

function input(changes: Partial<ViewInput> = {}): ViewInput {
  return { ...NOTHING_DRAWN, graph: graph, measure, relations: RelationsShown.all, ...changes };
}

/** Which stages of `next` are the very objects of `previous`. */
function reused(previous: DerivedView, next: DerivedView) {
  return {
    shown: next.shown === previous.shown,
    view: next.view === previous.view,
    elements: next.elements === previous.elements,
    layerLines: next.layerLines === previous.layerLines,
    home: next.home === previous.home,
    highlight: next.highlight === previous.highlight,
    stylesheet: next.stylesheet === previous.stylesheet,
  };
}

const ALL_REUSED = {
  shown: true,
  view: true,
  elements: true,
  layerLines: true,
  home: true,
  highlight: true,
  stylesheet: true,
};

describe('deriveView', () => {
  describe('from nothing', () => {
    it('draws every body, hands the tree links to the line layer and the rest to Cytoscape', () => {
      const derived = deriveView(input());
      expect(derived.shown).toBe(graph);
      expect(derived.dated).toBe(false);
      expect(derived.view?.nodes.map((n) => n.id)).toEqual([
        'council',
        'committee',
        'board',
        'unit',
        'partner',
        'policy',
      ]);
      expect(derived.layerLines.map((e) => e.id)).toEqual(['relations/0', 'relations/1', 'relations/2']);
      expect(derived.elements.map((e) => e.data.id)).toEqual([
        ...['council', 'committee', 'board', 'unit', 'partner', 'policy'].map(nodeKey),
        ...['relations/3', 'relations/4'].map(edgeKey),
      ]);
      // The main tree, its top first (where a starting view that does not fit is centred).
      expect(derived.home[0]).toBe('council');
      expect([...derived.home].sort()).toEqual(['board', 'committee', 'council', 'unit']);
      expect(derived.large).toBe(false);
      expect(derived.highlight.size).toBe(0);
      expect(derived.stylesheet.length).toBeGreaterThan(0);
    });

    it('draws nothing while no graph is loaded', () => {
      const derived = deriveView(input({ graph: null }));
      expect([derived.shown, derived.view, derived.path]).toEqual([null, null, null]);
      expect([derived.elements, derived.layerLines, derived.home]).toEqual([[], [], []]);
      expect(derived.highlight.size).toBe(0);
    });
  });

  describe('from a previous derivation', () => {
    const first = deriveView(input());

    it('reuses every stage when nothing changed', () => {
      expect(reused(first, deriveView(input(), first))).toEqual(ALL_REUSED);
    });

    it('reuses the view when the filter sets are new but hold the same kinds and types', () => {
      const next = deriveView(input({ hiddenKinds: new Set(), hiddenTypes: new Set() }), first);
      expect(reused(first, next)).toEqual(ALL_REUSED);
    });

    it('rebuilds only the highlight when the selection changes', () => {
      const next = deriveView(input({ selected: 'committee' }), first);
      expect(reused(first, next)).toEqual({ ...ALL_REUSED, highlight: false });
      expect([...next.highlight]).toEqual([
        [edgeKey('relations/0'), ['superior']],
        [nodeKey('council'), ['superior']],
        [edgeKey('relations/1'), ['subordinate']],
        [nodeKey('unit'), ['subordinate']],
        [edgeKey('relations/3'), ['related']],
        [nodeKey('partner'), ['related']],
        [edgeKey('relations/4'), ['related']],
        [nodeKey('policy'), ['related']],
        [nodeKey('committee'), ['selected']],
        [nodeKey('board'), ['dimmed']],
        [edgeKey('relations/2'), ['dimmed']],
      ]);
    });

    it('rebuilds only the stylesheet when the theme changes and the font does not', () => {
      const next = deriveView(input({ theme: DARK_THEME }), first);
      expect(reused(first, next)).toEqual({ ...ALL_REUSED, stylesheet: false });
    });

    it('rebuilds the view and the highlight, not the shown graph or the stylesheet, when the layout changes', () => {
      const next = deriveView(input({ layout: 'LR' }), first);
      expect(reused(first, next)).toEqual({
        shown: true,
        view: false,
        elements: false,
        layerLines: false,
        home: false,
        highlight: false,
        stylesheet: true,
      });
      expect(next.view?.direction).toBe('LR');
    });

    it('wraps labels again when the measure changes', () => {
      const next = deriveView(input({ measure: approximateMeasure(14) }), first);
      expect(next.view).not.toBe(first.view);
      expect(next.shown).toBe(first.shown);
    });

    it('leaves out a hidden kind, its lines and its home place', () => {
      const next = deriveView(input({ hiddenKinds: new Set(['centre']) }), first);
      expect(next.shown).toBe(first.shown);
      expect(next.view?.nodes.map((n) => n.id)).toEqual(['council', 'committee', 'board', 'partner', 'policy']);
      expect(next.layerLines.map((e) => e.id)).toEqual(['relations/0', 'relations/2']);
      expect([...next.home].sort()).toEqual(['board', 'committee', 'council']);
    });
  });

  describe('with relations="selected"', () => {
    const selectedOnly = (changes: Partial<ViewInput> = {}) =>
      input({ relations: RelationsShown.selected, ...changes });
    const edgeIds = (derived: DerivedView) => derived.elements.filter((e) => e.group === 'edges').map((e) => e.data.id);

    it('draws no relation outside the chain of command until a body is selected, then only its own', () => {
      const none = deriveView(selectedOnly());
      expect(edgeIds(none)).toEqual([]);
      const committee = deriveView(selectedOnly({ selected: 'committee' }), none);
      expect(edgeIds(committee)).toEqual([edgeKey('relations/3'), edgeKey('relations/4')]);
      // The bodies' definitions are handed on as they were: only the lines are new.
      expect(committee.elements.slice(0, none.elements.length)).toEqual(none.elements);
      expect(committee.elements[0]).toBe(none.elements[0]);
    });

    it('hands on the very same elements when the body selected has no relation outside the chain', () => {
      const first = deriveView(selectedOnly());
      const board = deriveView(selectedOnly({ selected: 'board' }), first);
      expect(board.elements).toBe(first.elements);
    });
  });

  describe('with the line router', () => {
    const lines = (derived: DerivedView) => derived.elements.filter((e) => e.group === 'edges');

    it('draws every line Cytoscape draws along a route, and each straight without the router', () => {
      const routed = deriveView(input({ routing }));
      expect(lines(routed).length).toBeGreaterThan(0);
      for (const line of lines(routed)) expect(line.data.segmentWeights).toBeDefined();
      for (const line of lines(deriveView(input()))) expect(line.data.segmentWeights).toBeUndefined();
    });

    it('hands on the very same definition for a line whose route has not changed since it was last drawn', () => {
      const selectedOnly = (selected: string | null) =>
        input({ routing, relations: RelationsShown.selected, selected });
      const committee = deriveView(selectedOnly('committee'));
      const none = deriveView(selectedOnly(null), committee);
      const again = deriveView(selectedOnly('committee'), none);
      expect(lines(again).length).toBeGreaterThan(0);
      for (const [i, line] of lines(again).entries()) expect(line).toBe(lines(committee)[i]);
    });
  });

  describe('with a path', () => {
    const path = findPath(graph, 'unit', 'council')!;

    it('highlights the path instead of the selection, and dims the rest', () => {
      const derived = deriveView(input({ selected: 'board', path }));
      expect(derived.path).toBe(path);
      expect([...derived.highlight]).toEqual([
        [nodeKey('unit'), ['on-path']],
        [nodeKey('committee'), ['on-path']],
        [nodeKey('council'), ['on-path']],
        [edgeKey('relations/1'), ['on-path']],
        [edgeKey('relations/0'), ['on-path']],
        [nodeKey('board'), ['dimmed']],
        [nodeKey('partner'), ['dimmed']],
        [nodeKey('policy'), ['dimmed']],
        [edgeKey('relations/2'), ['dimmed']],
        [edgeKey('relations/3'), ['dimmed']],
        [edgeKey('relations/4'), ['dimmed']],
      ]);
    });

    it('drops the path, and highlights the selection again, once a filter hides a body on it', () => {
      const first = deriveView(input({ selected: 'board', path }));
      const next = deriveView(input({ selected: 'board', path, hiddenKinds: new Set(['centre']) }), first);
      expect(next.path).toBeNull();
      expect(next.highlight.get(nodeKey('board'))).toEqual(['selected']);
      expect(next.highlight.get(nodeKey('unit'))).toBeUndefined();
    });

    it('keeps the highlight when the caller then forgets the dropped path', () => {
      const first = deriveView(input({ path }));
      const dropped = deriveView(input({ path, hiddenKinds: new Set(['centre']) }), first);
      const forgotten = deriveView(input({ hiddenKinds: new Set(['centre']) }), dropped);
      expect(reused(dropped, forgotten)).toEqual(ALL_REUSED);
    });
  });

  describe('with dates', () => {
    const dated = graphOf(
      [
        { id: 'council', name: 'Council' },
        { id: 'old', name: 'Old', until: '2010' },
        { id: 'new', name: 'New', since: '2015' },
      ],
      [
        { source: 'council', target: 'old', type: 'oversees' },
        { source: 'council', target: 'new', type: 'oversees' },
      ],
    );

    it('draws the structure as it stood at the end of the year', () => {
      const derived = deriveView(input({ graph: dated, year: 2012 }));
      expect(derived.dated).toBe(true);
      expect(derived.view?.nodes.map((n) => n.id)).toEqual(['council']);
      const later = deriveView(input({ graph: dated, year: 2016 }), derived);
      expect(later.shown).not.toBe(derived.shown);
      expect(later.view?.nodes.map((n) => n.id)).toEqual(['council', 'new']);
    });
  });
});

describe('homeOf', () => {
  /** A view with only what homeOf reads: bodies, superiors and subordinates. */
  function forest(trees: Record<string, string[]>, alone: string[] = []): GraphView {
    const parent = new Map<string, string>();
    const children = new Map<string, string[]>([['', [...Object.keys(trees), ...alone]]]);
    const ids = [...Object.keys(trees), ...alone];
    for (const [top, members] of Object.entries(trees)) {
      children.set(top, members);
      for (const m of members) {
        parent.set(m, top);
        ids.push(m);
      }
    }
    const nodes = ids.map((id) => ({ id }) as GraphView['nodes'][number]);
    return { nodes, edges: [], parent, children, direction: 'TB', kinds: BUILTIN_KINDS };
  }

  it('frames the main tree when it holds at least half of the bodies in a chain', () => {
    expect(homeOf(forest({ nato: ['nac', 'cio', 'nci'], eu: ['cert-eu'] }, ['lonely']))).toEqual([
      'nato',
      'nac',
      'cio',
      'nci',
    ]);
  });

  it('frames every body in a chain when no tree holds half of them', () => {
    const home = homeOf(forest({ a: ['a1'], b: ['b1'], c: ['c1'] }));
    expect(home.sort()).toEqual(['a', 'a1', 'b', 'b1', 'c', 'c1']);
  });

  it('frames nothing in particular when nothing is in a chain', () => {
    expect(homeOf(forest({}, ['x', 'y']))).toEqual([]);
  });
});
