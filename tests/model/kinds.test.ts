import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  familyLabel,
  IMPORTED_KIND,
  KIND_FAMILIES,
  kindFamily,
  kindInChain,
  kindLabel,
  kindRank,
  kindTable,
} from '../../model/kinds.js';
import { BUILTIN_RELATION_TYPES, relationTypeLabel } from '../../model/relation-types.js';

describe('kinds', () => {
  it('names a known kind by its label and lists it in its family', () => {
    expect(kindLabel('team')).toBe('Team or capability');
    expect(kindFamily('team')).toBe('operational');
    expect(familyLabel('operational')).toBe('Centres and teams');
  });

  it('has about six built-in families', () => {
    expect(Object.keys(KIND_FAMILIES).length).toBeLessThanOrEqual(7);
  });

  it("shows an organisation's own kind as written, capitalised, in a family of its own", () => {
    expect(kindLabel('directorate')).toBe('Directorate');
    expect(kindFamily('directorate')).toBe('directorate');
    expect(familyLabel('directorate')).toBe('Directorate');
    expect(kindLabel('')).toBe('Other');
  });

  it('does not take names from Object.prototype for kinds such as "constructor"', () => {
    expect(kindLabel('constructor')).toBe('Constructor');
    expect(kindFamily('toString')).toBe('toString');
    const table = kindTable(JSON.parse('{"__proto__": { "label": "Proto", "family": "constructor" }}'), [
      'hasOwnProperty',
    ]);
    expect(kindLabel('__proto__', table)).toBe('Proto');
    expect(kindLabel('hasOwnProperty', table)).toBe('HasOwnProperty');
    expect(familyLabel('constructor', table)).toBe('constructor');
  });

  it("takes a model's declarations: labels, built-in or own families, and redefined built-in kinds", () => {
    const table = kindTable(
      {
        directorate: { label: 'Directorate', family: 'executive' },
        region: { label: 'Regional office', family: 'Regional offices' },
        team: { label: 'Squad', family: 'military' },
      },
      ['directorate', 'region', 'team', 'unit'],
    );
    expect([kindLabel('directorate', table), kindFamily('directorate', table)]).toEqual(['Directorate', 'executive']);
    expect([kindLabel('region', table), kindFamily('region', table)]).toEqual(['Regional office', 'Regional offices']);
    expect(familyLabel('Regional offices', table)).toBe('Regional offices');
    expect([kindLabel('team', table), kindFamily('team', table)]).toEqual(['Squad', 'military']);
    expect([kindLabel('unit', table), kindFamily('unit', table)]).toEqual(['Unit', 'unit']);
  });

  it('keeps documents and exercises out of the chain of command, and a kind in the document family too', () => {
    expect(['policy', 'statement', 'exercise'].map((k) => kindInChain(k))).toEqual([false, false, false]);
    expect(['committee', 'agency', 'organisation', 'directorate'].map((k) => kindInChain(k))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const table = kindTable({ memo: { label: 'Memo', family: 'document' } });
    expect(kindInChain('memo', table)).toBe(false);
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

describe('the kind of a body read from a file that names none', () => {
  it('is a family of its own, not one of the political bodies', () => {
    const table = kindTable(undefined, [IMPORTED_KIND]);
    expect(kindFamily(IMPORTED_KIND, table)).not.toBe('political');
    expect(familyLabel(kindFamily(IMPORTED_KIND, table), table)).toBe('Position');
  });
});
