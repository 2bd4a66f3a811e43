import { describe, expect, it } from 'vitest';
import { cooperationPartners, relationsOf } from '../../../model/queries/relations-of.js';
import { graphOf } from './graph-of.js';

const graph = graphOf(
  ['nato', 'eu', 'industry', 'ncia', 'ncirc'],
  [
    ['ncirc', 'part-of', 'ncia'],
    ['nato', 'cooperates-with', 'eu'],
    ['ncia', 'hosted-by', 'nato'],
    ['industry', 'cooperates-with', 'nato', { id: 'nicp' }],
    ['nato', 'oversees', 'ncia'],
  ],
);

describe('cooperationPartners', () => {
  describe('with symmetric cooperation authored from either end', () => {
    it('lists both partners in model order', () => {
      expect(cooperationPartners(graph, 'nato')).toEqual([
        { id: 'eu', edge: 'relations/1', type: 'cooperates-with' },
        { id: 'industry', edge: 'nicp', type: 'cooperates-with' },
      ]);
      expect(cooperationPartners(graph, 'eu')).toEqual([{ id: 'nato', edge: 'relations/1', type: 'cooperates-with' }]);
    });
  });

  describe('with only non-symmetric or chain relations', () => {
    it('returns nothing', () => {
      expect(cooperationPartners(graph, 'ncia')).toEqual([]);
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query', () => {
      expect(() => cooperationPartners(graph, 'nope')).toThrow(new Error('cooperationPartners: no entity "nope"'));
    });
  });
});

describe('relationsOf', () => {
  describe('for a body at both ends of relations', () => {
    it('lists every relation in model order, labelled from the body side', () => {
      expect(relationsOf(graph, 'ncia')).toEqual([
        {
          edge: 'relations/0',
          type: 'part-of',
          other: 'ncirc',
          direction: 'in',
          label: 'includes',
          chainOfCommand: true,
        },
        {
          edge: 'relations/2',
          type: 'hosted-by',
          other: 'nato',
          direction: 'out',
          label: 'is hosted by',
          chainOfCommand: false,
        },
        {
          edge: 'relations/4',
          type: 'oversees',
          other: 'nato',
          direction: 'in',
          label: 'is overseen by',
          chainOfCommand: true,
        },
      ]);
    });
  });

  describe('with a declared type that has no inverse label', () => {
    it('reads the label from both sides', () => {
      const declared = graphOf(['a', 'b'], [['a', 'advises', 'b']], {
        advises: { label: 'advises', chainOfCommand: false },
      });
      expect(relationsOf(declared, 'b')).toEqual([
        { edge: 'relations/0', type: 'advises', other: 'a', direction: 'in', label: 'advises', chainOfCommand: false },
      ]);
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query', () => {
      expect(() => relationsOf(graph, 'nope')).toThrow(new Error('relationsOf: no entity "nope"'));
    });
  });
});
