// `npm run bench`: the widget's speed and size as a reader meets it, cold, on deterministic
// synthetic governance models and the NATO model: every draw in a fresh tab, side by side with
// d3-org-chart drawing the same trees the same way, alternately; the explorer page from
// navigation to gov-ready; the model in Node. Prints markdown tables, each figure beside its
// target, and writes bench-results/latest.json.
//
//   npm run bench                     every case: 5 cold draws each (3 at 10,000, 1 at 50,000)
//   npm run bench -- --quick          one draw each, no 50,000, fewer lifecycle cycles
//   npm run bench -- --only 2,000     one case (NATO, 500, 2,000, 10,000 or 50,000), the explorer or the hub
//
// The pages are bundled by Vite in memory (production mode, minified) and served through
// Playwright's request routing: no port is opened and the pages reach no network.
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { bundlePage } from '../harness-page.js';
import { browserCase } from './browser-case.js';
import { closeTab, D3_HARNESS, HARNESS, openTab } from './browser-tab.js';
import { bundleSize } from './bundle-size.js';
import { benchCases, type CaseName, explorerRuns, HUB_PARTNERS, hubModel, pickCases } from './cases.js';
import { EXPLORER, explorerLoad } from './explorer-load.js';
import type { CaseFigures, ExplorerFigures, HubFigures } from './figures.js';
import { loadAverage, machine } from './machine.js';
import { memory } from './memory.js';
import { nodeCase } from './node-case.js';
import { reportLines, writeResults } from './report.js';
import { median } from './statistics.js';

/** Other work on the machine skews every figure: note how busy it was before we started. */
const loadStart = loadAverage();
const wallStart = performance.now();
const log = (line: string) => process.stderr.write(`${line}\n`);
const firstLine = (error: unknown) => (error as Error).message.split('\n')[0]!;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('usage: npm run bench [-- --quick] [-- --only NATO|500|2,000|10,000|50,000|explorer|hub]');
  process.exit(0);
}
const quick = args.quick ?? false;
const only = args.only;
const allCases = benchCases(quick, !quick || only !== undefined);
const cases = only === 'hub' || only === 'explorer' ? [] : pickCases(allCases, only);
const measureHub = only === undefined || only === 'hub';
const measureExplorer = only === undefined || only === 'explorer';
if (cases.length === 0 && !measureHub && !measureExplorer) {
  console.error(`bench: no case "${only}"; cases: ${allCases.map((c) => c.name).join(', ')}, explorer, hub`);
  process.exit(2);
}

log(`bench: Node figures (${cases.length} cases)`);
const results = new Map<CaseName, CaseFigures>();
for (const c of cases) results.set(c.name, nodeCase(c));

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
log('bench: bundling the pages');
const files = new Map([
  ...(await bundlePage(HARNESS, { config: 'vite.lib.config.ts' })),
  ...(await bundlePage(D3_HARNESS, { minify: true })),
  ...(measureExplorer ? await bundlePage(EXPLORER, { config: 'vite.config.ts' }) : []),
]);
const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const started = performance.now();
const baselineTab = await openTab(browser, files, log);
const baseline = await memory(baselineTab.cdp);
await closeTab(baselineTab);

let explorer: ExplorerFigures | undefined;
if (measureExplorer) {
  log(`bench: the explorer page (${explorerRuns(quick)} navigations)`);
  try {
    explorer = await measureExplorerPage(browser);
  } catch (error) {
    log(`  ${firstLine(error)}`);
  }
}
for (const c of cases) {
  log(`bench: ${c.name} in Chromium (${c.runs} cold draws each)`);
  const figures = results.get(c.name)!;
  try {
    await browserCase(browser, files, c, figures, log);
  } catch (error) {
    figures.error = firstLine(error);
    log(`  ${figures.error}`);
  }
}
let hub: HubFigures | undefined;
if (measureHub) {
  log(`bench: a hub of ${HUB_PARTNERS} relations in Chromium`);
  try {
    hub = await measureHubCase(browser);
  } catch (error) {
    log(`  ${firstLine(error)}`);
  }
}
const browserSeconds = (performance.now() - started) / 1000;
const chromiumVersion = browser.version();
await browser.close();

log('bench: widget bundle size');
const bundle = await bundleSize();

const run = {
  date: new Date().toISOString(),
  quick,
  machine: machine(chromiumVersion),
  loadAverage: { start: loadStart, end: loadAverage() },
  baseline,
  bundle,
  cases: results,
  ...(explorer ? { explorer } : {}),
  ...(hub ? { hub } : {}),
  browserSeconds,
  wallSeconds: (performance.now() - wallStart) / 1000,
};
console.log(reportLines(run).join('\n'));
console.log(`\nwrote ${writeResults(run)}`);

/** Navigations to the explorer page, each in a fresh tab. */
async function measureExplorerPage(b: Browser): Promise<ExplorerFigures> {
  const runs = [];
  for (let i = 0; i < explorerRuns(quick); i++) {
    runs.push(await explorerLoad(b, files, log));
    log(`  explorer: gov-ready at ${Math.round(runs.at(-1)!.readyMs)} ms`);
  }
  return { runs, readyMs: median(runs.map((r) => r.readyMs)), paintedMs: median(runs.map((r) => r.paintedMs)) };
}

/** Draws the hub model once in a fresh tab, then selects the hub three times. */
async function measureHubCase(b: Browser): Promise<HubFigures> {
  const tab = await openTab(b, files, log);
  try {
    await tab.page.evaluate((text) => window.bench.hold(JSON.parse(text)), JSON.stringify(hubModel()));
    const drawn = await tab.page.evaluate(() => window.bench.ours());
    const selectRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      selectRuns.push((await tab.page.evaluate(() => window.bench.selectApi('hub'))).ms);
    }
    return {
      partners: HUB_PARTNERS,
      readyWallMs: drawn.readyWallMs,
      longestTaskMs: drawn.longestTaskMs,
      selectRuns,
      selectMs: median(selectRuns),
    };
  } finally {
    await closeTab(tab);
  }
}
