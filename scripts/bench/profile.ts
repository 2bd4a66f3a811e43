// Profiles the widget in headless Chromium with the V8 sampling profiler: drawing a synthetic
// model cold, as `npm run bench` times it (a fresh tab; create → gov-ready → painted frame), and
// one click on a body on screen (pointerdown → painted frame) and one selection (select() → painted frame).
// Prints, for each, the functions with the most self time, self time per module, and the
// inclusive time of the functions a load or a selection is made of.
//
//   npx tsx scripts/bench/profile.ts                 2,000 and 10,000 bodies
//   npx tsx scripts/bench/profile.ts 500 --top 30    other sizes, longer lists
//
// The page is bundled unminified (production mode) so that functions keep their names, and
// every function is traced to its module through the `// path` comments Rolldown writes.
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright';
import type { GovernanceModel } from '../../model/types.js';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { bundlePage } from '../harness-page.js';
import { syntheticModel } from '../synthetic-model.js';
import { closeTab, HARNESS, openTab, type Tab } from './browser-tab.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '20' } },
});
const sizes = positionals.length > 0 ? positionals.map(Number) : [2000, 10000];
const top = Number(values.top);

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// ---- which module each line of the bundle belongs to

const files = await bundlePage(HARNESS);
const moduleStarts = new Map<string, { line: number; module: string }[]>();
for (const [name, body] of files) {
  if (typeof body !== 'string' || !name.endsWith('.js')) continue;
  const starts: { line: number; module: string }[] = [];
  body.split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:node_modules|src|model|scripts)\/\S+)$/.exec(text);
    if (match) starts.push({ line, module: match[1]! });
  });
  moduleStarts.set(name, starts);
}

function moduleOf(url: string, line: number): string {
  const file = url.replace(/^https?:\/\/[^/]+\//, '');
  const starts = moduleStarts.get(file);
  if (!starts) return url ? file : '(native)';
  let module = '(bundle)';
  for (const start of starts) {
    if (start.line > line) break;
    module = start.module;
  }
  return module;
}

/** A package or folder: `cytoscape`, `lit`, `graphology`, `src/view`, `model/queries`… */
function groupOf(module: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg) return pkg[1]!.replace(/^(@lit|lit-html|lit-element|@lit\/reactive-element)$/, 'lit');
  const folder = /^(src\/view|src\/export|src|model\/queries|model|scripts)\//.exec(module);
  return folder ? folder[1]! : module;
}

// ---- summarising a profile

/** The parts of a V8 CPU profile (CDP Profiler.Profile) read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface Summary {
  ms: number;
  totalMs: number;
  self: [string, number][];
  groups: [string, number][];
  inclusive: [string, number][];
  /** The callers of the functions with most self time, with the self time under each. */
  callers: Map<string, [string, number][]>;
}

function summarise(profile: CpuProfile, ms: number): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const name = functionName || (url ? '(anonymous)' : '');
    return url ? `${name}  [${moduleOf(url, lineNumber)}]` : name || '(root)';
  };
  const self = new Map<string, number>();
  const groups = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const callerTimes = new Map<string, Map<string, number>>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const us = deltas[i + 1] ?? 0;
    const node = byId.get(samples[i]!)!;
    total += us;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + us);
    // The nearest caller that is a different function: whom a hot function works for.
    let up = parent.get(node.id);
    while (up !== undefined && keyOf(byId.get(up)!) === key) up = parent.get(up);
    const caller = up === undefined ? '(root)' : keyOf(byId.get(up)!);
    const perCaller = callerTimes.get(key) ?? callerTimes.set(key, new Map()).get(key)!;
    perCaller.set(caller, (perCaller.get(caller) ?? 0) + us);
    const { url, lineNumber } = node.callFrame;
    const group = url ? groupOf(moduleOf(url, lineNumber)) : key;
    groups.set(group, (groups.get(group) ?? 0) + us);
    // Each function on the stack once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!;
      if (!frame.callFrame.url) continue;
      const key = keyOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return {
    ms,
    totalMs: total / 1000,
    self: sorted(self),
    groups: sorted(groups),
    inclusive: sorted(inclusive),
    callers: new Map([...callerTimes].map(([k, m]) => [k, sorted(m)])),
  };
}

function print(title: string, s: Summary): void {
  const line = ([k, ms]: [string, number]) => `${ms.toFixed(1).padStart(8)}  ${k}`;
  console.log(`\n## ${title}: ${s.ms.toFixed(0)} ms (${s.totalMs.toFixed(0)} ms sampled)\n`);
  console.log('self time, by package or folder (ms):');
  console.log(
    s.groups
      .filter(([, ms]) => ms >= 0.5)
      .slice(0, 14)
      .map(line)
      .join('\n'),
  );
  console.log(`\nself time, top ${top} functions (ms):`);
  for (const entry of s.self.slice(0, top)) {
    console.log(line(entry));
    if (!entry[0].includes('  [') || entry[1] < s.totalMs / 50) continue;
    for (const [caller, ms] of s.callers.get(entry[0])?.slice(0, 3) ?? []) {
      if (ms >= entry[1] / 10) console.log(`${''.padStart(10)}  ← ${ms.toFixed(1)} from ${caller}`);
    }
  }
  console.log(`\ninclusive time, top ${top} functions (ms):`);
  console.log(s.inclusive.slice(0, top).map(line).join('\n'));
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<[T, CpuProfile]> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = await cdp.send('Profiler.stop');
  return [result, profile];
}

