// `npm run bench`: the widget's speed and size on deterministic synthetic governance models and
// the NATO model, in Node and in headless Chromium, side by side with d3-org-chart drawing the
// same trees in the same browser. Prints markdown tables and writes bench-results/latest.json.
//
//   npm run bench                     every case, 7/7/5/5/3 runs
//   npm run bench -- --quick          fewer runs and lifecycle cycles (about a minute)
//   npm run bench -- --only 2,000     one case (NATO, 50, 500, 2,000 or 10,000)
//
// The page is bundled by Vite in memory (production mode) and served through Playwright's
// request routing: no port is opened and the page reaches no network.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright';
import { loadModel } from '../../model/load.js';
import { search } from '../../model/queries/search.js';
import type { GovernanceModel } from '../../model/types.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { approximateMeasure } from '../../src/view/wrap-label.js';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { bundlePage, openBundledPage, ROOT } from '../harness-page.js';
import { widgetSize } from '../report-size.mjs';
import { syntheticModel } from '../synthetic-model.js';
import type { OursRun, SelectionRun } from './page-api.js';

/** Other work on the machine skews every figure: note how busy it was before we started. */
const loadStart = loadavg()[0]!;
const HARNESS = 'scripts/bench/harness.html';
const OUT_DIR = 'bench-results';
const SEARCH_QUERIES = ['cyber', 'unit 1', 'ncirc', 'defence committee', 'b1234', 'zzz'];

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('usage: npm run bench [-- --quick] [-- --only NATO|50|500|2,000|10,000]');
  process.exit(0);
}
const quick = args.quick ?? false;

interface Case {
  name: string;
  model: GovernanceModel;
  runs: number;
  /** Remove/re-insert cycles of one element, and new elements inserted and removed; 0 for none. */
  cycles: number;
  freshCycles: number;
}

const nato = JSON.parse(readFileSync(join(ROOT, 'model/nato-cyber-defence.json'), 'utf8')) as GovernanceModel;
const CYCLES = quick ? 20 : 100;
const allCases: Case[] = [
  { name: 'NATO', model: nato, runs: quick ? 3 : 7, cycles: CYCLES, freshCycles: CYCLES },
  { name: '50', model: syntheticModel(50), runs: quick ? 3 : 7, cycles: 0, freshCycles: 0 },
  { name: '500', model: syntheticModel(500), runs: quick ? 3 : 5, cycles: 0, freshCycles: 0 },
  { name: '2,000', model: syntheticModel(2000), runs: quick ? 3 : 5, cycles: CYCLES, freshCycles: 0 },
  { name: '10,000', model: syntheticModel(10000), runs: quick ? 1 : 3, cycles: 0, freshCycles: 0 },
];
const cases = args.only
  ? allCases.filter((c) => c.name === args.only || c.name.replace(',', '') === args.only)
  : allCases;
