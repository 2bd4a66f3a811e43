import { describe, expect, it } from 'vitest';
import { chainOfCommand, superiors } from '../../../model/queries/chain-of-command.js';
import { graphOf } from './graph-of.js';

describe('superiors', () => {
  describe('with relations authored both ways', () => {
    it('finds the superior at the source of oversees and at the target of part-of, in model order', () => {
      const graph = graphOf(
        ['unit', 'agency', 'committee', 'partner'],
        [
          ['unit', 'part-of', 'agency'],
          ['unit', 'cooperates-with', 'partner'],
          ['committee', 'oversees', 'unit'],
          ['unit', 'oversees', 'partner'],
        ],
      );
      expect(superiors(graph, 'unit')).toEqual([
        { id: 'agency', edge: 'relations/0' },
        { id: 'committee', edge: 'relations/2' },
      ]);
    });
  });

  describe('with two relations to the same superior', () => {
    it('lists one entry per relation', () => {
      const graph = graphOf(
        ['a', 'b'],
        [
          ['a', 'oversees', 'b'],
          ['a', 'responsible-for', 'b', { id: 'resp' }],
        ],
      );
      expect(superiors(graph, 'b')).toEqual([
        { id: 'a', edge: 'relations/0' },
        { id: 'a', edge: 'resp' },
      ]);
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query', () => {
      expect(() => superiors(graphOf(['a']), 'nope')).toThrow(new Error('superiors: no entity "nope"'));
    });
  });
});

describe('chainOfCommand', () => {
  describe('for a top body', () => {
    it('returns no path', () => {
      const graph = graphOf(['top', 'low'], [['top', 'oversees', 'low']]);
      expect(chainOfCommand(graph, 'top')).toEqual([]);
    });
  });

  describe('with part-of pointing up and oversees pointing down', () => {
    it('returns the single line from the immediate superior to the top', () => {
      const graph = graphOf(
        ['centre', 'agency', 'board'],
        [
          ['centre', 'part-of', 'agency'],
          ['board', 'oversees', 'agency'],
        ],
      );
      expect(chainOfCommand(graph, 'centre')).toEqual([['agency', 'board']]);
    });
  });

  describe('with a stated and an inferred superior', () => {
    it('lists the stated line first, whatever the model order', () => {
      const graph = graphOf(
        ['x', 'guess', 'known', 'top'],
        [
          ['guess', 'oversees', 'x', { basis: 'inferred', note: 'read from the source' }],
          ['known', 'oversees', 'x'],
          ['top', 'oversees', 'guess'],
          ['top', 'oversees', 'known'],
        ],
      );
      expect(chainOfCommand(graph, 'x')).toEqual([
        ['known', 'top'],
        ['guess', 'top'],
      ]);
    });
  });

  describe('with two superiors', () => {
    it('returns both paths, shortest first', () => {
      const graph = graphOf(
        ['x', 'long', 'top', 'short'],
        [
          ['long', 'oversees', 'x'],
          ['top', 'oversees', 'long'],
          ['short', 'oversees', 'x'],
        ],
      );
      expect(chainOfCommand(graph, 'x')).toEqual([['short'], ['long', 'top']]);
    });

    it('orders paths of equal length by model order, not by relation order', () => {
      const graph = graphOf(
        ['x', 'first', 'second'],
        [
          ['second', 'oversees', 'x'],
          ['first', 'oversees', 'x'],
        ],
      );
      expect(chainOfCommand(graph, 'x')).toEqual([['first'], ['second']]);
    });
  });

  describe('with a diamond', () => {
    it('returns one path through each side', () => {
      const graph = graphOf(
        ['top', 'right', 'left', 'bottom'],
        [
          ['bottom', 'part-of', 'right'],
          ['bottom', 'part-of', 'left'],
          ['top', 'oversees', 'left'],
          ['top', 'oversees', 'right'],
        ],
      );
      expect(chainOfCommand(graph, 'bottom')).toEqual([
        ['right', 'top'],
        ['left', 'top'],
      ]);
    });
  });

  describe('with two relations to the same superior', () => {
    it('counts them as one step', () => {
      const graph = graphOf(
        ['a', 'b'],
        [
          ['a', 'oversees', 'b'],
          ['a', 'responsible-for', 'b'],
        ],
      );
      expect(chainOfCommand(graph, 'b')).toEqual([['a']]);
    });
  });

  describe('with a loop of command', () => {
    it('stops where the path would come back on itself', () => {
      const graph = graphOf(
        ['a', 'b'],
        [
          ['a', 'oversees', 'b'],
          ['b', 'oversees', 'a'],
        ],
      );
      expect(chainOfCommand(graph, 'a')).toEqual([['b']]);
    });

    it('still finds the way out to a top', () => {
      const graph = graphOf(
        ['a', 'b', 'c', 'top'],
        [
          ['b', 'oversees', 'a'],
          ['c', 'oversees', 'b'],
          ['a', 'oversees', 'c'],
          ['top', 'oversees', 'c'],
        ],
      );
      expect(chainOfCommand(graph, 'a')).toEqual([['b', 'c', 'top']]);
    });
  });

  describe('with relations outside the chain of command', () => {
    it('ignores them', () => {
      const graph = graphOf(
        ['a', 'host', 'b'],
        [
          ['a', 'hosted-by', 'host'],
          ['a', 'cooperates-with', 'b'],
        ],
      );
      expect(chainOfCommand(graph, 'a')).toEqual([]);
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query', () => {
      expect(() => chainOfCommand(graphOf(['a']), 'nope')).toThrow(new Error('chainOfCommand: no entity "nope"'));
    });
  });
});

describe('chainOfCommand on shapes that defeat a naive walk', () => {
  it('climbs a chain 10,000 levels deep without overflowing the call stack', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `b${i}`);
    const graph = graphOf(
      ids,
      ids.slice(1).map((id, i) => [ids[i]!, 'oversees', id] as [string, string, string]),
    );
    const [only, ...others] = chainOfCommand(graph, 'b9999');
    expect(others).toEqual([]);
    expect(only).toHaveLength(9999);
    expect(only![0]).toBe('b9998');
    expect(only!.at(-1)).toBe('b0');
  });

  it('stops at the limit on dual reporting 40 levels deep, where there are 2^40 paths', () => {
    // Two bodies per level, each overseeing both bodies of the next level.
    const levels = 40;
    const ids = Array.from({ length: levels * 2 }, (_, i) => `l${Math.floor(i / 2)}${i % 2 ? 'b' : 'a'}`);
    const relations: [string, string, string][] = [];
    for (let level = 1; level < levels; level++) {
      for (const up of ['a', 'b'])
        for (const down of ['a', 'b']) relations.push([`l${level - 1}${up}`, 'oversees', `l${level}${down}`]);
    }
    const graph = graphOf(ids, relations);
    const chains = chainOfCommand(graph, `l${levels - 1}a`, { limit: 12 });
    expect(chains).toHaveLength(12);
    for (const chain of chains) expect(chain).toHaveLength(levels - 1);
  });
});
