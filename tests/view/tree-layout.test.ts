import { describe, expect, it } from 'vitest';
import { type Box, treeLinkPoints } from '../../src/view/layer-lines.js';
import {
  type LayoutDirection,
  type LayoutInput,
  type LayoutNode,
  type LayoutResult,
  treeLayout,
} from '../../src/view/tree-layout.js';

/** Bodies 100 wide and 40 high, so that every figure below can be worked out by hand. */
const body = (id: string, family = 'Political and military bodies'): LayoutNode => ({
  id,
  width: 100,
  height: 40,
  family,
});

function input(
  ids: string[],
  parents: [child: string, parent: string][],
  extra: Partial<LayoutInput> = {},
): LayoutInput {
  const parent = new Map(parents);
  const inChain = new Set(parents.flat());
  return { nodes: ids.map((id) => body(id)), parent, inChain, direction: 'TB', ...extra };
}

describe('treeLayout', () => {
  describe('in top-down layout', () => {
    it('centres a superior above its two subordinates, one level gap below', () => {
      const { positions, children } = treeLayout(
        input(
          ['top', 'a', 'b'],
          [
            ['a', 'top'],
            ['b', 'top'],
          ],
        ),
      );
      // Siblings one node breadth plus the sibling gap (28) apart; levels 40 deep, 64 apart.
      const a = positions.get('a')!;
      const b = positions.get('b')!;
      const top = positions.get('top')!;
      expect(b.x - a.x).toBe(128);
      expect(top).toEqual({ x: (a.x + b.x) / 2, y: 20 });
      expect(a.y).toBe(20 + 20 + 64 + 20);
      expect(b.y).toBe(a.y);
      expect(children.get('')).toEqual(['top']);
      expect(children.get('top')).toEqual(['a', 'b']);
    });

    it('lists three or more subordinates that have none of their own in a column down the side', () => {
      const { positions, stacked } = treeLayout(
        input(
          ['top', 'a', 'b', 'c'],
          [
            ['a', 'top'],
            ['b', 'top'],
            ['c', 'top'],
          ],
        ),
      );
      expect([...stacked]).toEqual(['a', 'b', 'c']);
      const top = positions.get('top')!;
      // Half a breadth plus the indent (24) to the right, one stack gap (14) between bodies.
      for (const [i, id] of ['a', 'b', 'c'].entries()) {
        expect(positions.get(id)).toEqual({ x: top.x + 50 + 24, y: 40 + 14 + 20 + i * (40 + 14) });
      }
    });

    it('does not hang a block under a superior when one subordinate has its own: the leaves stand beside it, two or more as a group', () => {
      const { stacked, grouped } = treeLayout(
        input(
          ['top', 'a', 'b', 'c', 'd'],
          [
            ['a', 'top'],
            ['b', 'top'],
            ['c', 'top'],
            ['d', 'c'],
          ],
        ),
      );
      expect([...grouped]).toEqual(['a', 'b']);
      expect([...stacked]).toEqual(['a', 'b']);
      const single = treeLayout(
        input(
          ['top', 'a', 'c', 'd'],
          [
            ['a', 'top'],
            ['c', 'top'],
            ['d', 'c'],
          ],
        ),
      );
      expect(single.stacked.size).toBe(0);
    });

    it('stands leaves beside subordinates with their own as one column, at the first leaf’s place', () => {
      const layout = treeLayout(
        input(
          ['top', 'a', 'l1', 'l2', 'b', 'l3', 'a1', 'b1'],
          [
            ['a', 'top'],
            ['l1', 'top'],
            ['l2', 'top'],
            ['b', 'top'],
            ['l3', 'top'],
            ['a1', 'a'],
            ['b1', 'b'],
          ],
        ),
      );
      const { positions, grouped, stacked, children } = layout;
      expect([...grouped]).toEqual(['l1', 'l2', 'l3']);
      expect([...stacked]).toEqual(['l1', 'l2', 'l3']);
      // Listed as drawn: the column where its first leaf was.
      expect(children.get('top')).toEqual(['a', 'l1', 'l2', 'l3', 'b']);
      const [a, b, l1, l2, l3] = ['a', 'b', 'l1', 'l2', 'l3'].map((id) => positions.get(id)!);
      // One column between a and b, its first body level with them, one stack gap (14) apart.
      expect([l2!.x, l3!.x]).toEqual([l1!.x, l1!.x]);
      expect(a!.x).toBeLessThan(l1!.x);
      expect(l1!.x).toBeLessThan(b!.x);
      expect(l1!.y).toBe(a!.y);
      expect([l2!.y - l1!.y, l3!.y - l2!.y]).toEqual([54, 54]);
      const boxes = boxesOf(layout, ['top', 'a', 'l1', 'l2', 'b', 'l3', 'a1', 'b1']);
      expect(overlaps(boxes)).toEqual([]);
      expect(blockLinesThroughBodies(layout, boxes, 'TB')).toEqual([]);
      // The column's line leaves the crossbar the other subordinates hang from.
      const asBox = (id: string) => ({ ...positions.get(id)!, w: 100, h: 40, border: 0 });
      const crossbar = treeLinkPoints('TB', false, asBox('top'), asBox('a'))[1]!.y;
      expect(treeLinkPoints('TB', true, asBox('top'), asBox('l2'), true)[1]!.y).toBe(crossbar);
    });

    it('sets separate trees side by side, in the order of their tops, without overlap', () => {
      const { positions, children } = treeLayout(
        input(
          ['t1', 'a', 't2', 'b'],
          [
            ['a', 't1'],
            ['b', 't2'],
          ],
        ),
      );
      expect(children.get('')).toEqual(['t1', 't2']);
      // The first tree is one breadth wide; the next starts a tree gap (72) after it.
      expect(positions.get('t2')!.x - positions.get('t1')!.x).toBe(100 + 72);
    });

    it('shelves bodies outside the chain of command below the trees, near what they relate to', () => {
      const nodes = [body('top'), body('a'), body('b'), body('partner', 'Partners and others')];
      const { positions } = treeLayout({
        nodes,
        parent: new Map([
          ['a', 'top'],
          ['b', 'top'],
        ]),
        inChain: new Set(['top', 'a', 'b']),
        direction: 'TB',
        links: [['partner', 'b']],
      });
      const partner = positions.get('partner')!;
      // Below the deepest level (ending at 144) by the shelf gap (96), under the body it relates to.
      expect(partner.y).toBe(144 + 96 + 20);
      expect(partner.x).toBe(positions.get('b')!.x);
    });
  });

  describe('bodies outside the chain of command', () => {
    it("keep to the main tree's breadth, even when they relate to a small tree beside it", () => {
      // Four subordinates of the top, each with one of its own: four bodies broad.
      const middle = ['a', 'b', 'c', 'd'];
      const main = ['top', ...middle, ...middle.map((id) => `${id}1`)];
      const nodes = [
        ...main.map((id) => body(id)),
        body('side'),
        body('side-kid'),
        ...['p1', 'p2', 'p3'].map((id) => body(id, 'Partners and others')),
      ];
      const { positions } = treeLayout({
        nodes,
        parent: new Map([
          ...middle.map((id) => [id, 'top'] as [string, string]),
          ...middle.map((id) => [`${id}1`, id] as [string, string]),
          ['side-kid', 'side'],
        ]),
        inChain: new Set([...main, 'side', 'side-kid']),
        direction: 'TB',
        links: [
          ['p1', 'side-kid'],
          ['p2', 'side-kid'],
          ['p3', 'side'],
        ],
      });
      const xs = main.map((id) => positions.get(id)!.x);
      const [left, right] = [Math.min(...xs), Math.max(...xs)];
      // The side tree lies right of the main one, where the partners would go near what they relate to.
      expect(positions.get('side')!.x).toBeGreaterThan(right);
      for (const id of ['p1', 'p2', 'p3']) {
        const x = positions.get(id)!.x;
        expect(x, id).toBeGreaterThanOrEqual(left);
        expect(x, id).toBeLessThanOrEqual(right);
      }
    });

    const shelf = () => {
      const nodes = [
        body('top'),
        body('a'),
        body('b'),
        body('p1', 'Partners and others'),
        body('d1', 'Policies and arrangements'),
        body('p2', 'Partners and others'),
      ];
      return {
        nodes,
        parent: new Map([
          ['a', 'top'],
          ['b', 'top'],
        ]),
        inChain: new Set(['top', 'a', 'b']),
        links: [['d1', 'top']] as [string, string][],
      };
    };

    it('are never a top of the tree, and lie in one lane per family, each under its heading', () => {
      const { positions, children, headings } = treeLayout({ ...shelf(), direction: 'TB' });
      expect(children.get('')).toEqual(['top']);
      expect(headings.map((h) => h.family)).toEqual(['Partners and others', 'Policies and arrangements']);
      const [partners, policies] = headings;
      // The partners' lane starts a shelf gap (96) below the tree (ending at 144), its heading 12 above.
      expect(partners).toEqual({ family: 'Partners and others', x: 0, y: 144 + 96 - 12 });
      for (const id of ['p1', 'p2']) expect(positions.get(id)!.y).toBe(144 + 96 + 20);
      // The next lane: the partners' row (40) and another shelf gap below.
      expect(policies!.y).toBe(144 + 96 + 40 + 96 - 12);
      expect(positions.get('d1')!.y).toBe(144 + 96 + 40 + 96 + 20);
      expect(policies!.x).toBe(positions.get('d1')!.x - 50);
    });

    it('lie in lanes side by side right of the tree in left-right layout, each heading above its lane', () => {
      const { positions, headings } = treeLayout({ ...shelf(), direction: 'LR' });
      const [partners, policies] = headings;
      // The tree is two levels of 100 with a gap of 64; the lanes a shelf gap (96) apart.
      expect(partners!.x).toBe(264 + 96);
      expect(positions.get('p1')!.x).toBe(264 + 96 + 50);
      expect(policies!.x).toBe(264 + 96 + 100 + 96);
      expect(policies!.y).toBe(positions.get('d1')!.y - 20 - 12);
    });
  });

  describe('in left-right layout', () => {
    it('lays the same tree out along the other axis', () => {
      const parents: [string, string][] = [
        ['a', 'top'],
        ['b', 'top'],
      ];
      const across = treeLayout(input(['top', 'a', 'b'], parents, { direction: 'LR' })).positions;
      const top = across.get('top')!;
      const a = across.get('a')!;
      // Levels are as deep as the widest body (100), 64 apart; siblings a body height (40) + 28 apart.
      expect(top.x).toBe(50);
      expect(a.x).toBe(100 + 64 + 50);
      expect(across.get('b')!.y - a.y).toBe(40 + 28);
    });
  });

  it('places every body exactly once, also a body whose superior is not drawn', () => {
    const { positions } = treeLayout(input(['a', 'b', 'c'], [['b', 'hidden']]));
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  describe('a team of leaves', () => {
    for (const direction of ['TB', 'LR'] as const) {
      it(`of 300 direct reports is a block about as broad as it is deep (${direction})`, () => {
        const ids = Array.from({ length: 300 }, (_, i) => `r${i}`);
        const layout = treeLayout(
          input(
            ['top', ...ids],
            ids.map((id) => [id, 'top']),
            { direction },
          ),
        );
        expect(layout.stacked.size).toBe(300);
        const box = extent(layout, ids);
        const aspect = (box.x2 - box.x1) / (box.y2 - box.y1);
        expect(aspect).toBeGreaterThan(0.5);
        expect(aspect).toBeLessThan(2);
        expect(overlaps(boxesOf(layout, ['top', ...ids]))).toEqual([]);
      });
    }

    it("of 300 is centred under its superior, the block's top a bus's room below it", () => {
      const ids = Array.from({ length: 300 }, (_, i) => `r${i}`);
      const { positions } = treeLayout(
        input(
          ['top', ...ids],
          ids.map((id) => [id, 'top']),
        ),
      );
      const box = extent({ positions } as LayoutResult, ids);
      const top = positions.get('top')!;
      // The lines run STACK_INDENT (24) before the first column's bodies.
      expect((box.x1 - 24 + box.x2) / 2).toBeCloseTo(top.x);
      expect(box.y1).toBe(40 + 28);
    });
  });

  it('keeps a team of a handful in one column, in left-right layout a row right of its superior', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { positions } = treeLayout(
      input(
        ['top', ...ids],
        ids.map((id) => [id, 'top']),
        { direction: 'LR' },
      ),
    );
    const top = positions.get('top')!;
    // Half a body height plus the indent (24) below the superior's centre line, a stack gap (14) apart.
    for (const [i, id] of ids.entries()) {
      expect(positions.get(id)).toEqual({ x: 100 + 14 + 50 + i * (100 + 14), y: top.y + 24 + 20 });
    }
  });

  describe('for random forests with blocks', () => {
    for (const direction of ['TB', 'LR'] as const) {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        it(`sets no two bodies over each other, and no block's lines through a body (${direction}, seed ${seed})`, () => {
          const forest = randomForest(seed, direction);
          const layout = treeLayout(forest);
          const ids = forest.nodes.map((n) => n.id);
          expect([...layout.positions.keys()].sort()).toEqual([...ids].sort());
          expect(layout.stacked.size).toBeGreaterThan(0);
          expect(layout.grouped.size).toBeGreaterThan(0);
          const boxes = boxesOf(layout, ids, forest.nodes);
          expect(overlaps(boxes)).toEqual([]);
          expect(blockLinesThroughBodies(layout, boxes, direction)).toEqual([]);
        });
      }
    }
  });
});