if (cases.length === 0) {
  console.error(`bench: no case "${args.only}"; cases: ${allCases.map((c) => c.name).join(', ')}`);
  process.exit(2);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median time of `runs` calls of `work`, after one call that warms the JIT up. */
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

type Result = Record<string, unknown>;
const results = new Map<string, Result>();
const row = (name: string): Result => results.get(name) ?? results.set(name, {}).get(name)!;
const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------- Node

log(`bench: Node figures (${cases.length} cases)`);
const approximate = approximateMeasure(12);
for (const c of cases) {
  const r = row(c.name);
  const text = JSON.stringify(c.model);
  const loaded = loadModel(text);
  if (!loaded.ok) throw new Error(`bench: the ${c.name} model does not load`);
  const graph = loaded.graph;
  const options = { direction: 'TB' as const, hiddenKinds: new Set<string>(), hiddenTypes: new Set<string>() };
  const runs = Math.max(c.runs, 3);
  r.bodies = c.model.entities.length;
  r.relations = c.model.relations.length;
  r.jsonBytes = Buffer.byteLength(text);
  r.nodeLoadMs = timed(runs, () => loadModel(text));
  r.nodeLayoutMs = timed(runs, () => buildGraphView(graph, { ...options, measure: approximate }));
  const perQuery = Object.fromEntries(
    SEARCH_QUERIES.map((q) => [q, timed(Math.max(runs, 5), () => search(graph, q))] as const),
  );
  r.searchMsByQuery = perQuery;
  r.searchMs = Object.values(perQuery).reduce((a, b) => a + b, 0) / SEARCH_QUERIES.length;
  r.searchMaxMs = Math.max(...Object.values(perQuery));
}

// ---------------------------------------------------------------- Browser

/** Ends a step that takes longer than `ms` with a message naming it, rather than hanging. */
function withTimeout<T>(promise: Promise<T>, what: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} gave up after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

interface Tab {
  page: Page;
  cdp: CDPSession;
}

async function openTab(browser: Browser, files: Map<string, string | Uint8Array>): Promise<Tab> {
  const page = await openBundledPage(browser, files, HARNESS, { width: 1600, height: 1000 });
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.waitForFunction(() => typeof window.bench === 'object', null, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp };
}

/**
 * Used JS heap after two full collections, and the page's DOM node and listener counts. Waits a
 * little first: Cytoscape's debounced timers (texture refinement, redraw queue) hold a removed
 * instance, and so its element, for up to a few hundred milliseconds.
 */
async function memory(cdp: CDPSession): Promise<{ heap: number; nodes: number; listeners: number }> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
log('bench: bundling the page');
const files = await bundlePage(HARNESS, { minify: true });
const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let tab = await openTab(browser, files);
const baseline = await memory(tab.cdp);
const started = performance.now();

async function browserCase(c: Case, r: Result): Promise<void> {
  const { page, cdp } = tab;
  const bodies = c.model.entities.length;
  // Generous for this 2-core machine: the 10,000-body widget alone takes seconds per draw.
  const limit = 30_000 + bodies * 10;
  const step = <T>(what: string, run: () => Promise<T>, ms = limit) =>
    withTimeout(run(), `bench: ${c.name}: ${what}`, ms);

  const inPage = await step('layout in the page', () =>
    page.evaluate(([m, n]) => window.bench.layout(m, n), [c.model, Math.max(c.runs, 3)] as const),
  );
  r.pageLoadMs = inPage.loadMs;
  r.pageLayoutMs = inPage.layoutMs;

  // Alternate, so that neither side always runs on a warmer or more fragmented heap; one
  // unmeasured round first where it is cheap, so that neither pays for compiling its code.
  const drawOurs = (treeOnly: boolean) =>
    step(`widget draw${treeOnly ? ' (tree only)' : ''}`, () =>
      page.evaluate(([m, o]) => window.bench.ours(m, o), [c.model, { treeOnly }] as const),
    );
  const drawTheirs = async (connections: boolean) => {
    const b = await step(`d3-org-chart draw${connections ? ' (with connections)' : ''}`, () =>
      page.evaluate(([m, o]) => window.bench.d3OrgChart(m, o), [c.model, { connections }] as const),
    );
    if (b.nodes !== b.rows) throw new Error(`bench: ${c.name}: d3-org-chart drew ${b.nodes} of ${b.rows} nodes`);
    return b.ms;
  };
  if (bodies <= 2000) {
    await drawOurs(false);
    await drawTheirs(false);
  }
  const ours: OursRun[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    ours.push(await drawOurs(false));
    theirs.push(await drawTheirs(false));
  }
  r.oursRuns = ours;
  r.d3OrgChartRuns = theirs;
  r.readyMs = median(ours.map((o) => o.ms));
  r.readyWallMs = median(ours.map((o) => o.readyWallMs));
  r.readyEventMs = median(ours.map((o) => o.readyEventMs));
  r.cytoscapeDrawMs = median(ours.map((o) => o.drawMs));
  r.longestTaskMs = median(ours.map((o) => o.longestTaskMs));
  r.d3OrgChartMs = median(theirs);
  r.ratio = (r.readyMs as number) / (r.d3OrgChartMs as number);
  // Like for like: our widget without the relations outside the tree, and d3-org-chart with
  // them as its "connections" (fewer runs at 10,000 bodies, to keep the whole under five minutes).
  const oursTree: number[] = [];
  const theirsLinked: number[] = [];
  for (let i = 0; i < (bodies >= 10000 ? Math.min(2, c.runs) : c.runs); i++) {
    oursTree.push((await drawOurs(true)).ms);
    theirsLinked.push(await drawTheirs(true));
  }
  r.oursTreeOnlyRuns = oursTree;
  r.d3OrgChartConnectionsRuns = theirsLinked;
  r.oursTreeOnlyMs = median(oursTree);
  r.d3OrgChartConnectionsMs = median(theirsLinked);
  r.ratioTreeOnly = (r.oursTreeOnlyMs as number) / (r.d3OrgChartMs as number);
  r.ratioWithLinks = (r.readyMs as number) / (r.d3OrgChartConnectionsMs as number);
  log(
    `  ${c.name}: ours ${Math.round(r.readyMs as number)} ms, d3-org-chart ${Math.round(r.d3OrgChartMs as number)} ms; ` +
      `tree only ${Math.round(r.oursTreeOnlyMs as number)} ms, d3-org-chart with links ${Math.round(r.d3OrgChartConnectionsMs as number)} ms`,
  );

  await drawOurs(false);
  r.afterLoad = await memory(cdp);

  // Selection: from a real click on a body on screen (first, while the view is the starting
  // one), then through the API, on a body in the middle of the model.
  const target = c.model.entities[Math.floor(bodies / 2)]!.id;
  const viaClick: SelectionRun[] = [];
  for (let i = 0; i < c.runs; i++) {
    const at = await step('click target', () => page.evaluate(() => window.bench.clickTarget()));
    await page.evaluate(() => window.bench.armClick());
    await page.mouse.click(at.x, at.y);
    viaClick.push(await step('click selection', () => page.evaluate(() => window.bench.clickResult())));
    await page.mouse.move(1, 1);
    r.clickTarget = at.id;
  }
  r.selectClickRuns = viaClick.map((v) => v.ms);
  r.selectClickMs = median(r.selectClickRuns as number[]);
  r.selectClickLit = viaClick[0]?.highlighted;
  const viaApi: SelectionRun[] = [];
  for (let i = 0; i < c.runs; i++) {
    viaApi.push(await step('select()', () => page.evaluate((id) => window.bench.selectApi(id), target)));
  }
  r.selectApiTarget = target;
  r.selectApiRuns = viaApi.map((v) => v.ms);
  r.selectApiMs = median(r.selectApiRuns as number[]);
  r.selectApiLit = viaApi[0]?.highlighted;

  // Panning: a mouse drag across the drawing at the starting zoom, starting on a body (which pans
  // too: bodies cannot be moved), frame by frame.
  await step('settle', () => page.evaluate(() => window.bench.settle()));
  const centre = await page.evaluate(() => window.bench.dragStart(true));
  const panBefore = await page.evaluate(() => window.bench.viewPan());
  await page.evaluate(() => window.bench.startFrames());
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 300, centre.y - 150, { steps: 60 });
  await page.mouse.up();
  const pan = await page.evaluate(() => window.bench.stopFrames());
  const panAfter = await page.evaluate(() => window.bench.viewPan());
  if (Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y) < 100) {
    throw new Error(`bench: ${c.name}: the drag did not pan the drawing`);
  }
  r.panFrames = pan.frames;
  r.panFrameMs = pan.medianMs;
  r.panFrameP90Ms = pan.p90Ms;

  // Export: the whole diagram, as the Export menu's default does.
  const svgs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < Math.min(c.runs, 3); i++)
    svgs.push(await step('SVG export', () => page.evaluate(() => window.bench.exportSvg())));
  r.svgMs = median(svgs.map((s) => s.ms));
  r.svgBytes = svgs[0]!.bytes;
  const pngs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < Math.min(c.runs, 3); i++) {
    const png = await step('PNG export', () => page.evaluate(() => window.bench.exportPng('all')));
    if ('error' in png) {
      r.pngError = png.error;
      break;
    }
    pngs.push(png);
  }
  if (pngs.length > 0) {
    r.pngMs = median(pngs.map((p) => p.ms));
    r.pngBytes = pngs[0]!.bytes;
  } else {
    // The whole diagram is too large to rasterise: time the current view instead.
    const view = await step('PNG export (view)', () => page.evaluate(() => window.bench.exportPng('view')));
    if ('error' in view) r.pngViewError = view.error;
    else {
      r.pngViewMs = view.ms;
      r.pngViewBytes = view.bytes;
    }
  }

  // Lifecycle: the same element removed and put back, then new elements inserted and removed.
  if (c.cycles > 0) {
    const before = await memory(cdp);
    await step(
      `${c.cycles} remove/re-insert cycles`,
      () => page.evaluate((n) => window.bench.reconnect(n), c.cycles),
      limit * 20,
    );
    r.reconnect = { cycles: c.cycles, before, after: await memory(cdp) };
  }
  if (c.freshCycles > 0) {
    await page.evaluate(() => window.bench.clear());
    const before = await memory(cdp);
    await step(
      `${c.freshCycles} new elements`,
      () => page.evaluate(([m, n]) => window.bench.freshElements(m, n), [c.model, c.freshCycles] as const),
      limit * 20,
    );
    r.fresh = { cycles: c.freshCycles, before, after: await memory(cdp) };
  }
  await page.evaluate(() => window.bench.clear());
  r.afterClear = await memory(cdp);
}

