import { describe, expect, it } from 'vitest';
import { type LayoutInput, type LayoutNode, treeLayout } from '../../src/view/tree-layout.js';

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

    it('does not stack subordinates when one of them has subordinates of its own', () => {
      const { stacked } = treeLayout(
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
      expect(stacked.size).toBe(0);
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
});
