import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chainEnds } from '../../model/graph.js';
import { kindFamily } from '../../model/kinds.js';
import { loadModel } from '../../model/load.js';
import { chainOfCommand } from '../../model/queries/chain-of-command.js';
import { findPath } from '../../model/queries/path.js';
import { search } from '../../model/queries/search.js';
import { dateRange, structureAt } from '../../model/queries/structure-at.js';
import { subordinates } from '../../model/queries/subordinates.js';

const text = readFileSync(new URL('../../model/nato-cyber-defence.json', import.meta.url), 'utf8');
const result = loadModel(text, { file: 'nato-cyber-defence.json' });
if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
const graph = result.graph;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const page = readFileSync(
  process.env.GOV_SOURCE_TEXT || resolve(REPO_ROOT, '../shared/seed/nato-cyber-defence.txt'),
  'utf8',
);

/** NATO's own bodies, as the page names them: each must reach NATO through the chain of command. */
const NATO_OWN = [
  'nato-military-authorities',
  'allied-command-transformation',
  'shape',
  'nato-command-structure',
  'cyberspace-operations-centre',
  'nci-agency',
  'ncirc-technical-centre',
  'ncirc',
  'chief-information-officer',
  'nato-cyber-rapid-reaction-teams',
  'north-atlantic-council',
  'cyber-defence-committee',
  'nato-consultation-command-and-control-board',
  'nato-cyber-range',
  'nci-academy',
  'nato-school',
  'nato-defense-college',
  'malware-information-sharing-platform',
];

/** Partners and national bodies: none of them stands in NATO's chain of command. */
const OUTSIDE = [
  'european-union',
  'cert-eu',
  'united-nations',
  'osce',
  'industry',
  'academia',
  'national-cyber-defence-authorities',
  'national-cyber-capabilities',
  'national-certs',
  'allies',
  'finland',
  'estonia',
];

/** The relations from `source` to `target`, as stored. */
function linesBetween(source: string, target: string, type?: string) {
  return graph
    .edges(source, target)
    .map((e) => graph.getEdgeAttributes(e))
    .filter((r) => type === undefined || r.type === type);
}

/** The bodies of `g` in a chain of command with no superior in it. */
function tops(g: typeof graph): string[] {
  const inChain = new Set<string>();
  const below = new Set<string>();
  g.forEachEdge((_, r, source, target) => {
    const ends = chainEnds(r, source, target);
    if (!ends) return;
    inChain.add(source).add(target);
    below.add(ends.subordinate);
  });
  return [...inChain].filter((id) => !below.has(id));
}

