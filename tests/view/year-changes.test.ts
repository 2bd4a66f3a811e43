import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model/load.js';
import nato from '../../model/nato-cyber-defence.json';
import { dateRange, structureAt } from '../../model/queries/structure-at.js';
import { changesHeading, countNewInYear, yearChanges } from '../../src/view/year-changes.js';
import { graphOf } from '../model/queries/graph-of.js';

// A renamed agency, a new centre with its line, a partner that left, and a relation that ended with its body.
const graph = graphOf(
  [
    'nato',
    { id: 'old-agency', until: '2014-04' },
    { id: 'ncia', name: 'NATO Communications and Information Agency', acronym: 'NCIA', since: '2014-04' },
    { id: 'centre', since: '2014-09' },
    { id: 'finland', until: '2030' },
    'partners',
    { id: 'retired', until: '2014' },
  ],
  [
    ['old-agency', 'renamed-to', 'ncia'],
    ['nato', 'oversees', 'ncia'],
    ['nato', 'oversees', 'centre'],
    ['finland', 'member-of', 'partners', { until: '2014' }],
    ['nato', 'cooperates-with', 'finland', { since: '2014-06' }],
    ['nato', 'oversees', 'retired'],
  ],
);

describe('yearChanges', () => {
  it('lists a rename once, new bodies, new relations by their own date, then what ended, ended relations included', () => {
    expect(yearChanges(graph, 2014).items).toEqual([
      'old-agency renamed NATO Communications and Information Agency',
      'New: centre',
      'nato cooperates with finland',
      'Ended: retired',
      'Ended: finland is a member of partners',
    ]);
  });

  it('returns every body and relation added for marking, those that follow a new body included', () => {
    const { addedBodies, addedRelations } = yearChanges(graph, 2014);
    expect([...addedBodies]).toEqual(['ncia', 'centre']);
    expect([...addedRelations].sort()).toEqual(['relations/1', 'relations/2', 'relations/4']);
  });

  it('is empty in a year without change', () => {
    expect(yearChanges(graph, 2016)).toEqual({ items: [], addedBodies: new Set(), addedRelations: new Set() });
  });
});

describe('changesHeading', () => {
  it('counts the changes of a year', () => {
    expect(changesHeading(6, 2014)).toBe('6 changes in 2014');
    expect(changesHeading(1, 2012)).toBe('1 change in 2012');
    expect(changesHeading(0, 2003)).toBe('No change recorded in 2003');
  });
});

describe('countNewInYear', () => {
  it('counts, from the year’s structure alone, as many as yearChanges adds from the whole NATO model, every year', () => {
    const loaded = loadModel(nato);
    if (!loaded.ok) throw new Error('the NATO model does not load');
    const whole = loaded.graph;
    const { first, last } = dateRange(whole)!;
    for (let year = first; year <= last; year++) {
      const { addedBodies, addedRelations } = yearChanges(whole, year);
      expect(countNewInYear(structureAt(whole, year), year), String(year)).toBe(addedBodies.size + addedRelations.size);
    }
  });
});
