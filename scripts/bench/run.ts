// `npm run bench`: the widget's speed and size on deterministic synthetic governance models and
// the NATO model, in Node and in headless Chromium, side by side with d3-org-chart drawing the
// same trees in the same browser. Prints markdown tables and writes bench-results/latest.json.
//
//   npm run bench                     every case, 7/7/5/5/3 runs
//   npm run bench -- --quick          fewer runs and lifecycle cycles (about a minute)
//   npm run bench -- --only 2,000     one case (NATO, 50, 500, 2,000 or 10,000), or the hub
//
// The page is bundled by Vite in memory (production mode) and served through Playwright's
// request routing: no port is opened and the page reaches no network.
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { bundlePage } from '../harness-page.js';
import { browserCase } from './browser-case.js';
import { HARNESS, openTab } from './browser-tab.js';
import { bundleSize } from './bundle-size.js';
import { benchCases, type CaseName, HUB_PARTNERS, hubModel, pickCases } from './cases.js';
import type { CaseFigures, HubFigures } from './figures.js';
import { loadAverage, machine } from './machine.js';
import { memory } from './memory.js';
import { nodeCase } from './node-case.js';
import { reportLines, writeResults } from './report.js';
import { median } from './statistics.js';

/** Other work on the machine skews every figure: note how busy it was before we started. */
const loadStart = loadAverage();
const log = (line: string) => process.stderr.write(`${line}\n`);

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('usage: npm run bench [-- --quick] [-- --only NATO|50|500|2,000|10,000|hub]');
  process.exit(0);
}
const quick = args.quick ?? false;
const allCases = benchCases(quick);
const cases = args.only === 'hub' ? [] : pickCases(allCases, args.only);
const measureHub = args.only === undefined || args.only === 'hub';
if (cases.length === 0 && !measureHub) {
  console.error(`bench: no case "${args.only}"; cases: ${allCases.map((c) => c.name).join(', ')}`);
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
log('bench: bundling the page');
const files = await bundlePage(HARNESS, { minify: true });
const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let tab = await openTab(browser, files, log);
const baseline = await memory(tab.cdp);
const started = performance.now();
for (const c of cases) {
  log(`bench: ${c.name} in Chromium (${c.runs} runs)`);
  const figures = results.get(c.name)!;
  try {
    await browserCase(tab, c, figures, log);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    log(`  ${message}`);
    figures.error = message;
    // The page may still be busy with the step that gave up: start over in a new one.
    await tab.page.close().catch(() => undefined);
    tab = await openTab(browser, files, log);
  }
}
let hub: HubFigures | undefined;
if (measureHub) {
  log(`bench: a hub of ${HUB_PARTNERS} relations in Chromium`);
  try {
    hub = await measureHubCase();
  } catch (error) {
    log(`  ${(error as Error).message.split('\n')[0]}`);
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
  ...(hub ? { hub } : {}),
  browserSeconds,
};
console.log(reportLines(run).join('\n'));
console.log(`\nwrote ${writeResults(run)}`);

/** Draws the hub model once in the open tab, then selects the hub three times. */
async function measureHubCase(): Promise<HubFigures> {
  const drawn = await tab.page.evaluate((model) => window.bench.ours(model), hubModel());
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
}
