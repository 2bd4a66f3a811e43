import { describe, expect, it } from 'vitest';
import { BUILTIN_KINDS } from '../../model/kinds.js';
import type { GraphView, ViewNode } from '../../src/view/graph-view.js';
import { nextInDirection } from '../../src/view/keyboard-navigation.js';

function node(id: string, kind = 'body'): ViewNode {
  return { id, name: id, kind, lines: [id], title: id, width: 176, height: 40, x: 0, y: 0 };
}

/**
 * Two tops, `council` and `assembly`; under the council `a`, `b`, `c`, and under `a` its one
 * subordinate `a1`. Outside the chain: two organisations, `eu` and `un`, a state in the same
 * family (`norway`), and a policy in a family of its own.
 */
const view: GraphView = {
  nodes: [
    node('council'),
    node('assembly'),
    node('a', 'committee'),
    node('b', 'committee'),
    node('c', 'agency'),
    node('a1', 'centre'),
    node('eu', 'organisation'),
    node('policy', 'policy'),
    node('norway', 'state'),
    node('un', 'organisation'),
  ],
  edges: [],
  parent: new Map([
    ['a', 'council'],
    ['b', 'council'],
    ['c', 'council'],
    ['a1', 'a'],
  ]),
  children: new Map([
    ['', ['council', 'assembly']],
    ['council', ['a', 'b', 'c']],
    ['a', ['a1']],
  ]),
  direction: 'TB',
  kinds: BUILTIN_KINDS,
};

describe('nextInDirection', () => {
  describe('in the chain of command', () => {
    it('goes up to the superior the body hangs from', () => {
      expect(nextInDirection(view, 'a1', 'up')).toBe('a');
      expect(nextInDirection(view, 'b', 'up')).toBe('council');
    });

    it('finds nothing up from a top', () => {
      expect(nextInDirection(view, 'council', 'up')).toBeNull();
    });

    it('goes down to the first subordinate', () => {
      expect(nextInDirection(view, 'council', 'down')).toBe('a');
      expect(nextInDirection(view, 'a', 'down')).toBe('a1');
    });

    it('finds nothing down from a body without subordinates', () => {
      expect(nextInDirection(view, 'b', 'down')).toBeNull();
    });

    it('moves to the next and previous body under the same superior, in drawing order', () => {
      expect(nextInDirection(view, 'a', 'next')).toBe('b');
      expect(nextInDirection(view, 'b', 'next')).toBe('c');
      expect(nextInDirection(view, 'c', 'previous')).toBe('b');
    });

    it('stops at either end of the row of siblings', () => {
      expect(nextInDirection(view, 'a', 'previous')).toBeNull();
      expect(nextInDirection(view, 'c', 'next')).toBeNull();
    });

    it('finds no sibling for an only subordinate', () => {
      expect(nextInDirection(view, 'a1', 'next')).toBeNull();
      expect(nextInDirection(view, 'a1', 'previous')).toBeNull();
    });

    it('moves between the tops as siblings', () => {
      expect(nextInDirection(view, 'council', 'next')).toBe('assembly');
      expect(nextInDirection(view, 'assembly', 'previous')).toBe('council');
    });
  });

  describe('outside the chain of command', () => {
    it('moves within the family of kinds, in drawing order, skipping other families', () => {
      expect(nextInDirection(view, 'eu', 'next')).toBe('norway');
      expect(nextInDirection(view, 'norway', 'next')).toBe('un');
      expect(nextInDirection(view, 'un', 'previous')).toBe('norway');
    });

    it('stops at either end of the family', () => {
      expect(nextInDirection(view, 'eu', 'previous')).toBeNull();
      expect(nextInDirection(view, 'un', 'next')).toBeNull();
      expect(nextInDirection(view, 'policy', 'next')).toBeNull();
    });

    it('goes neither up nor down', () => {
      expect(nextInDirection(view, 'eu', 'up')).toBeNull();
      expect(nextInDirection(view, 'eu', 'down')).toBeNull();
    });
  });

  it('finds nothing from a body that is not drawn', () => {
    expect(nextInDirection(view, 'nobody', 'next')).toBeNull();
  });
});
