import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { DirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, queryDay, standsOn, startOf } from '../../model/dates.js';
import { buildGraph, chainEnds } from '../../model/graph.js';
import { relationTypeTable } from '../../model/relation-types.js';
import type { Entity, GovernanceModel, Relation } from '../../model/types.js';
import { checkEvidence } from '../../scripts/evidence.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const model = JSON.parse(readFileSync(resolve(REPO_ROOT, 'model/nato-cyber-defence.json'), 'utf8')) as GovernanceModel;
const schema = JSON.parse(readFileSync(resolve(REPO_ROOT, 'model/governance-model.schema.json'), 'utf8')) as object;
const sourcePath = process.env.GOV_SOURCE_TEXT || resolve(REPO_ROOT, '../shared/seed/nato-cyber-defence.txt');
const sourceText = readFileSync(sourcePath, 'utf8');

function entity(id: string): Entity {
  const found = model.entities.find((e) => e.id === id);
  if (!found) throw new Error(`nato-dataset test: no entity "${id}"`);
  return found;
}

function relationsBetween(source: string, target: string, type?: string): Relation[] {
  return model.relations.filter(
    (r) => r.source === source && r.target === target && (type === undefined || r.type === type),
  );
}

/** The chain-of-command lines of the model, each as superior → subordinate. */
function chainOfCommand(): Array<{ superior: string; subordinate: string }> {
  const graph = buildGraph(model);
  const lines: Array<{ superior: string; subordinate: string }> = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const ends = chainEnds(attributes, source, target);
    if (ends) lines.push(ends);
  });
  return lines;
}

