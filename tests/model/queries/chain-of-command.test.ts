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
