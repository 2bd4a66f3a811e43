// The benchmark's report: markdown for the terminal (and the README), and the same figures as
// JSON in bench-results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../harness-page.js';
import type { CaseName } from './cases.js';
import type { BenchResults, CaseFigures, ExplorerFigures, HubFigures } from './figures.js';
import { kB, num } from './format.js';
import { BUSY_LOAD } from './machine.js';
import { type CaseRows, drawingTable, interactionTable, memoryTable, modelTable } from './report-tables.js';
import { hubTargetLine, targetLines } from './targets.js';

const OUT_DIR = 'bench-results';

/** What one run found: the figures of each case measured, in the order they ran, and the rest. */
export interface BenchRun extends Omit<BenchResults, 'results'> {
  cases: ReadonlyMap<CaseName, CaseFigures>;
  /** How long the Chromium part took, and the whole run, in seconds. */
  browserSeconds: number;
  wallSeconds: number;
}

/** The whole report as markdown lines. */
export function reportLines(run: BenchRun): string[] {
  const { machine, loadAverage, bundle } = run;
  const rows: CaseRows = [...run.cases];
  const busy = loadAverage.start > BUSY_LOAD ? ' — other processes were busy: figures are noisier than usual' : '';
  const files = `${bundle.files} file${bundle.files > 1 ? 's' : ''}`;
  const onDemand = bundle.onDemandGzip ? `; ${kB(bundle.onDemandGzip)} kB gzip in the chunks fetched on demand` : '';
  return [
    `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium}${run.quick ? ' — quick run' : ''}`,
    `Load average (1 min) at start ${loadAverage.start.toFixed(2)}, at end ${loadAverage.end.toFixed(2)}${busy}`,
    '',
    ...(rows.length > 0 ? [...modelTable(rows), '', ...drawingTable(rows), ''] : []),
    ...(run.explorer ? [explorerLine(run.explorer), ''] : []),
    ...(rows.length > 0 ? [...interactionTable(rows), '', ...memoryTable(rows, run.baseline), ''] : []),
    `Widget bundle: ${kB(bundle.raw)} kB raw, ${kB(bundle.gzip)} kB gzip up front (${files}); ${kB(bundle.firstDrawingGzip)} kB gzip with the reader and checks every JSON file's first drawing also fetches${onDemand} — ${bundle.source}.`,
    '',
    ...(run.hub ? [hubLine(run.hub), ''] : []),
    'Targets:',
    '',
    ...targetLines(run),
    ...(run.hub ? [hubTargetLine(run.hub)] : []),
    '',
    `Browser part: ${run.browserSeconds.toFixed(0)} s; whole run: ${run.wallSeconds.toFixed(0)} s.`,
  ];
}

function explorerLine(explorer: ExplorerFigures): string {
  const each = explorer.runs.map((r) => num(r.readyMs, 1)).join(', ');
  return (
    'Explorer page (index.html with the NATO model, bundled and minified by Vite as `vite build` does, ' +
    'served from memory through Playwright, each navigation in a fresh tab; performance.now() from ' +
    `navigation start): gov-ready at **${num(explorer.readyMs, 1)} ms**, painted at ${num(explorer.paintedMs, 1)} ms ` +
    `(median of ${explorer.runs.length}; gov-ready in each: ${each} ms).`
  );
}

function hubLine(hub: HubFigures): string {
  return (
    `Hub (one body with ${hub.partners.toLocaleString('en-GB')} relations): model → gov-ready ` +
    `${Math.round(hub.readyWallMs)} ms, longest task ${Math.round(hub.longestTaskMs)} ms; ` +
    `select() → highlight painted ${Math.round(hub.selectMs)} ms (median of ${hub.selectRuns.length}).`
  );
}

/** Writes `run` to bench-results/latest.json under the project root; returns that path, relative. */
export function writeResults(run: BenchRun): string {
  const { date, quick, machine, loadAverage, baseline, bundle } = run;
  const results: BenchResults = {
    date,
    quick,
    machine,
    loadAverage,
    baseline,
    bundle,
    results: Object.fromEntries(run.cases),
    ...(run.explorer ? { explorer: run.explorer } : {}),
    ...(run.hub ? { hub: run.hub } : {}),
  };
  mkdirSync(join(ROOT, OUT_DIR), { recursive: true });
  const out = join(ROOT, OUT_DIR, 'latest.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  return relative(ROOT, out);
}
