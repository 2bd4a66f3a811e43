import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
    // Two steps: through the CIO, who answers for it (inferred) and whom the NAC appointed.
    expect(path?.sentence).toMatch(
      /^The NCIRC Technical Centre is the responsibility of the NATO Chief Information Officer \(CIO\), who was appointed by the North Atlantic Council/,
    );
    expect(path?.nodes.at(-1)).toBe('north-atlantic-council');
  });

  it('covers the years 2002 to 2023, so the structure can be shown for each of them', () => {
    expect(dateRange(graph)).toEqual({ first: 2002, last: 2023 });
  });

  it('finds bodies by acronym and by name, ignoring case', () => {
    expect(search(graph, 'NCIRC')[0]?.id).toBe('ncirc');
    expect(search(graph, 'cio')[0]?.id).toBe('chief-information-officer');
    expect(search(graph, 'defence college')[0]?.id).toBe('nato-defense-college');
  });
});
