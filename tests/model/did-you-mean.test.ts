import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../model/did-you-mean.js';

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('didYouMean', () => {
  it('suggests the same words spelled another way', () => {
    expect(didYouMean('NCI Agency', ids('nci-agency', 'nato'))).toBe('nci-agency');
  });

  it('suggests the entity whose acronym was written', () => {
    expect(didYouMean('NCIA', [{ id: 'nci-agency', acronym: 'NCIA' }, { id: 'nato' }])).toBe('nci-agency');
  });

  it('suggests the id whose words a short form abbreviates', () => {
    expect(didYouMean('ncirc-tc', ids('ncirc-technical-centre', 'ncirc-coordination-centre'))).toBe(
      'ncirc-technical-centre',
    );
  });

  it('suggests the nearest id within a typo or two', () => {
    expect(didYouMean('oversee', ids('oversees', 'supports'))).toBe('oversees');
    expect(didYouMean('agnecy', ids('agency', 'academy'))).toBe('agency');
  });

  it('suggests the only id that starts with the words given', () => {
    expect(didYouMean('cyber-defence', ids('cyber-defence-committee', 'nato'))).toBe('cyber-defence-committee');
  });

  it('suggests nothing when several ids fit a short form equally', () => {
    expect(didYouMean('nci', ids('nci-agency', 'nci-academy'))).toBeUndefined();
  });

  it('suggests nothing when nothing is close', () => {
    expect(didYouMean('zebra', ids('nato', 'council'))).toBeUndefined();
    expect(didYouMean('ab', ids('cd', 'ax'))).toBeUndefined();
  });

  it('suggests nothing for empty, blank or very long names', () => {
    expect(didYouMean('', ids('a'))).toBeUndefined();
    expect(didYouMean('  ', ids('a'))).toBeUndefined();
    expect(didYouMean('a'.repeat(101), ids('a'.repeat(100)))).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('since', 'sinse', 9)).toBe(1);
    expect(editDistance('since', 'sine', 9)).toBe(1);
    expect(editDistance('since', 'snice', 9)).toBe(1);
    expect(editDistance('kitten', 'sitting', 9)).toBe(3);
  });

  it('stops counting at the cap', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(2);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(3);
  });
});