describe('the NATO model, read as a careful reader of the page would', () => {
  it('loads without errors', () => {
    expect(result.ok).toBe(true);
  });

  it('puts the North Atlantic Council in the Cyber Defence Committee’s chain of command', () => {
    const chains = chainOfCommand(graph, 'cyber-defence-committee');
    expect(chains.length).toBeGreaterThan(0);
    expect(chains[0]?.[0]).toBe('north-atlantic-council');
  });

  it('puts the committee under the North Atlantic Council under its old name too, as inferred, with the reason', () => {
    const before = structureAt(graph, 2013);
    expect(chainOfCommand(before, 'defence-policy-and-planning-committee-cyber-defence')[0]?.[0]).toBe(
      'north-atlantic-council',
    );
  });

  it('draws the CIO → NCIRC Technical Centre line of the product’s own description, inferred, as a reporting line', () => {
    const lines = graph.edges('chief-information-officer', 'ncirc-technical-centre');
    expect(lines).toHaveLength(1);
    const line = graph.getEdgeAttributes(lines[0]!);
    expect([line.definition.chainOfCommand, line.basis]).toEqual([true, 'inferred']);
    expect(chainOfCommand(graph, 'ncirc-technical-centre').map((chain) => chain[0])).toContain(
      'chief-information-officer',
    );
  });

  it('ends no chain-of-command line on a document: the NAC and the committee relate to the policy beside the tree', () => {
    const kinds = graph.getAttribute('kinds');
    const onDocuments = graph.filterEdges(
      (_, r, source, target) =>
        r.definition.chainOfCommand &&
        [source, target].some((id) => kindFamily(graph.getNodeAttribute(id, 'kind'), kinds) === 'document'),
    );
    expect(onDocuments).toEqual([]);
    const toPolicy = graph
      .inEdges('comprehensive-cyber-defence-policy')
      .filter((e) => ['north-atlantic-council', 'cyber-defence-committee'].includes(graph.source(e)))
      .map((e) => graph.getEdgeAttribute(e, 'definition').family);
    expect(toPolicy).toEqual(['document', 'document']);
  });

  it('says why for every line it infers', () => {
    const unexplained = graph.filterEdges((_, r) => r.basis === 'inferred' && !r.note?.trim());
    expect(graph.filterEdges((_, r) => r.basis === 'inferred').length).toBeGreaterThan(0);
    expect(unexplained).toEqual([]);
  });

  it('places the NCIRC Technical Centre within the NCI Agency', () => {
    expect(chainOfCommand(graph, 'ncirc-technical-centre')[0]?.[0]).toBe('nci-agency');
    expect(subordinates(graph, 'nci-agency').map((s) => s.id)).toContain('ncirc-technical-centre');
  });

  it('has no Cyber Defence Committee under that name in 2010, and has one in 2015', () => {
    expect(structureAt(graph, 2010).hasNode('cyber-defence-committee')).toBe(false);
    expect(structureAt(graph, 2010).hasNode('defence-policy-and-planning-committee-cyber-defence')).toBe(true);
    expect(structureAt(graph, 2015).hasNode('cyber-defence-committee')).toBe(true);
    expect(structureAt(graph, 2015).hasNode('defence-policy-and-planning-committee-cyber-defence')).toBe(false);
  });

  it('has a Chief Information Officer only from 2021', () => {
    expect(structureAt(graph, 2020).hasNode('chief-information-officer')).toBe(false);
    expect(structureAt(graph, '2021-08').hasNode('chief-information-officer')).toBe(false);
    expect(structureAt(graph, 2021).hasNode('chief-information-officer')).toBe(true);
  });

  it('makes Allied Command Transformation responsible for the Cyber Coalition Exercise', () => {
    const below = subordinates(graph, 'allied-command-transformation');
    expect(below).toContainEqual(expect.objectContaining({ id: 'cyber-coalition-exercise', type: 'responsible-for' }));
  });

  it('explains in one sentence how the NCIRC Technical Centre is connected to the North Atlantic Council', () => {
    const path = findPath(graph, 'ncirc-technical-centre', 'north-atlantic-council');
    // Along the lines the page states, not the step shorter through the CIO's inferred line.
    expect(path?.sentence).toBe(
      'The NCIRC Technical Centre is part of the NATO Communications and Information Agency (NCI Agency), which is part of the North Atlantic Treaty Organization (NATO), which includes the North Atlantic Council (NAC).',
    );
    expect(findPath(graph, 'ncirc-technical-centre', 'chief-information-officer')?.sentence).toMatch(/\(inferred\)\.$/);
  });

  it('covers the years 2002 to 2023, so the structure can be shown for each of them', () => {
    expect(dateRange(graph)).toEqual({ first: 2002, last: 2023 });
  });

  it('finds bodies by acronym and by name, ignoring case', () => {
    expect(search(graph, 'NCIRC')[0]?.id).toBe('ncirc');
    expect(search(graph, 'cio')[0]?.id).toBe('chief-information-officer');
    expect(search(graph, 'defence college')[0]?.id).toBe('nato-defense-college');
  });
  it('draws both lines of the product’s own description as chain-of-command lines: NAC → committee stated, CIO → Technical Centre inferred', () => {
    const [council] = linesBetween('north-atlantic-council', 'cyber-defence-committee');
    const [cio] = linesBetween('chief-information-officer', 'ncirc-technical-centre');
    expect([council?.definition.chainOfCommand, council?.basis ?? 'stated']).toEqual([true, 'stated']);
    expect([cio?.definition.chainOfCommand, cio?.basis]).toEqual([true, 'inferred']);
  });

  it.each(NATO_OWN)('brings %s up to NATO through the chain of command, in 2022 as in the whole model', (id) => {
    for (const g of [graph, structureAt(graph, 2022)]) {
      const chains = chainOfCommand(g, id);
      expect(chains.length).toBeGreaterThan(0);
      for (const chain of chains) expect(chain.at(-1)).toBe('nato');
    }
  });

  it('has NATO as the single top of the chain of command in 2022, with partners and national bodies outside it', () => {
    const in2022 = structureAt(graph, 2022);
    expect(tops(in2022)).toEqual(['nato']);
    const inChain = OUTSIDE.filter((id) =>
      in2022.edges(id).some((e) => chainEnds(in2022.getEdgeAttributes(e), in2022.source(e), in2022.target(e))),
    );
    expect(inChain).toEqual([]);
  });

  it('goes from the Cyber Coalition Exercise up the chain of command to the North Atlantic Council through the command that conducts it', () => {
    const path = findPath(graph, 'cyber-coalition-exercise', 'north-atlantic-council', { chainOnly: true });
    expect(path?.nodes).toEqual([
      'cyber-coalition-exercise',
      'allied-command-transformation',
      'nato-command-structure',
      'nato',
      'north-atlantic-council',
    ]);
  });

  it('marks as inferred the lines whose quotes do not state them, and quotes the sentence that does where there is one', () => {
    const basis = (s: string, t: string, type: string) => linesBetween(s, t, type)[0]?.basis ?? 'stated';
    expect(
      basis('nato-consultation-command-and-control-board', 'comprehensive-cyber-defence-policy', 'implements'),
    ).toBe('inferred');
    expect(basis('nato', 'cyber-defence-information-exchange-mou', 'party-to')).toBe('inferred');
    expect(basis('nato-military-authorities', 'ncirc', 'responsible-for')).toBe('inferred');
    expect(basis('nci-agency', 'ncirc', 'responsible-for')).toBe('inferred');
    expect(basis('cyber-defence-policy-2011', 'cyber-defence-policy-2014', 'superseded-by')).toBe('inferred');
    expect(linesBetween('nato', 'finland-political-framework-arrangement', 'party-to')[0]?.evidence).toMatch(
      /signing of a Political Framework Arrangement/,
    );
    const capabilities = linesBetween('national-cyber-capabilities', 'allies')[0];
    expect([capabilities?.type, capabilities?.evidence]).toEqual([
      'belongs-to',
      'Allies maintain full ownership of those contributions',
    ]);
  });

  it('states the relations the page gives: NATO helps the Allies, works with Finland until it joins, and the national authorities are the Allies’', () => {
    expect(linesBetween('nato', 'allies', 'supports')[0]?.evidence).toMatch(/NATO helps Allies to enhance/);
    const finland = linesBetween('nato', 'finland', 'cooperates-with')[0];
    expect([finland?.since, finland?.until]).toEqual(['2017-02', '2023']);
    expect(structureAt(graph, 2016).edges('nato', 'finland')).toEqual([]);
    expect(structureAt(graph, 2020).edges('nato', 'finland')).toHaveLength(1);
    expect(linesBetween('national-cyber-defence-authorities', 'allies', 'belongs-to')).toHaveLength(1);
  });

  it('marks every acronym the page does not give as taken from elsewhere, and only those', () => {
    const onPage = (acronym: string) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(
        page,
      );
    const wrong: string[] = [];
    graph.forEachNode((id, e) => {
      if (e.acronym === undefined) return;
      const marked = e.acronymSource === 'elsewhere';
      if (marked === onPage(e.acronym)) wrong.push(`${id}: ${e.acronym}`);
    });
    expect(wrong).toEqual([]);
    expect(graph.filterNodes((_, e) => e.acronymSource === 'elsewhere').length).toBeGreaterThanOrEqual(6);
  });

  it('still finds bodies by an acronym the page does not give', () => {
    expect(search(graph, 'CDC')[0]?.id).toBe('cyber-defence-committee');
    expect(search(graph, 'ACT')[0]?.id).toBe('allied-command-transformation');
  });
});
