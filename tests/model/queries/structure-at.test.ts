import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../model/graph.js';
import {
  changesBetween,
  changesInYear,
  changeYears,
  dateRange,
  structureAt,
} from '../../../model/queries/structure-at.js';
import { graphOf } from './graph-of.js';

const graph = graphOf(
  [
    'nato',
    { id: 'old-agency', until: '2014-04' },
    { id: 'ncia', since: '2014-04' },
    { id: 'ncirc-tc', since: '2012' },
    { id: 'ccdcoe', since: '2008-05' },
    { id: 'nicp', since: '2014-09' },
  ],
  [
    ['old-agency', 'renamed-to', 'ncia'],
    ['ncirc-tc', 'part-of', 'old-agency'],
    ['ncirc-tc', 'part-of', 'ncia'],
    ['nato', 'oversees', 'old-agency'],
    ['nato', 'oversees', 'ncia'],
    ['nato', 'cooperates-with', 'ccdcoe', { since: '2015-06' }],
    ['nicp', 'cooperates-with', 'nato'],
  ],
);

describe('structureAt', () => {
  describe('at a year', () => {
    it('shows a body established during the year and not one renamed during it', () => {
      const at2014 = structureAt(graph, 2014);
      expect(at2014.nodes()).toEqual(['nato', 'ncia', 'ncirc-tc', 'ccdcoe', 'nicp']);
      expect(at2014.edges()).toEqual(['relations/2', 'relations/4', 'relations/6']);
    });

    it('shows the year before as it stood at its end', () => {
      const at2013 = structureAt(graph, 2013);
      expect(at2013.nodes()).toEqual(['nato', 'old-agency', 'ncirc-tc', 'ccdcoe']);
      expect(at2013.edges()).toEqual(['relations/1', 'relations/3']);
    });
  });

  describe('at a month', () => {
    it('shows the body renamed the month after', () => {
      const atMarch = structureAt(graph, '2014-03');
      expect(atMarch.hasNode('old-agency')).toBe(true);
      expect(atMarch.hasNode('ncia')).toBe(false);
    });
  });

  describe('for the new graph', () => {
    it('keeps the attributes and edge ends and leaves the original alone', () => {
      const at2016 = structureAt(graph, 2016);
      expect(at2016.getAttribute('title')).toBe('test');
      expect(at2016.getNodeAttributes('ncia')).toEqual(graph.getNodeAttributes('ncia'));
      expect(at2016.getEdgeAttributes('relations/5')).toEqual(graph.getEdgeAttributes('relations/5'));
      expect(at2016.extremities('relations/6')).toEqual(['nicp', 'nato']);
      expect(graph.order).toBe(6);
      expect(graph.size).toBe(7);
    });
  });

  describe('with a malformed date', () => {
    it('throws naming the query', () => {
      expect(() => structureAt(graph, 'soon')).toThrow(
        new Error('structureAt: "soon" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'),
      );
    });
  });
});

describe('dateRange', () => {
  it('reaches out to the period the model declares', () => {
    const graph = buildGraph({
      title: 't',
      period: { from: '2002', to: '2023-04' },
      entities: [{ id: 'a', name: 'A', kind: 'body', since: '2008' }],
      relations: [],
    });
    expect(dateRange(graph)).toEqual({ first: 2002, last: 2023 });
  });

  it('spans the years of every since and until', () => {
    expect(dateRange(graph)).toEqual({ first: 2008, last: 2015 });
  });

  it('is null for an undated model', () => {
    expect(dateRange(graphOf(['a', 'b'], [['a', 'oversees', 'b']]))).toBeNull();
  });
});

describe('changesBetween', () => {
  describe('across a rename', () => {
    it('lists additions and removals by date, bodies first, with their cause', () => {
      expect(changesBetween(graph, 2013, 2014)).toEqual({
        added: [
          { kind: 'entity', id: 'ncia', date: '2014-04' },
          { kind: 'relation', id: 'relations/2', date: '2014-04' },
          { kind: 'relation', id: 'relations/4', date: '2014-04' },
          { kind: 'entity', id: 'nicp', date: '2014-09' },
          { kind: 'relation', id: 'relations/6', date: '2014-09' },
        ],
        removed: [
          { kind: 'entity', id: 'old-agency', date: '2014-04' },
          { kind: 'relation', id: 'relations/1', date: '2014-04' },
          { kind: 'relation', id: 'relations/3', date: '2014-04' },
        ],
        renamed: [{ from: 'old-agency', to: 'ncia', edge: 'relations/0', date: '2014-04' }],
      });
    });

    it('reports the rename only in the span that contains it', () => {
      expect(changesBetween(graph, 2014, 2020).renamed).toEqual([]);
      expect(changesBetween(graph, '2014-03', '2014-04').renamed).toHaveLength(1);
    });
  });

  describe('with a rename dated on the relation itself', () => {
    it('takes the relation date', () => {
      const renamed = graphOf(['old', 'new'], [['old', 'renamed-to', 'new', { since: '2016-01' }]]);
      expect(changesBetween(renamed, 2015, 2016).renamed).toEqual([
        { from: 'old', to: 'new', edge: 'relations/0', date: '2016-01' },
      ]);
      expect(changesBetween(renamed, 2016, 2017).renamed).toEqual([]);
    });
  });

  describe('over a span with no dates in it', () => {
    it('returns empty lists', () => {
      expect(changesBetween(graph, 2016, 2020)).toEqual({ added: [], removed: [], renamed: [] });
    });
  });

  describe('with the dates the wrong way round', () => {
    it('throws naming the query', () => {
      expect(() => changesBetween(graph, 2014, 2013)).toThrow(
        new Error('changesBetween: "to" (2013) comes before "from" (2014)'),
      );
    });
  });
});

describe('changesInYear', () => {
  it('compares the end of the year with the end of the year before', () => {
    expect(changesInYear(graph, 2014)).toEqual(changesBetween(graph, 2013, 2014));
    expect(changesInYear(graph, 2015)).toEqual({
      added: [{ kind: 'relation', id: 'relations/5', date: '2015-06' }],
      removed: [],
      renamed: [],
    });
  });
});

describe('changeYears', () => {
  it('lists the years in which anything appeared, ended or was renamed, and no other', () => {
    expect(changeYears(graph)).toEqual([2008, 2012, 2014, 2015]);
  });

  it('is empty for a model without dates', () => {
    expect(changeYears(graphOf(['a', 'b'], [['a', 'oversees', 'b']]))).toEqual([]);
  });
});
