import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../model/load.js';
import { search } from '../../../model/queries/search.js';
import { graphOf } from './graph-of.js';

const graph = graphOf([
  { id: 'ncirc-tc', name: 'NCIRC Technical Centre', acronym: 'NCIRC TC', location: 'Mons, Belgium' },
  { id: 'ncirc', name: 'NATO Computer Incident Response Capability', acronym: 'NCIRC', location: 'Mons' },
  { id: 'cio', name: 'Chief Information Officer', acronym: 'CIO', kind: 'role' },
  { id: 'ndc', name: 'NATO Defense College', acronym: 'NDC', location: 'Rome' },
  { id: 'ccdcoe', name: 'Cooperative Cyber Defence Centre of Excellence', acronym: 'CCDCOE', location: 'Tallinn' },
  { id: 'minarm', name: 'Ministère de la Défense', kind: 'state' },
  { id: 'nato', name: 'NATO', acronym: 'NATO' },
  { id: 'pledge', name: 'Cyber Defence Pledge', kind: 'pledge' },
  { id: 'range', name: 'NATO’s Cyber Range' },
]);

const ids = (query: string, options?: { limit?: number }): string[] => search(graph, query, options).map((h) => h.id);

describe('search', () => {
  describe('by acronym', () => {
    it('ranks the exact acronym before acronyms that start with it', () => {
      expect(search(graph, 'NCIRC')).toEqual([
        { id: 'ncirc', score: 100, field: 'acronym' },
        { id: 'ncirc-tc', score: 80, field: 'acronym' },
      ]);
    });

    it('finds a role by its acronym in lower case', () => {
      expect(search(graph, 'cio')).toEqual([{ id: 'cio', score: 100, field: 'acronym' }]);
    });
  });

  describe('by name', () => {
    it('ranks an exact acronym, then names that start with the query, shorter names first', () => {
      expect(search(graph, 'nato')).toEqual([
        { id: 'nato', score: 100, field: 'acronym' },
        { id: 'range', score: 70, field: 'name' },
        { id: 'ndc', score: 70, field: 'name' },
        { id: 'ncirc', score: 70, field: 'name' },
      ]);
    });

    it('ranks an exact name above names that merely contain the words', () => {
      expect(ids('cyber defence pledge')).toEqual(['pledge']);
      expect(search(graph, 'Cyber Defence Pledge')[0]).toEqual({ id: 'pledge', score: 90, field: 'name' });
      expect(search(graph, 'cyber')).toEqual([
        { id: 'pledge', score: 70, field: 'name' },
        { id: 'range', score: 60, field: 'name' },
        { id: 'ccdcoe', score: 60, field: 'name' },
      ]);
    });

    it('matches words in any order when each starts a word of the name', () => {
      expect(search(graph, 'coll def')).toEqual([{ id: 'ndc', score: 60, field: 'name' }]);
    });

    it('falls back to a substring inside a word', () => {
      expect(search(graph, 'formation')).toEqual([{ id: 'cio', score: 25, field: 'name' }]);
    });

    it('offers a match inside a word only when nothing matches at the start of one', () => {
      // "ci" starts no word of the CCDCOE, but is inside its acronym; the CIO's acronym starts with it.
      expect(ids('ci')).toEqual(['cio']);
      expect(ids('dcoe')).toEqual(['ccdcoe']);
    });
  });

  describe('with accents, case and apostrophes', () => {
    it('treats "Défense" and "defense" alike, in either direction', () => {
      // The spelling typed first, then the British one.
      const expected = ['ndc', 'minarm', 'pledge', 'ccdcoe'];
      expect(ids('Défense')).toEqual(expected);
      expect(ids('DEFENSE')).toEqual(expected);
      expect(search(graph, 'ministere de la defense')).toEqual([{ id: 'minarm', score: 90, field: 'name' }]);
    });

    it('matches a typed apostrophe to a typographic one', () => {
      expect(ids("nato's")).toEqual(['range']);
    });
  });

  describe('with British and American spellings', () => {
    it('finds the NATO Defense College when asked for the defence college', () => {
      expect(search(graph, 'defence college')).toEqual([{ id: 'ndc', score: 45, field: 'name' }]);
    });

    it('finds "Centre" when asked for "center"', () => {
      expect(ids('cyber defense center')).toEqual(['ccdcoe']);
    });

    it('keeps matching a British word while it is being typed', () => {
      expect(ids('defenc')).toEqual(['pledge', 'ccdcoe']);
    });
  });

  describe('by id and location', () => {
    it('finds an id', () => {
      expect(search(graph, 'minarm')).toEqual([{ id: 'minarm', score: 85, field: 'id' }]);
    });

    it('ranks bodies located at the place, shorter names first', () => {
      expect(search(graph, 'mons')).toEqual([
        { id: 'ncirc-tc', score: 30, field: 'location' },
        { id: 'ncirc', score: 30, field: 'location' },
      ]);
    });
  });

  describe('with a limit', () => {
    it('keeps the best results', () => {
      expect(ids('defense', { limit: 2 })).toEqual(['ndc', 'minarm']);
      expect(ids('defense', { limit: 0 })).toEqual([]);
    });
  });

  describe('with a blank query', () => {
    it('finds nothing', () => {
      expect(search(graph, '')).toEqual([]);
      expect(search(graph, '   ')).toEqual([]);
      expect(search(graph, ' -- ')).toEqual([]);
    });
  });

  describe('with letters that do not decompose', () => {
    // Ids that share no word with the names, so that only the names can match.
    const places = graphOf([
      { id: 'university', name: 'Łódź University of Technology' },
      { id: 'office', name: 'Office at the Hauptstraße' },
      { id: 'institute', name: 'Ørsted Institute' },
      { id: 'working-group', name: 'Æsir Working Group' },
      { id: 'city', name: 'Đà Nẵng City Office' },
      { id: 'charity', name: 'Œuvre Sociale' },
      { id: 'council', name: 'Þingvellir Council' },
    ]);
    const found = (query: string) => search(places, query).map((h) => h.id);

    it.each([
      ['lodz', 'university'],
      ['strasse', 'office'],
      ['orsted', 'institute'],
      ['aesir', 'working-group'],
      ['da nang', 'city'],
      ['oeuvre', 'charity'],
      ['thingvellir', 'council'],
    ])('finds "%s" as typed on a plain keyboard', (query, id) => {
      expect(found(query)).toEqual([id]);
    });
  });

  describe('with hyphens inside words', () => {
    const hyphens = graphOf([{ id: 'osce', name: 'Organization for Security and Co-operation in Europe' }]);

    it('finds a hyphenated word typed whole, and a whole word typed hyphenated', () => {
      expect(search(hyphens, 'cooperation').map((h) => h.id)).toEqual(['osce']);
      expect(search(hyphens, 'co-operation').map((h) => h.id)).toEqual(['osce']);
      expect(search(graph, 'co-operative').map((h) => h.id)).toEqual(['ccdcoe']);
      // Each part still starts a word.
      expect(search(hyphens, 'operation').map((h) => h.id)).toEqual(['osce']);
    });
  });

  describe('in the NATO cyber-defence model', () => {
    const text = readFileSync(new URL('../../../model/nato-cyber-defence.json', import.meta.url), 'utf8');
    const result = loadModel(text, { file: 'nato-cyber-defence.json' });
    if (!result.ok) throw new Error('the NATO model does not load');
    const nato = result.graph;
    const names = (query: string) => search(nato, query).map((h) => h.id);

    it('offers the CIO for "cio", and no document that says "malicious"', () => {
      const found = names('cio');
      expect(found[0]).toBe('chief-information-officer');
      expect(found.filter((id) => /malicious/i.test(nato.getNodeAttribute(id, 'name')))).toEqual([]);
    });

    it('puts the NATO Defense College first for "Defense"', () => {
      expect(names('Defense')[0]).toBe('nato-defense-college');
    });

    it('finds the OSCE\'s "Co-operation" for "cooperation"', () => {
      expect(names('cooperation')).toContain('osce');
    });
  });
});