for (const c of cases) {
  log(`bench: ${c.name} in Chromium (${c.runs} runs)`);
  const r = row(c.name);
  try {
    await browserCase(c, r);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    log(`  ${message}`);
    r.error = message;
    // The page may still be busy with the step that gave up: start over in a new one.
    await tab.page.close().catch(() => undefined);
    tab = await openTab(browser, files);
  }
}
const browserSeconds = (performance.now() - started) / 1000;
const chromiumVersion = browser.version();
await browser.close();

// ---------------------------------------------------------------- Bundle size

interface BundleSize {
  source: string;
  raw: number;
  gzip: number;
  files: number;
  onDemandGzip: number;
}

/** Entry plus what it imports statically (up front), and the other chunks beside it (on demand). */
function measureBundle(dir: string): Omit<BundleSize, 'source'> {
  const size = widgetSize(dir);
  return { raw: size.upFront.raw, gzip: size.upFront.gzip, files: size.upFrontFiles, onDemandGzip: size.onDemand.gzip };
}

/** The newest modification time of the widget's sources, to tell a stale dist/ from a fresh one. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'model'));
  return newest;
}

/** dist/governance-graph.js as `npm run build` left it; without one, the same build into a temporary folder. */
async function bundleSize(): Promise<BundleSize> {
  const dist = join(ROOT, 'dist');
  const built = join(dist, 'governance-graph.js');
  if (existsSync(built)) {
    const stale = statSync(built).mtimeMs < newestSource() ? ', older than the newest source file' : '';
    return {
      source: `dist/governance-graph.js from npm run build${stale}`,
      ...measureBundle(dist),
    };
  }
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'governance-graph-bench-'));
  try {
    await build({
      configFile: join(ROOT, 'vite.lib.config.ts'),
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
    });
    return {
      source: 'a build of the widget with vite.lib.config.ts (no dist/governance-graph.js)',
      ...measureBundle(dir),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

log('bench: widget bundle size');
const bundle = await bundleSize();

// ---------------------------------------------------------------- Report

const cpu = (() => {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();
const machine = {
  cpus: cpus().length,
  cpu: cpu ?? 'unknown',
  node: process.version,
  chromium: chromiumVersion,
  platform: `${process.platform} ${process.arch}`,
};

const num = (n: unknown, digits = 0) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '–');
const kB = (n: unknown) => (typeof n === 'number' ? `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}` : '–');
const MB = (n: unknown) => (typeof n === 'number' ? (n / 1e6).toFixed(1) : '–');
type Memory = { heap: number; nodes: number; listeners: number };
type Cycles = { cycles: number; before: Memory; after: Memory };
const growth = (c: Cycles | undefined) =>
  c
    ? `${MB(c.before.heap)} → ${MB(c.after.heap)} MB (${c.after.heap >= c.before.heap ? '+' : ''}${kB(c.after.heap - c.before.heap)} kB); nodes ${c.before.nodes} → ${c.after.nodes}; listeners ${c.before.listeners} → ${c.after.listeners}`
    : '–';
const entries = [...results];
const table = (head: string[], align: string[], body: (name: string, r: Result) => string[]) => [
  `| ${head.join(' | ')} |`,
  `| ${align.join(' | ')} |`,
  ...entries.map(([name, r]) => `| ${[name, ...body(name, r)].join(' | ')} |`),
];

const failed = (r: Result, columns: number) =>
  r.error && r.readyMs === undefined ? [`failed: ${r.error}`, ...Array<string>(columns - 1).fill('')] : null;
const lines = [
  `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium}${quick ? ' — quick run' : ''}`,
  `Load average (1 min) at start ${loadStart.toFixed(2)}, at end ${loadavg()[0]!.toFixed(2)}${loadStart > 0.5 ? ' — other processes were busy: figures are noisier than usual' : ''}`,
  '',
  'Model (medians; Node: loadModel on the JSON text, buildGraphView with approximateMeasure, search per query (mean and slowest of 6); page: loadModel on the object, buildGraphView with the canvas measure):',
  '',
  ...table(
    [
      'model',
      'bodies',
      'relations',
      'JSON kB',
      'load+validate ms',
      'layout ms',
      'search ms',
      'page load ms',
      'page layout ms',
    ],
    ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    (_, r) => [
      num(r.bodies),
      num(r.relations),
      kB(r.jsonBytes),
      num(r.nodeLoadMs, 1),
      num(r.nodeLayoutMs, 1),
      `${num(r.searchMs, 2)} / ${num(r.searchMaxMs, 2)}`,
      num(r.pageLoadMs, 1),
      num(r.pageLayoutMs, 1),
    ],
  ),
  '',
  'Drawing, side by side in Chromium (medians of alternating runs; ours = set `model` → gov-ready + 1 frame; d3-org-chart = render() + expandAll() → 2 frames, duration 0, every node drawn; "tree only" = ours without the relations outside the tree; "+ links" = d3-org-chart also drawing those as connections; longest task = the longest main-thread task from setting `model` to gov-ready, as the Long Tasks API reports it: how long input could wait while the model loads):',
  '',
  ...table(
    [
      'model',
      'gov-ready detail ms',
      'model → gov-ready ms',
      'ours ms',
      'Cytoscape draws ms',
      'longest task ms',
      'd3-org-chart ms',
      '**ours / d3-org-chart**',
      'ours tree only ms',
      'tree only / d3-org-chart',
      'd3-org-chart + links ms',
      'ours / d3-org-chart + links',
    ],
    ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    (_, r) =>
      failed(r, 11) ?? [
        num(r.readyEventMs),
        num(r.readyWallMs),
        num(r.readyMs),
        num(r.cytoscapeDrawMs),
        num(r.longestTaskMs),
        num(r.d3OrgChartMs),
        `**${num(r.ratio, 2)}**`,
        num(r.oursTreeOnlyMs),
        num(r.ratioTreeOnly, 2),
        num(r.d3OrgChartConnectionsMs),
        num(r.ratioWithLinks, 2),
      ],
  ),
  '',
  'Interaction and export in Chromium (medians; selection = to the end of the next painted frame, click = from its pointerdown, on a body on screen; lit = elements the selection highlights (body clicked or selected); pan = time between frames while the mouse drags the drawing at its starting zoom, median and 90th percentile (16.7 = every frame of a 60 Hz screen); export = whole diagram, PNG at 1×):',
  '',
  ...table(
    [
      'model',
      'click → painted ms',
      'lit',
      'select() → painted ms',
      'lit',
      'pan frame ms',
      'SVG ms',
      'SVG kB',
      'PNG ms',
      'PNG kB',
    ],
    ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    (_, r) =>
      failed(r, 9) ?? [
        `${num(r.selectClickMs)}`,
        `${num(r.selectClickLit)} (${r.clickTarget ?? '–'})`,
        num(r.selectApiMs),
        `${num(r.selectApiLit)} (${r.selectApiTarget ?? '–'})`,
        `${num(r.panFrameMs)} / ${num(r.panFrameP90Ms)}`,
        num(r.svgMs),
        kB(r.svgBytes),
        r.pngError ? `too large${r.pngViewMs !== undefined ? `; view: ${num(r.pngViewMs)}` : ''}` : num(r.pngMs),
        r.pngError ? (r.pngViewBytes !== undefined ? `view: ${kB(r.pngViewBytes)}` : '–') : kB(r.pngBytes),
      ],
  ),
  '',
  `Memory in Chromium (used JS heap after two forced GCs; empty page: ${MB(baseline.heap)} MB, ${baseline.nodes} DOM nodes):`,
  '',
  ...table(
    [
      'model',
      'heap after load MB',
      'heap after removal MB',
      'same element removed and re-inserted',
      'new elements inserted and removed',
    ],
    ['---', '---:', '---:', '---', '---'],
    (_, r) => [
      MB((r.afterLoad as Memory | undefined)?.heap),
      MB((r.afterClear as Memory | undefined)?.heap),
      r.reconnect ? `${(r.reconnect as Cycles).cycles}×: ${growth(r.reconnect as Cycles)}` : '–',
      r.fresh ? `${(r.fresh as Cycles).cycles}×: ${growth(r.fresh as Cycles)}` : '–',
    ],
  ),
  '',
  `Widget bundle: ${kB(bundle.raw)} kB raw, ${kB(bundle.gzip)} kB gzip up front (${bundle.files} file${bundle.files > 1 ? 's' : ''})${bundle.onDemandGzip ? `, ${kB(bundle.onDemandGzip)} kB gzip on demand` : ''} — ${bundle.source}.`,
];

// Targets from the "Performance and scale" issue.
const r = (name: string) => results.get(name);
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');
const cyclesGrow = (c: unknown) => {
  const x = c as Cycles | undefined;
  // "No growth": within 1 % or 1 MB, whichever is larger, and no more DOM nodes or listeners.
  if (!x) return null;
  return (
    x.after.heap - x.before.heap <= Math.max(1e6, x.before.heap * 0.01) &&
    x.after.nodes <= x.before.nodes &&
    x.after.listeners <= x.before.listeners
  );
};
const targets = [
  ['NATO: model → gov-ready within 300 ms', r('NATO')?.readyWallMs, (v: number) => v <= 300, 'ms'],
  ['2,000: ours / d3-org-chart ≤ 1.0', r('2,000')?.ratio, (v: number) => v <= 1, '×'],
  ['10,000: ours / d3-org-chart ≤ 1.0', r('10,000')?.ratio, (v: number) => v <= 1, '×'],
  ['2,000: click → highlight painted < 50 ms', r('2,000')?.selectClickMs, (v: number) => v < 50, 'ms'],
  ['2,000: select() → highlight painted < 50 ms', r('2,000')?.selectApiMs, (v: number) => v < 50, 'ms'],
  ['2,000: SVG export < 1 s', r('2,000')?.svgMs, (v: number) => v < 1000, 'ms'],
  ['widget bundle < 200 kB gzip', bundle.gzip / 1000, (v: number) => v < 200, 'kB'],
] as const;
lines.push('', 'Targets:', '');
for (const [what, value, ok, unit] of targets) {
  const v = typeof value === 'number' ? value : null;
  lines.push(
    `- ${verdict(v === null ? null : ok(v))}: ${what} (${v === null ? '–' : `${num(v, unit === '×' ? 2 : 0)} ${unit}`})`,
  );
}
for (const name of ['NATO', '2,000']) {
  for (const [key, label] of [
    ['reconnect', 'remove/re-insert'],
    ['fresh', 'new elements'],
  ] as const) {
    const c = r(name)?.[key] as Cycles | undefined;
    if (c)
      lines.push(
        `- ${verdict(cyclesGrow(c))}: ${name}: no heap growth over ${c.cycles} ${label} cycles (${growth(c)})`,
      );
  }
}
lines.push('', `Browser part: ${browserSeconds.toFixed(0)} s.`);

console.log(lines.join('\n'));
mkdirSync(join(ROOT, OUT_DIR), { recursive: true });
const out = join(ROOT, OUT_DIR, 'latest.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), quick, machine, loadAverage: { start: loadStart, end: loadavg()[0] }, baseline, bundle, results: Object.fromEntries(results) }, null, 2)}\n`,
);
console.log(`\nwrote ${relative(ROOT, out)}`);
