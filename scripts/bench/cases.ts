// The models the benchmark measures, and how many times each: the NATO model and deterministic
// synthetic models of 500 to 50,000 bodies; and how many times it opens the explorer page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GovernanceModel } from '../../model/types.js';
import { ROOT } from '../harness-page.js';
import { syntheticModel } from '../synthetic-model.js';

/** Case names, as the tables and bench-results/latest.json name them. */
export const CASE_NAMES = ['NATO', '500', '2,000', '10,000', '50,000'] as const;
export type CaseName = (typeof CASE_NAMES)[number];

/** The searches timed on every model: common words, a name, an id, and one that finds nothing. */
export const SEARCH_QUERIES = ['cyber', 'unit 1', 'ncirc', 'defence committee', 'b1234', 'zzz'] as const;
export type SearchQuery = (typeof SEARCH_QUERIES)[number];

export interface BenchCase {
  name: CaseName;
  model: GovernanceModel;
  /** Cold draws of each contender, alternately, and runs of the other timed figures (Node's take at least 3). */
  runs: number;
  /** Cycles of the same element removed and re-inserted; 0 for none. */
  cycles: number;
  /** Cycles of a new element inserted and removed; 0 for none. */
  freshCycles: number;
}

/**
 * Every case, with the run counts of a full run or of a `--quick` one (one draw each). A quick
 * run leaves 50,000 out unless `largest` says otherwise: one cold draw of it takes minutes on a
 * 2-core machine.
 */
export function benchCases(quick: boolean, largest = !quick): BenchCase[] {
  const nato = JSON.parse(readFileSync(join(ROOT, 'model/nato-cyber-defence.json'), 'utf8')) as GovernanceModel;
  const cycles = quick ? 20 : 100;
  const cases: BenchCase[] = [
    { name: 'NATO', model: nato, runs: quick ? 1 : 5, cycles, freshCycles: cycles },
    { name: '500', model: syntheticModel(500), runs: quick ? 1 : 5, cycles: 0, freshCycles: 0 },
    { name: '2,000', model: syntheticModel(2000), runs: quick ? 1 : 5, cycles, freshCycles: 0 },
    { name: '10,000', model: syntheticModel(10000), runs: quick ? 1 : 3, cycles: 0, freshCycles: 0 },
  ];
  if (largest) cases.push({ name: '50,000', model: syntheticModel(50000), runs: 1, cycles: 0, freshCycles: 0 });
  return cases;
}

/** Navigations to the explorer page, each in a fresh tab. */
export const explorerRuns = (quick: boolean) => (quick ? 1 : 5);

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
  return cases.filter((c) => c.name === only || c.name.replace(',', '') === only.replace(',', ''));
}
