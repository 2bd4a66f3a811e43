// Profiles loading a synthetic model into the widget, or one selection in it, and prints the
// functions with the most self time.   npx tsx scripts/bench/profile.ts load|select [bodies]
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from '../find-chromium.mjs';
import { bundlePage, openBundledPage } from '../harness-page.js';
import { syntheticModel } from '../synthetic-model.js';

const HARNESS = 'scripts/bench/harness.html';
const mode = process.argv[2] === 'load' ? 'load' : 'select';
const size = Number(process.argv[3] ?? 2000);
const model = syntheticModel(size);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const page = await openBundledPage(browser, await bundlePage(HARNESS), HARNESS);
await page.waitForFunction(() => typeof window.bench === 'object');
await page.evaluate((m) => window.bench.ours(m), model);
const target = model.entities[Math.floor(size / 2)]!.id;
await page.evaluate((id) => window.bench.select(id), target);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const ms =
  mode === 'load'
    ? (await page.evaluate((m) => window.bench.ours(m), model)).ms
    : await page.evaluate((id) => window.bench.select(id), target);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

const self = new Map<string, number>();
const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1);
const counts = new Map<number, number>();
for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
}
console.log(`${mode} took ${ms.toFixed(0)} ms; top self time (ms):`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${(us / 1000).toFixed(1).padStart(7)}  ${key}`);
}

// Inclusive time of the functions that make up a load or a selection, to see where it goes.
const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
const selfOf = new Map(profile.nodes.map((n) => [n.id, (counts.get(n.id) ?? 0) * interval]));
const inclusive = (id: number): number =>
  (selfOf.get(id) ?? 0) + (children.get(id) ?? []).reduce((sum, c) => sum + inclusive(c), 0);
const totals = new Map<string, number>();
for (const node of profile.nodes) {
  const name = node.callFrame.functionName;
  if (!/^(willUpdate|update|render|performUpdate|loadModel|buildGraphView|sync|paintHighlight|fitHome|create|treeLayout|toCytoscapeElements|selectionHighlight|cytoscapeStyle|scheduleUpdate|onResize|accept|firstUpdated|updated)$/.test(name)) continue;
  totals.set(name, (totals.get(name) ?? 0) + inclusive(node.id));
}
console.log('\ninclusive time (ms):');
for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
