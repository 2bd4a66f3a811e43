// The targets the widget is held to, each limit written once here, and the report's verdict on
// each: met, MISSED, or not measured (when the run left its case out).
import type { CaseName } from './cases.js';
import type { BundleSize, CaseFigures, CycleFigures, HubFigures } from './figures.js';
import { growth, num } from './format.js';

/** How a figure is held to its limit, and the words the report says it with. */
const BOUNDS = {
  within: { words: 'within', ok: (value: number, limit: number) => value <= limit },
  atMost: { words: '≤', ok: (value: number, limit: number) => value <= limit },
  below: { words: '<', ok: (value: number, limit: number) => value < limit },
} as const;
type Bound = keyof typeof BOUNDS;

const Unit = { ms: 'ms', ratio: '×', kBGzip: 'kB gzip' } as const;
type Unit = (typeof Unit)[keyof typeof Unit];

/** A case's figures that are single numbers, which a target can read. */
type NumericFigure = {
  [K in keyof CaseFigures]-?: CaseFigures[K] extends number | undefined ? K : never;
}[keyof CaseFigures];

type CaseResults = ReadonlyMap<CaseName, CaseFigures>;

interface Target {
  /** What is held to the limit, as the report names it. */
  what: string;
  bound: Bound;
  limit: number;
  unit: Unit;
  /** The figure, in `unit`; undefined when the run did not measure it. */
  value(cases: CaseResults, bundle: BundleSize): number | undefined;
}

function caseTarget(name: CaseName, what: string, figure: NumericFigure, bound: Bound, limit: number, unit: Unit) {
  return { what: `${name}: ${what}`, bound, limit, unit, value: (cases: CaseResults) => cases.get(name)?.[figure] };
}

export const TARGETS: readonly Target[] = [
  caseTarget('NATO', 'model → gov-ready', 'readyWallMs', 'within', 300, Unit.ms),
  caseTarget('2,000', 'ours / d3-org-chart', 'ratio', 'atMost', 1, Unit.ratio),
  caseTarget('10,000', 'ours / d3-org-chart', 'ratio', 'atMost', 1, Unit.ratio),
  caseTarget('2,000', 'click → highlight painted', 'selectClickMs', 'below', 50, Unit.ms),
  caseTarget('2,000', 'select() → highlight painted', 'selectApiMs', 'below', 50, Unit.ms),
  caseTarget('2,000', 'SVG export', 'svgMs', 'below', 1000, Unit.ms),
  { what: 'widget bundle', bound: 'below', limit: 200, unit: Unit.kBGzip, value: (_, bundle) => bundle.gzip / 1000 },
];

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
export function targetLines(cases: CaseResults, bundle: BundleSize): string[] {
  const lines: string[] = [];
  for (const target of TARGETS) {
    const v = target.value(cases, bundle) ?? null;
    const measured = v === null ? '–' : `${num(v, target.unit === Unit.ratio ? 2 : 0)} ${target.unit}`;
    const ok = v === null ? null : BOUNDS[target.bound].ok(v, target.limit);
    lines.push(
      `- ${verdict(ok)}: ${target.what} ${BOUNDS[target.bound].words} ${limitText(target.limit, target.unit)} (${measured})`,
    );
  }
  for (const [name, figures] of cases) {
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