type Rect = { id: string; x1: number; y1: number; x2: number; y2: number };

/** The boxes of `ids` as laid out, from their sizes (100 × 40 unless `nodes` says otherwise). */
function boxesOf(layout: LayoutResult, ids: readonly string[], nodes: readonly LayoutNode[] = []): Rect[] {
  const size = new Map(nodes.map((n) => [n.id, n]));
  return ids.map((id) => {
    const p = layout.positions.get(id)!;
    const { width = 100, height = 40 } = size.get(id) ?? {};
    return { id, x1: p.x - width / 2, y1: p.y - height / 2, x2: p.x + width / 2, y2: p.y + height / 2 };
  });
}

/** The box around the bodies `ids` (100 × 40 each). */
function extent(layout: LayoutResult, ids: readonly string[]): Omit<Rect, 'id'> {
  const boxes = boxesOf(layout, ids);
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

/** Pairs of boxes that overlap (touching is allowed), swept along x. */
function overlaps(boxes: readonly Rect[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
  const found: string[] = [];
  for (const [i, a] of sorted.entries()) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x1 < a.x2; j++) {
      const b = sorted[j]!;
      if (a.y1 < b.y2 && b.y1 < a.y2) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

/**
 * The tree links to block members whose points (treeLinkPoints, as the line layer and the SVG
 * draw them) pass through a body's box. Segments are axis-aligned; a line may end on a border.
 */
function blockLinesThroughBodies(layout: LayoutResult, boxes: readonly Rect[], direction: LayoutDirection): string[] {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const asBox = (r: Rect): Box => ({
    x: (r.x1 + r.x2) / 2,
    y: (r.y1 + r.y2) / 2,
    w: r.x2 - r.x1,
    h: r.y2 - r.y1,
    border: 0,
  });
  const found: string[] = [];
  for (const [superior, kids] of layout.children) {
    if (superior === '') continue;
    for (const kid of kids) {
      if (!layout.stacked.has(kid)) continue;
      const points = treeLinkPoints(
        direction,
        true,
        asBox(byId.get(superior)!),
        asBox(byId.get(kid)!),
        layout.grouped.has(kid),
      );
      for (let i = 1; i < points.length; i++) {
        const p = points[i - 1]!;
        const q = points[i]!;
        expect(p.x === q.x || p.y === q.y).toBe(true);
        const s = { x1: Math.min(p.x, q.x), y1: Math.min(p.y, q.y), x2: Math.max(p.x, q.x), y2: Math.max(p.y, q.y) };
        for (const b of boxes) {
          const eps = 0.01;
          if (s.x1 < b.x2 - eps && s.x2 > b.x1 + eps && s.y1 < b.y2 - eps && s.y2 > b.y1 + eps) {
            found.push(`${superior} → ${kid} through ${b.id}`);
          }
        }
      }
    }
  }
  return found;
}

/** A deterministic pseudo-random number generator (mulberry32), so that a failing forest can be rebuilt. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A few trees of random shape and body heights, with teams of 3 to 120 leaves hung from bodies
 * here and there, and a few bodies outside the chain of command. Every body has the same width,
 * as in the org chart (NODE_WIDTH; only the label's lines change a body's height), so that in
 * left-right layout every level is as deep as each of its bodies.
 */
function randomForest(seed: number, direction: LayoutDirection): LayoutInput {
  const rand = random(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const nodes: LayoutNode[] = [];
  const parent = new Map<string, string>();
  const add = (superior?: string) => {
    const id = `n${nodes.length}`;
    nodes.push({ id, width: 160, height: 40 + pick(40), family: 'Political and military bodies' });
    if (superior !== undefined) parent.set(id, superior);
    return id;
  };
  const tops = 1 + pick(3);
  for (let i = 0; i < tops; i++) add();
  for (let i = 0; i < 60; i++) add(nodes[pick(nodes.length)]!.id);
  for (let team = 0; team < 5; team++) {
    const lead = add(nodes[pick(nodes.length)]!.id);
    const size = 3 + pick(118);
    for (let i = 0; i < size; i++) add(lead);
  }
  const inChain = new Set(nodes.map((n) => n.id));
  for (let i = 0; i < 5; i++) nodes.push({ id: `shelf${i}`, width: 120, height: 50, family: 'Partners and others' });
  return { nodes, parent, inChain, direction };
}
