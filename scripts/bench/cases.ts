// The models the benchmark measures, and how many times each: the NATO model and deterministic
// synthetic models of 50 to 10,000 bodies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GovernanceModel } from '../../model/types.js';
import { ROOT } from '../harness-page.js';
import { syntheticModel } from '../synthetic-model.js';

/** Case names, as the tables and bench-results/latest.json name them. */
export const CASE_NAMES = ['NATO', '50', '500', '2,000', '10,000'] as const;
export type CaseName = (typeof CASE_NAMES)[number];

/** The searches timed on every model: common words, a name, an id, and one that finds nothing. */
export const SEARCH_QUERIES = ['cyber', 'unit 1', 'ncirc', 'defence committee', 'b1234', 'zzz'] as const;
export type SearchQuery = (typeof SEARCH_QUERIES)[number];

export interface BenchCase {
  name: CaseName;
  model: GovernanceModel;
  /** Measured runs of each timed figure (Node figures take at least 3). */
  runs: number;
  /** Cycles of the same element removed and re-inserted; 0 for none. */
  cycles: number;
  /** Cycles of a new element inserted and removed; 0 for none. */
  freshCycles: number;
}

/** Every case, with the run counts of a full run or of a `--quick` one. */
export function benchCases(quick: boolean): BenchCase[] {
  const nato = JSON.parse(readFileSync(join(ROOT, 'model/nato-cyber-defence.json'), 'utf8')) as GovernanceModel;
  const cycles = quick ? 20 : 100;
  return [
    { name: 'NATO', model: nato, runs: quick ? 3 : 7, cycles, freshCycles: cycles },
    { name: '50', model: syntheticModel(50), runs: quick ? 3 : 7, cycles: 0, freshCycles: 0 },
    { name: '500', model: syntheticModel(500), runs: quick ? 3 : 5, cycles: 0, freshCycles: 0 },
    { name: '2,000', model: syntheticModel(2000), runs: quick ? 3 : 5, cycles, freshCycles: 0 },
    { name: '10,000', model: syntheticModel(10000), runs: quick ? 1 : 3, cycles: 0, freshCycles: 0 },
  ];
}

/** Bodies that cooperate with the hub in the hub measurement (`--only hub`). */
export const HUB_PARTNERS = 20_000;

/**
 * A hub: a board over a liaison office that cooperates with HUB_PARTNERS organisations, each of
 * which has no other line. The shape of a membership list or a partner register; it tests the
 * drawing of one body's thousands of lines (HUB_RELATIONS in src/view/thresholds.ts).
 */
export function hubModel(partners = HUB_PARTNERS): GovernanceModel {
  const ids = Array.from({ length: partners }, (_, i) => `partner-${i}`);
  return {
    title: `A hub of ${partners} relations`,
    entities: [
      { id: 'board', name: 'Board', kind: 'body' },
      { id: 'hub', name: 'Liaison Office', kind: 'body' },
      ...ids.map((id, i) => ({ id, name: `Partner organisation ${i}`, kind: 'organisation' })),
    ],
    relations: [
      { source: 'board', target: 'hub', type: 'oversees' },
      ...ids.map((id) => ({ source: 'hub', target: id, type: 'cooperates-with' })),
    ],
  };
}

/** The cases `--only` names ("2,000" or "2000"); every case without it; none for an unknown name. */
export function pickCases(cases: readonly BenchCase[], only: string | undefined): BenchCase[] {
  if (only === undefined) return [...cases];
  return cases.filter((c) => c.name === only || c.name.replace(',', '') === only);
}
