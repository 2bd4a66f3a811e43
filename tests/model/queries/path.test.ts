import { describe, expect, it } from 'vitest';
import { findPath } from '../../../model/queries/path.js';
import { graphOf } from './graph-of.js';

const nato = graphOf(
  [
    { id: 'nac', name: 'North Atlantic Council', acronym: 'NAC', kind: 'committee' },
    { id: 'ncia', name: 'NATO Communications and Information Agency', acronym: 'NCI Agency', kind: 'agency' },
    { id: 'ncirc-tc', name: 'NCIRC Technical Centre', kind: 'centre' },
    { id: 'cio', name: 'Chief Information Officer', acronym: 'CIO', kind: 'role' },
    { id: 'shape', name: 'SHAPE', kind: 'command' },
    { id: 'belgium', name: 'Belgium', kind: 'state' },
    { id: 'eu', name: 'European Union', acronym: 'EU', kind: 'organisation' },
  ],
  [
    ['ncirc-tc', 'part-of', 'ncia'],
    ['cio', 'responsible-for', 'ncia'],
    ['nac', 'oversees', 'cio'],
    ['ncirc-tc', 'hosted-by', 'shape'],
    ['shape', 'hosted-by', 'belgium'],
  ],
);

describe('findPath', () => {
  describe('along the chain of command', () => {
    it('reads each relation from the side it is walked from', () => {
      expect(findPath(nato, 'ncirc-tc', 'nac')).toEqual({
        nodes: ['ncirc-tc', 'ncia', 'cio', 'nac'],
        edges: ['relations/0', 'relations/1', 'relations/2'],
        sentence:
          'The NCIRC Technical Centre is part of the NATO Communications and Information Agency (NCI Agency), ' +
          'which is the responsibility of the Chief Information Officer (CIO), who is overseen by the North Atlantic Council (NAC).',
      });
    });

    it('reads the same path the other way with the other labels', () => {
      expect(findPath(nato, 'nac', 'ncirc-tc')?.sentence).toBe(
        'The North Atlantic Council (NAC) oversees the Chief Information Officer (CIO), who is responsible for ' +
          'the NATO Communications and Information Agency (NCI Agency), which includes the NCIRC Technical Centre.',
      );
    });
  });

  describe('through states and one-word names', () => {
    it('leaves out "the" before them', () => {
      expect(findPath(nato, 'ncirc-tc', 'belgium')?.sentence).toBe(
        'The NCIRC Technical Centre is hosted by SHAPE, which is hosted by Belgium.',
      );
      expect(findPath(nato, 'belgium', 'shape')?.sentence).toBe('Belgium hosts SHAPE.');
    });
  });

  describe('with a shorter way outside the chain of command', () => {
    const graph = graphOf(
      ['a', 'middle', 'b'],
      [
        ['a', 'part-of', 'middle'],
        ['b', 'oversees', 'middle'],
        ['a', 'cooperates-with', 'b'],
      ],
    );

    it('takes the fewest steps', () => {
      expect(findPath(graph, 'a', 'b')).toEqual({
        nodes: ['a', 'b'],
        edges: ['relations/2'],
        sentence: 'The a cooperates with the b.',
      });
    });

    it('keeps to the chain of command when asked', () => {
      expect(findPath(graph, 'a', 'b', { chainOnly: true })?.edges).toEqual(['relations/0', 'relations/1']);
    });
  });

  describe('with a way one step shorter through an inferred line', () => {
    const graph = graphOf(
      ['centre', 'agency', 'alliance', 'council', 'officer'],
      [
        ['centre', 'part-of', 'agency'],
        ['agency', 'part-of', 'alliance'],
        ['council', 'part-of', 'alliance'],
        ['officer', 'responsible-for', 'centre', { basis: 'inferred', note: 'read from the source' }],
        ['council', 'oversees', 'officer'],
      ],
    );

    it('takes the way the source states, an inferred line counting as two steps', () => {
      expect(findPath(graph, 'centre', 'council')?.nodes).toEqual(['centre', 'agency', 'alliance', 'council']);
    });

    it('says "(inferred)" after a line it takes that a reader inferred', () => {
      expect(findPath(graph, 'centre', 'officer')?.sentence).toBe(
        'The centre is the responsibility of the officer (inferred).',
      );
    });
  });

  describe('with two shortest ways', () => {
    it('prefers the one inside the chain of command, even when listed later', () => {
      const graph = graphOf(
        ['a', 'host', 'parent', 'b'],
        [
          ['a', 'hosted-by', 'host'],
          ['host', 'supports', 'b'],
          ['a', 'part-of', 'parent'],
          ['parent', 'part-of', 'b'],
        ],
      );
      expect(findPath(graph, 'a', 'b')?.nodes).toEqual(['a', 'parent', 'b']);
    });

    it('otherwise goes through the body earlier in the model', () => {
      const graph = graphOf(
        ['a', 'second', 'first', 'b'],
        [
          ['a', 'part-of', 'first'],
          ['first', 'part-of', 'b'],
          ['a', 'part-of', 'second'],
          ['second', 'part-of', 'b'],
        ],
      );
      expect(findPath(graph, 'a', 'b')?.nodes).toEqual(['a', 'second', 'b']);
    });
  });

  describe('between unconnected bodies', () => {
    it('returns null', () => {
      expect(findPath(nato, 'eu', 'nac')).toBeNull();
    });

    it('returns null when only relations outside the chain join them and chainOnly is set', () => {
      expect(findPath(nato, 'ncirc-tc', 'belgium', { chainOnly: true })).toBeNull();
    });
  });

  describe('from a body to itself', () => {
    it('returns the body alone', () => {
      expect(findPath(nato, 'cio', 'cio')).toEqual({ nodes: ['cio'], edges: [], sentence: 'That is the same body.' });
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query, for either end', () => {
      expect(() => findPath(nato, 'nope', 'nac')).toThrow(new Error('findPath: no entity "nope"'));
      expect(() => findPath(nato, 'nac', 'nope')).toThrow(new Error('findPath: no entity "nope"'));
    });
  });
});
