// `npm run bench`: the widget's speed and size on synthetic governance models and the NATO model,
// in Node and in headless Chromium, side by side with d3-org-chart. Prints a table and writes
// bench-results/latest.json.   Options: --quick (fewer runs, no 10,000-body case), --only <case>.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { loadModel } from '../../model/load.js';
import { search } from '../../model/queries/search.js';
import type { GovernanceModel } from '../../model/types.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { approximateMeasure } from '../../src/view/wrap-label.js';
import { CHROMIUM_ARGS, requireChromium } from '../find-chromium.mjs';
import { bundlePage, openBundledPage, ROOT } from '../harness-page.js';
import { widgetSize } from '../report-size.mjs';
import { syntheticModel } from '../synthetic-model.js';

const quick = process.argv.includes('--quick');
const HARNESS = 'scripts/bench/harness.html';
const CASE_TIMEOUT_MS = 120_000;

interface Case {
  name: string;
  model: GovernanceModel;
  runs: number;
}

const nato = JSON.parse(readFileSync(join(ROOT, 'model/nato-cyber-defence.json'), 'utf8')) as GovernanceModel;
const allCases: Case[] = [
  { name: 'NATO', model: nato, runs: quick ? 3 : 7 },
  { name: '50', model: syntheticModel(50), runs: quick ? 3 : 7 },
  { name: '500', model: syntheticModel(500), runs: quick ? 3 : 5 },
  { name: '2,000', model: syntheticModel(2000), runs: quick ? 2 : 5 },
  ...(quick ? [] : [{ name: '10,000', model: syntheticModel(10000), runs: 3 }]),
];
const only = process.argv.indexOf('--only');
const cases = only > 0 ? allCases.filter((c) => c.name === process.argv[only + 1]) : allCases;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function timed(runs: number, work: () => void): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} gave up after ${CASE_TIMEOUT_MS / 1000} s`)), CASE_TIMEOUT_MS).unref(),
    ),
  ]);
}

/** The widget bundle, built afresh into a temporary folder so the figure matches the sources. */
async function bundleSize(): Promise<{ raw: number; gzip: number; onDemandGzip: number }> {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'governance-graph-bench-'));
  try {
    await build({
      configFile: join(ROOT, 'vite.lib.config.ts'),
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    });
    const size = widgetSize(dir);
    return { raw: size.upFront.raw, gzip: size.upFront.gzip, onDemandGzip: size.onDemand.gzip };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: Record<string, Record<string, unknown>> = {};
const row = (name: string) => {
  results[name] ??= {};
  return results[name]!;
};

// ---- Node ----
const measure = approximateMeasure(12);
for (const c of cases) {
  const text = JSON.stringify(c.model);
  const loaded = loadModel(text);
  if (!loaded.ok) throw new Error(`${c.name}: the model does not load`);
  const graph = loaded.graph;
  const options = { direction: 'TB' as const, hiddenKinds: new Set<string>(), hiddenTypes: new Set<string>(), measure };
  const queries = ['cyber', 'unit 1', 'NCIRC', 'strategy director', 'zzz'];
  const r = row(c.name);
  r.bodies = c.model.entities.length;
  r.loadMs = timed(c.runs, () => loadModel(text));
  r.layoutMs = timed(c.runs, () => buildGraphView(graph, options));
  r.searchMs =
    timed(c.runs, () => {
      for (const q of queries) search(graph, q);
    }) / queries.length;
}

// ---- Browser ----
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const files = await bundlePage(HARNESS, { minify: true });
const page = await openBundledPage(browser, files, HARNESS);
await page.waitForFunction(() => typeof window.bench === 'object');
const cdp = await page.context().newCDPSession(page);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
};

for (const c of cases) {
  const r = row(c.name);
  const ours: number[] = [];
  const ready: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    // Alternate, so that neither side always runs on a warmer or more fragmented heap.
    const a = await withTimeout(
      page.evaluate((m) => window.bench.ours(m), c.model),
      `${c.name}: widget`,
    );
    ours.push(a.ms);
    ready.push(a.readyMs);
    const b = await withTimeout(
      page.evaluate((m) => window.bench.d3OrgChart(m), c.model),
      `${c.name}: d3-org-chart`,
    );
    theirs.push(b.ms);
  }
  r.readyMs = median(ours);
  r.readyEventMs = median(ready);
  r.d3OrgChartMs = median(theirs);
  r.ratio = (r.readyMs as number) / (r.d3OrgChartMs as number);

  await page.evaluate((m) => window.bench.ours(m), c.model);
  r.heapAfterLoad = await heap();
  const target = c.model.entities[Math.floor(c.model.entities.length / 2)]!.id;
  const selects: number[] = [];
  for (let i = 0; i < c.runs; i++) selects.push(await page.evaluate((id) => window.bench.select(id), target));
  r.selectMs = median(selects);
  const svg = await withTimeout(
    page.evaluate(() => window.bench.exportSvg()),
    `${c.name}: SVG export`,
  );
  r.svgMs = svg.ms;
  r.svgBytes = svg.bytes;
  const png = await withTimeout(
    page.evaluate(() => window.bench.exportPng()),
    `${c.name}: PNG export`,
  );
  if ('error' in png) r.png = png.error;
  else {
    r.pngMs = png.ms;
    r.pngBytes = png.bytes;
  }
  if (c.name === 'NATO' || c.name === '2,000') {
    const before = await heap();
    await withTimeout(
      page.evaluate(() => window.bench.cycles(100)),
      `${c.name}: 100 insert/remove cycles`,
    );
    r.heapBeforeCycles = before;
    r.heapAfterCycles = await heap();
  }
  await page.evaluate(() => window.bench.clear());
}
const chromiumVersion = browser.version();
await browser.close();

const size = await bundleSize();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, Node ${process.version}, Chromium ${chromiumVersion}`;

// ---- Report ----
const f = (n: unknown, digits = 0) => (typeof n === 'number' ? n.toFixed(digits) : '–');
const mb = (n: unknown) => (typeof n === 'number' ? (n / 1048576).toFixed(1) : '–');
const kb = (n: unknown) => (typeof n === 'number' ? (n / 1024).toFixed(0) : '–');
const lines = [
  `Machine: ${machine}${quick ? ' (quick run)' : ''}`,
  '',
  '| bodies | load+validate ms | layout ms | search ms | model→gov-ready+frame ms | d3-org-chart ms | ratio | select ms | SVG ms / kB | PNG ms / kB | heap MB after load | heap MB before → after 100 cycles |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${f(r.loadMs, 1)} | ${f(r.layoutMs, 1)} | ${f(r.searchMs, 2)} | ${f(r.readyMs)} | ${f(r.d3OrgChartMs)} | ${f(r.ratio, 2)} | ${f(r.selectMs)} | ${f(r.svgMs)} / ${kb(r.svgBytes)} | ${r.png ? 'too large' : `${f(r.pngMs)} / ${kb(r.pngBytes)}`} | ${mb(r.heapAfterLoad)} | ${r.heapBeforeCycles ? `${mb(r.heapBeforeCycles)} → ${mb(r.heapAfterCycles)}` : '–'} |`,
  ),
  '',
  `Widget bundle, loaded up front: ${kb(size.raw)} kB raw, ${kb(size.gzip)} kB gzip; on demand (CSV, export): ${kb(size.onDemandGzip)} kB gzip.`,
];
console.log(lines.join('\n'));
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results/latest.json'),
  `${JSON.stringify({ machine, quick, date: new Date().toISOString(), bundle: size, results }, null, 2)}\n`,
);
console.log('\nwrote bench-results/latest.json');
