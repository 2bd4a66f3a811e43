import { describe, expect, it } from 'vitest';
import { displayName } from '../../../model/queries/display-name.js';
import { graphOf } from './graph-of.js';

const graph = graphOf([
  { id: 'ndc', name: 'NATO Defense College', acronym: 'NDC', kind: 'college' },
  { id: 'nato', name: 'NATO', acronym: 'NATO', kind: 'organisation' },
  { id: 'alliance', name: 'the Alliance', kind: 'organisation' },
  { id: 'estonia', name: 'Estonia', kind: 'state' },
  { id: 'ncirc', name: 'NATO Computer Incident Response Capability', acronym: 'NCIRC', kind: 'team' },
  { id: 'ncirc-tc', name: 'NCIRC Technical Centre', acronym: 'NCIRC', kind: 'centre' },
]);

describe('displayName', () => {
  describe('for a body', () => {
    it('puts "the" before the name and the acronym after it', () => {
      expect(displayName(graph, 'ndc')).toBe('the NATO Defense College (NDC)');
      expect(displayName(graph, 'ncirc')).toBe('the NATO Computer Incident Response Capability (NCIRC)');
    });

    it('capitalises "the" at the start of a sentence', () => {
      expect(displayName(graph, 'ndc', { start: true })).toBe('The NATO Defense College (NDC)');
    });

    it('leaves out an acronym already written in the name', () => {
      expect(displayName(graph, 'ncirc-tc')).toBe('the NCIRC Technical Centre');
    });
  });

  describe('for a proper name', () => {
    it('adds no article to a state or a one-word capitalised name', () => {
      expect(displayName(graph, 'estonia')).toBe('Estonia');
      expect(displayName(graph, 'nato')).toBe('NATO');
    });

    it('keeps an article the name already has, capitalised at the start', () => {
      expect(displayName(graph, 'alliance')).toBe('the Alliance');
      expect(displayName(graph, 'alliance', { start: true })).toBe('The Alliance');
    });
  });

  describe('with an unknown id', () => {
    it('throws naming the query', () => {
      expect(() => displayName(graph, 'nope')).toThrow(new Error('displayName: no entity "nope"'));
    });
  });
});
