import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, kindFamily, kindLabel, kindRank } from '../../model/kinds.js';
import { BUILTIN_RELATION_TYPES, relationTypeLabel } from '../../model/relation-types.js';

describe('kinds', () => {
  it('names a known kind by its label and lists it in its family', () => {
    expect(kindLabel('team')).toBe('Team or capability');
    expect(kindFamily('team')).toBe('Agencies and centres');
  });

  it("shows an organisation's own kind as written, capitalised, in the family Other", () => {
    expect(kindLabel('directorate')).toBe('Directorate');
    expect(kindFamily('directorate')).toBe('Other');
    expect(kindLabel('')).toBe('Other');
  });

  it('does not take names from Object.prototype for kinds such as "constructor"', () => {
    expect(kindLabel('constructor')).toBe('Constructor');
    expect(kindFamily('toString')).toBe('Other');
  });

  it('ranks known kinds in their order of listing and unknown kinds after all of them', () => {
    const known = Object.keys(ENTITY_KINDS);
    expect(kindRank(known[0]!)).toBe(0);
    expect(kindRank('group')).toBe(known.length - 1);
    expect(kindRank('directorate')).toBe(known.length);
  });
});

describe('relationTypeLabel', () => {
  it("capitalises the definition's label, so that legend and tooltips use one wording", () => {
    expect(relationTypeLabel('part-of', BUILTIN_RELATION_TYPES['part-of'])).toBe('Is part of');
    expect(relationTypeLabel('advises', { label: 'advises', chainOfCommand: false })).toBe('Advises');
  });

  it('falls back on the type itself when the model does not define it', () => {
    expect(relationTypeLabel('reports-to', undefined)).toBe('Reports-to');
  });
});