// ---- summarising a Chromium trace: where the main thread's time goes outside JS

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Self time per trace event name on the page's main thread (ms), nested events subtracted. */
function traceSelfTimes(json: string): [string, number][] {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(thread)) continue;
    (byThread.get(thread) ?? byThread.set(thread, []).get(thread)!).push(e);
  }
  // The busiest renderer main thread is the page's.
  const busiest = [...byThread.values()].sort(
    (a, b) => b.reduce((t, e) => t + e.dur!, 0) - a.reduce((t, e) => t + e.dur!, 0),
  )[0];
  const self = new Map<string, number>();
  const stack: { end: number; name: string; children: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.children);
    }
  };
  for (const e of (busiest ?? []).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    close(e.ts);
    const top = stack[stack.length - 1];
    if (top) top.children += e.dur!;
    stack.push({ end: e.ts + e.dur!, name: e.name, children: 0, dur: e.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  return [...self].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];

// ---- running

const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A fresh tab holding `model`, as the benchmark's cold draws start (cold-load.ts). */
async function coldTab(model: GovernanceModel): Promise<Tab> {
  const tab = await openTab(browser, files, log);
  await tab.page.evaluate((text) => window.bench.hold(JSON.parse(text)), JSON.stringify(model));
  return tab;
}

try {
  for (const size of sizes) {
    const model = syntheticModel(size);
    const tab = await coldTab(model);
    const { page, cdp } = tab;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // Cold, as a reader's page meets it: compiling the widget's code is part of what is profiled.
    const [load, loadProfile] = await profiled(cdp, () => page.evaluate(() => window.bench.ours()));
    print(`${size.toLocaleString('en')} bodies, cold: create → gov-ready → painted`, summarise(loadProfile, load.ms));
    console.log(
      `\n(gov-ready detail ${load.readyEventMs.toFixed(0)} ms; listener ran at ${load.readyWallMs.toFixed(0)} ms; Cytoscape drew ${load.draws}× for ${load.drawMs.toFixed(0)} ms)`,
    );
    // A real click on a body on screen, first, as the benchmark times it: it also unfolds the details.
    const at = await page.evaluate(() => window.bench.clickTarget());
    await page.evaluate(() => window.bench.armClick());
    const [click, clickProfile] = await profiled(cdp, async () => {
      await page.mouse.click(at.x, at.y);
      return page.evaluate(() => window.bench.clickResult());
    });
    print(`${size.toLocaleString('en')} bodies, click on ${at.id} → painted`, summarise(clickProfile, click.ms));
    const target = model.entities[Math.floor(size / 2)]!.id;
    await page.evaluate(() => window.bench.settle());
    const [ms, selectProfile] = await profiled(cdp, () =>
      page.evaluate((id) => window.bench.selectPainted(id), target),
    );
    print(`${size.toLocaleString('en')} bodies, select("${target}") → painted`, summarise(selectProfile, ms));
    await closeTab(tab);

    // The same two again under a Chromium trace, in a fresh tab, for style, layout, paint and canvas work.
    const tracedTab = await coldTab(model);
    const traced = async <T>(run: () => Promise<T>): Promise<[T, [string, number][]]> => {
      await browser.startTracing(tracedTab.page, { categories: TRACE_CATEGORIES });
      const result = await run();
      return [result, traceSelfTimes((await browser.stopTracing()).toString('utf8'))];
    };
    const [tracedLoad, loadTrace] = await traced(() => tracedTab.page.evaluate(() => window.bench.ours()));
    await tracedTab.page.evaluate(() => window.bench.settle());
    const [tracedSelect, selectTrace] = await traced(() =>
      tracedTab.page.evaluate((id) => window.bench.selectPainted(id), target),
    );
    const line = ([k, ms]: [string, number]) => `${ms.toFixed(1).padStart(8)}  ${k}`;
    console.log(`\n## ${size.toLocaleString('en')} bodies, traced: main-thread self time by trace event (ms)\n`);
    console.log(`cold load (${tracedLoad.ms.toFixed(0)} ms):`);
    console.log(loadTrace.slice(0, 12).map(line).join('\n'));
    console.log(`\nselect (${tracedSelect.toFixed(0)} ms):`);
    console.log(selectTrace.slice(0, 12).map(line).join('\n'));
    await closeTab(tracedTab);
  }
} finally {
  await browser.close();
}
