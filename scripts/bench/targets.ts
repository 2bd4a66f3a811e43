// The targets the widget is held to, each limit written once here, and the report's verdict on
// each: met, MISSED, or not measured (when the run left its case out).
import type { CaseName } from './cases.js';
import type { BundleSize, CaseFigures, CycleFigures, ExplorerFigures, HubFigures } from './figures.js';
import { growth, num } from './format.js';

/** How a figure is held to its limit, and the words the report says it with. */
const BOUNDS = {
  within: { words: 'within', ok: (value: number, limit: number) => value <= limit },
  atMost: { words: '≤', ok: (value: number, limit: number) => value <= limit },
  below: { words: '<', ok: (value: number, limit: number) => value < limit },
} as const;
type Bound = keyof typeof BOUNDS;

const Unit = { ms: 'ms', ratio: '×', MB: 'MB', kBGzip: 'kB gzip' } as const;
type Unit = (typeof Unit)[keyof typeof Unit];

/** A case's figures that are single numbers, which a target can read. */
type NumericFigure = {
  [K in keyof CaseFigures]-?: CaseFigures[K] extends number | undefined ? K : never;
}[keyof CaseFigures];

type CaseResults = ReadonlyMap<CaseName, CaseFigures>;

/** What a run measured that targets read. */
export interface RunFigures {
  cases: CaseResults;
  bundle: BundleSize;
  explorer?: ExplorerFigures;
}

interface Target {
  /** What is held to the limit, as the report names it. */
  what: string;
  bound: Bound;
  limit: number;
  unit: Unit;
  /** The figure, in `unit`; undefined when the run did not measure it. */
  value(run: RunFigures): number | undefined;
  /** The case and figure it reads, for a case's target. */
  of?: { name: CaseName; figure: NumericFigure };
}

/** A target on one figure of one case, in `unit` after dividing by `scale`. */
function caseTarget(
  name: CaseName,
  what: string,
  figure: NumericFigure,
  bound: Bound,
  limit: number,
  unit: Unit,
  scale = 1,
): Target {
  const value = ({ cases }: RunFigures) => {
    const v = cases.get(name)?.[figure];
    return v === undefined ? undefined : v / scale;
  };
  return { what: `${name}: ${what}`, bound, limit, unit, value, of: { name, figure } };
}

const ratio = (name: CaseName, limit: number) =>
  caseTarget(name, 'ours / d3-org-chart, cold', 'ratio', 'atMost', limit, Unit.ratio);

export const TARGETS: readonly Target[] = [
  ratio('500', 1),
  ratio('2,000', 1),
  ratio('10,000', 0.5),
  ratio('50,000', 0.2),
  caseTarget('10,000', 'longest main-thread task while loading', 'longestTaskMs', 'atMost', 250, Unit.ms),
  caseTarget('50,000', 'JS heap after load', 'heapAfterLoad', 'below', 200, Unit.MB, 1e6),
  {
    what: 'explorer page: navigation → gov-ready',
    bound: 'atMost',
    limit: 400,
    unit: Unit.ms,
    value: ({ explorer }) => explorer?.readyMs,
  },
  caseTarget('10,000', 'pan frame, 90th percentile', 'panFrameP90Ms', 'atMost', 33, Unit.ms),
  caseTarget('50,000', 'pan frame, 90th percentile', 'panFrameP90Ms', 'atMost', 33, Unit.ms),
  caseTarget('10,000', 'click → highlight painted', 'selectClickMs', 'atMost', 50, Unit.ms),
  caseTarget('2,000', 'select() → highlight painted', 'selectApiMs', 'below', 50, Unit.ms),
  caseTarget('2,000', 'SVG export', 'svgMs', 'below', 1000, Unit.ms),
  {
    what: 'widget bundle up front',
    bound: 'below',
    limit: 200,
    unit: Unit.kBGzip,
    value: ({ bundle }) => bundle.gzip / 1000,
  },
];

/** The verdict on case `name`'s `figure` against its target ("≤ 0.5: MISSED"); a dash when it has none. */
export function caseVerdict(name: CaseName, figure: NumericFigure, f: CaseFigures): string {
  const target = TARGETS.find((t) => t.of?.name === name && t.of.figure === figure);
  const v = f[figure];
  if (!target) return '–';
  const ok = v === undefined || !Number.isFinite(v) ? null : BOUNDS[target.bound].ok(v, target.limit);
  return `${BOUNDS[target.bound].words} ${limitText(target.limit, target.unit)}: ${verdict(ok)}`;
}

/** Selecting a hub (a body with thousands of relations) paints its highlight within this, in ms. */
export const HUB_SELECT_MS = 1000;

/** The hub target's verdict line, in the form of targetLines. */
export function hubTargetLine(hub: HubFigures): string {
  const ok = BOUNDS.below.ok(hub.selectMs, HUB_SELECT_MS);
  return `- ${verdict(ok)}: hub of ${hub.partners.toLocaleString('en-GB')} relations: select() → highlight painted ${BOUNDS.below.words} ${limitText(HUB_SELECT_MS, Unit.ms)} (${num(hub.selectMs, 0)} ms)`;
}

/**
 * "No heap growth" over lifecycle cycles: the heap grows by at most this share of itself or
 * this many bytes, whichever is larger, and the DOM node and listener counts do not grow.
 */
export const HEAP_GROWTH = { share: 0.01, bytes: 1e6 } as const;

function heapHeld(c: CycleFigures): boolean {
  return (
    c.after.heap - c.before.heap <= Math.max(HEAP_GROWTH.bytes, c.before.heap * HEAP_GROWTH.share) &&
    c.after.nodes <= c.before.nodes &&
    c.after.listeners <= c.before.listeners
  );
}

/** What the cycles of each kind are called in the report. */
const CYCLE_KINDS = { reconnect: 'remove/re-insert', fresh: 'new elements' } as const;

const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');

/** The limit as the report writes it: ratios with one decimal, a second or more in seconds. */
function limitText(limit: number, unit: Unit): string {
  if (unit === Unit.ratio) return limit.toFixed(1);
  if (unit === Unit.ms && limit >= 1000) return `${limit / 1000} s`;
  return `${limit} ${unit}`;
}

/** One markdown list line per target, then one per case and kind of lifecycle cycles run. */
export function targetLines(run: RunFigures): string[] {
  const lines: string[] = [];
  for (const target of TARGETS) {
    const raw = target.value(run);
    const v = raw === undefined || !Number.isFinite(raw) ? null : raw;
    // Milliseconds with a decimal too: a frame gap of 33.3 ms must not print as a 33 that misses ≤ 33.
    const digits = target.unit === Unit.ratio ? 2 : target.unit === Unit.kBGzip ? 0 : 1;
    const measured = v === null ? '–' : `${num(v, digits)} ${target.unit}`;
    const ok = v === null ? null : BOUNDS[target.bound].ok(v, target.limit);
    lines.push(
      `- ${verdict(ok)}: ${target.what} ${BOUNDS[target.bound].words} ${limitText(target.limit, target.unit)} (${measured})`,
    );
  }
  for (const [name, figures] of run.cases) {
    for (const [key, label] of Object.entries(CYCLE_KINDS) as [keyof typeof CYCLE_KINDS, string][]) {
      const c = figures[key];
      if (c)
        lines.push(
          `- ${verdict(heapHeld(c))}: ${name}: no heap growth over ${c.cycles} ${label} cycles (${growth(c)})`,
        );
    }
  }
  return lines;
}