describe('the NATO cyber defence dataset', () => {
  describe('as a document', () => {
    it('validates against the JSON Schema', () => {
      const validate = new Ajv({ allErrors: true }).compile(schema);
      const valid = validate(model);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it('cites the NATO topic page as of its last update', () => {
      expect(model.source).toEqual({
        title: 'Cyber defence',
        url: 'https://www.nato.int/cps/en/natohq/topics_78170.htm',
        date: '2023-04-04',
      });
    });

    it('gives every entity a unique id', () => {
      const ids = model.entities.map((e) => e.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it('links only entities that exist', () => {
      const ids = new Set(model.entities.map((e) => e.id));
      const dangling = model.relations
        .map((r, index) => ({ index, source: r.source, target: r.target }))
        .filter((r) => !ids.has(r.source) || !ids.has(r.target));
      expect(dangling).toEqual([]);
    });

    it('uses only built-in or declared relation types', () => {
      const types = relationTypeTable(model.relationTypes);
      const unknown = model.relations.filter((r) => !types.has(r.type)).map((r) => r.type);
      expect(unknown).toEqual([]);
    });

    it('gives every relation and every entity evidence', () => {
      const bareRelations = model.relations
        .map((r, index) => ({ index, evidence: r.evidence }))
        .filter((r) => r.evidence === undefined || r.evidence.trim() === '');
      const bareEntities = model.entities.filter((e) => (e.evidence ?? []).length === 0).map((e) => e.id);
      expect(bareRelations).toEqual([]);
      expect(bareEntities).toEqual([]);
    });

    it('quotes every piece of evidence exactly, within one line of the source page', () => {
      expect(checkEvidence(model, sourceText)).toEqual([]);
    });

    it('writes every date as a real partial date and ends each item after it starts', () => {
      const problems: string[] = [];
      const dated: Array<[string, { since?: string; until?: string }]> = [
        ...model.entities.map((e): [string, Entity] => [`entity ${e.id}`, e]),
        ...model.relations.map((r, index): [string, Relation] => [`relation ${index}`, r]),
      ];
      for (const [where, item] of dated) {
        for (const date of [item.since, item.until]) {
          if (date !== undefined && parsePartialDate(date) === null) problems.push(`${where}: ${date}`);
        }
        if (item.since !== undefined && item.until !== undefined && startOf(item.until) <= startOf(item.since)) {
          problems.push(`${where}: until ${item.until} is not after since ${item.since}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('keeps every relation when built into a graph', () => {
      expect(buildGraph(model).size).toBe(model.relations.length);
    });

    it('has no cycle in the chain of command', () => {
      const chain = new DirectedGraph();
      for (const { superior, subordinate } of chainOfCommand()) chain.mergeEdge(superior, subordinate);
      expect(chain.size).toBeGreaterThan(0);
      expect(hasCycle(chain)).toBe(false);
    });
  });

  describe('the facts the page states', () => {
    it('has the bodies other code and tests refer to by id', () => {
      const ids = new Set(model.entities.map((e) => e.id));
      const expected = [
        'north-atlantic-council',
        'cyber-defence-committee',
        'defence-policy-and-planning-committee-cyber-defence',
        'chief-information-officer',
        'nci-agency',
        'ncirc-technical-centre',
        'ncirc',
        'allied-command-transformation',
        'cyber-coalition-exercise',
        'european-union',
        'cert-eu',
        'ccd-coe',
        'cyberspace-operations-centre',
        'shape',
        'nato-military-authorities',
        'nato-consultation-command-and-control-board',
        'nato-industry-cyber-partnership',
      ];
      expect(expected.filter((id) => !ids.has(id))).toEqual([]);
    });

    it('puts the Cyber Defence Committee under the North Atlantic Council', () => {
      expect(relationsBetween('north-atlantic-council', 'cyber-defence-committee', 'oversees')).toHaveLength(1);
    });

    it('places the NCIRC Technical Centre in the NCI Agency', () => {
      expect(relationsBetween('ncirc-technical-centre', 'nci-agency', 'part-of')).toHaveLength(1);
    });

    it('keeps the NCIRC Technical Centre apart from the NCIRC, linked outside the chain of command', () => {
      const links = relationsBetween('ncirc-technical-centre', 'ncirc');
      expect(links.map((r) => r.type)).toEqual(['component-of']);
      expect(model.relationTypes?.['component-of']?.chainOfCommand).toBe(false);
    });

    it('makes Allied Command Transformation responsible for the Cyber Coalition Exercise', () => {
      expect(
        relationsBetween('allied-command-transformation', 'cyber-coalition-exercise', 'responsible-for'),
      ).toHaveLength(1);
    });

    it('dates the Chief Information Officer from the first appointment in September 2021', () => {
      expect(entity('chief-information-officer').since).toBe('2021-09');
      expect(relationsBetween('north-atlantic-council', 'chief-information-officer', 'appointed')).toHaveLength(1);
    });

    it('draws no chain of command between the North Atlantic Council and the CIO, since the page states none', () => {
      const lines = chainOfCommand().filter(
        (l) => l.superior === 'north-atlantic-council' && l.subordinate === 'chief-information-officer',
      );
      expect(lines).toEqual([]);
    });

    it('renames the DPPC/CD to the Cyber Defence Committee in April 2014', () => {
      const oldName = entity('defence-policy-and-planning-committee-cyber-defence');
      const newName = entity('cyber-defence-committee');
      expect(newName.since).toBe('2014-04');
      expect(oldName.until).toBe('2014-04');
      const renames = relationsBetween(oldName.id, newName.id, 'renamed-to');
      expect(renames).toHaveLength(1);
      expect(renames[0]?.since).toBe('2014-04');
      expect(standsOn(oldName, queryDay(2013))).toBe(true);
      expect(standsOn(newName, queryDay(2013))).toBe(false);
      expect(standsOn(oldName, queryDay(2014))).toBe(false);
      expect(standsOn(newName, queryDay(2014))).toBe(true);
    });

    it('dates structural changes as the page does', () => {
      expect(entity('nci-agency').since).toBe('2012-07');
      expect(entity('nato-eu-technical-arrangement').since).toBe('2016-02');
      expect(entity('finland-political-framework-arrangement').since).toBe('2017-02');
      expect(entity('cyberspace-operations-centre').since).toBe('2018');
      expect(entity('nato-industry-cyber-partnership').since).toBe('2014-09');
      expect(entity('cyber-defence-pledge').since).toBe('2016-07');
    });

    it('dates each policy by its year and ends it when its successor arrives', () => {
      const dates = (id: string) => {
        const { since, until } = entity(id);
        return { since, until };
      };
      expect(dates('cyber-defence-policy-2008')).toEqual({ since: '2008-01', until: '2011-06' });
      expect(dates('strategic-concept-2010')).toEqual({ since: '2010', until: undefined });
      expect(dates('cyber-defence-policy-2011')).toEqual({ since: '2011-06', until: '2014' });
      expect(dates('cyber-defence-policy-2014')).toEqual({ since: '2014', until: '2021' });
      expect(dates('cyber-defence-action-plan-2017')).toEqual({ since: '2017-02', until: '2021' });
      expect(dates('nato-guide-on-malicious-cyber-activities')).toEqual({ since: '2019-02', until: undefined });
      expect(dates('comprehensive-cyber-defence-policy')).toEqual({ since: '2021', until: undefined });
    });

    it('ties the NCIRC to CERT-EU through the 2016 Technical Arrangement', () => {
      expect(relationsBetween('ncirc', 'nato-eu-technical-arrangement', 'party-to')).toHaveLength(1);
      expect(relationsBetween('cert-eu', 'nato-eu-technical-arrangement', 'party-to')).toHaveLength(1);
    });

    it('accredits the CCD CoE without placing it in any chain of command', () => {
      expect(relationsBetween('ccd-coe', 'nato', 'accredited-by')).toHaveLength(1);
      const lines = chainOfCommand().filter((l) => l.superior === 'ccd-coe' || l.subordinate === 'ccd-coe');
      expect(lines).toEqual([]);
    });

    it('places the Cyberspace Operations Centre in the NATO Command Structure', () => {
      expect(relationsBetween('cyberspace-operations-centre', 'nato-command-structure', 'part-of')).toHaveLength(1);
    });

    it('shows Finland as a partner until 2023 and a member of NATO from then on', () => {
      const [partner] = relationsBetween('finland', 'partner-countries', 'member-of');
      const [member] = relationsBetween('finland', 'nato', 'member-of');
      expect(partner?.until).toBe('2023');
      expect(member?.since).toBe('2023');
    });
  });
});
