import { describe, expect, it } from 'vitest';
import { subordinates } from '../../../model/queries/subordinates.js';
import { graphOf } from './graph-of.js';

describe('subordinates', () => {
  describe('direct', () => {
    it('reads oversees forwards and part-of backwards, ordered by model order of the subordinates', () => {
      const graph = graphOf(
        ['agency', 'centre', 'unit', 'host'],
        [
          ['agency', 'oversees', 'unit'],
          ['centre', 'part-of', 'agency'],
          ['agency', 'hosted-by', 'host'],
          ['agency', 'part-of', 'host'],
        ],
      );
      expect(subordinates(graph, 'agency')).toEqual([
        { id: 'centre', edge: 'relations/1', type: 'part-of', depth: 1 },
        { id: 'unit', edge: 'relations/0', type: 'oversees', depth: 1 },
      ]);
    });

    it('lists a body linked by two relations once per relation', () => {
      const graph = graphOf(
        ['a', 'b'],
        [
          ['a', 'responsible-for', 'b'],
          ['a', 'oversees', 'b'],
        ],
      );
      expect(subordinates(graph, 'a')).toEqual([
        { id: 'b', edge: 'relations/0', type: 'responsible-for', depth: 1 },
        { id: 'b', edge: 'relations/1', type: 'oversees', depth: 1 },
      ]);
    });

    it('returns nothing for a body at the bottom', () => {
      const graph = graphOf(['a', 'b'], [['a', 'oversees', 'b']]);
      expect(subordinates(graph, 'b')).toEqual([]);
    });
  });

  describe('transitive', () => {
    it('walks down level by level, ordered by depth then model order', () => {
      const graph = graphOf(
        ['top', 'deep', 'mid-b', 'mid-a', 'leaf'],
        [
          ['top', 'oversees', 'mid-a'],
          ['top', 'oversees', 'mid-b'],
          ['deep', 'part-of', 'mid-a'],
          ['leaf', 'part-of', 'mid-b'],
        ],
      );
      expect(subordinates(graph, 'top', { transitive: true })).toEqual([
        { id: 'mid-b', edge: 'relations/1', type: 'oversees', depth: 1 },
        { id: 'mid-a', edge: 'relations/0', type: 'oversees', depth: 1 },
        { id: 'deep', edge: 'relations/2', type: 'part-of', depth: 2 },
        { id: 'leaf', edge: 'relations/3', type: 'part-of', depth: 2 },
      ]);
    });

    it('lists a body reached twice once, at its shallowest depth', () => {
      const graph = graphOf(
        ['top', 'left', 'right', 'bottom'],
        [
          ['top', 'oversees', 'left'],
          ['top', 'oversees', 'right'],
          ['left', 'oversees', 'right'],
          ['right', 'oversees', 'bottom'],
          ['left', 'oversees', 'bottom'],
        ],
      );
      expect(subordinates(graph, 'top', { transitive: true })).toEqual([
        { id: 'left', edge: 'relations/0', type: 'oversees', depth: 1 },
        { id: 'right', edge: 'relations/1', type: 'oversees', depth: 1 },
        { id: 'bottom', edge: 'relations/4', type: 'oversees', depth: 2 },
      ]);
    });

    it('stops at a loop of command without listing the body itself', () => {
      const graph = graphOf(
        ['a', 'b', 'c'],
        [
          ['a', 'oversees', 'b'],
          ['b', 'oversees', 'c'],
          ['c', 'oversees', 'a'],
        ],
      );
      expect(subordinates(graph, 'a', { transitive: true })).toEqual([
        { id: 'b', edge: 'relations/0', type: 'oversees', depth: 1 },
        { id: 'c', edge: 'relations/1', type: 'oversees', depth: 2 },
      ]);
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query', () => {
      expect(() => subordinates(graphOf(['a']), 'nope')).toThrow(new Error('subordinates: no entity "nope"'));
    });
  });
});
