// One case in Chromium: Node drives the benchmark page (window.bench) through layout, the drawing
// race with d3-org-chart, selection, panning, export and lifecycle, and adds each group of figures
// to the case's as soon as it is complete.
import type { CDPSession, Page } from 'playwright';
import { type Tab, withTimeout } from './browser-tab.js';
import type { BenchCase } from './cases.js';
import type {
  CaseFigures,
  DrawFigures,
  ExportFigures,
  MemoryFigures,
  PageLayoutFigures,
  PanFigures,
  SelectionFigures,
} from './figures.js';
import { memory } from './memory.js';
import type { ExportRun, OursRun, SelectionRun } from './page-api.js';
import { median } from './statistics.js';

/** What every step of a case needs: the tab, the case, and a time limit. */
interface CaseRun {
  page: Page;
  cdp: CDPSession;
  c: BenchCase;
  bodies: number;
  /** The time limit of one step (ms). */
  limit: number;
  /** Runs one step in the page, failing with a message naming it after `ms`. */
  step<T>(what: string, run: () => Promise<T>, ms?: number): Promise<T>;
  /** One widget draw; with `treeOnly`, without the relations outside the tree. */
  drawOurs(treeOnly: boolean): Promise<OursRun>;
  /** One d3-org-chart draw (ms); with `connections`, with those relations as its cross links. */
  drawTheirs(connections: boolean): Promise<number>;
}

function caseRun({ page, cdp }: Tab, c: BenchCase): CaseRun {
  const bodies = c.model.entities.length;
  // Generous for a 2-core machine: the 10,000-body widget alone takes seconds per draw.
  const limit = 30_000 + bodies * 10;
  const step = <T>(what: string, run: () => Promise<T>, ms = limit) =>
    withTimeout(run(), `bench: ${c.name}: ${what}`, ms);
  return {
    page,
    cdp,
    c,
    bodies,
    limit,
    step,
    drawOurs: (treeOnly) =>
      step(`widget draw${treeOnly ? ' (tree only)' : ''}`, () =>
        page.evaluate(([m, o]) => window.bench.ours(m, o), [c.model, { treeOnly }] as const),
      ),
    drawTheirs: async (connections) => {
      const b = await step(`d3-org-chart draw${connections ? ' (with connections)' : ''}`, () =>
        page.evaluate(([m, o]) => window.bench.d3OrgChart(m, o), [c.model, { connections }] as const),
      );
      if (b.nodes !== b.rows) throw new Error(`bench: ${c.name}: d3-org-chart drew ${b.nodes} of ${b.rows} nodes`);
      return b.ms;
    },
  };
}

async function pageLayout({ page, c, step }: CaseRun): Promise<PageLayoutFigures> {
  const inPage = await step('layout in the page', () =>
    page.evaluate(([m, n]) => window.bench.layout(m, n), [c.model, Math.max(c.runs, 3)] as const),
  );
  return { pageLoadMs: inPage.loadMs, pageLayoutMs: inPage.layoutMs };
}

/**
 * The drawing race. Alternate, so that neither side always runs on a warmer or more fragmented
 * heap; one unmeasured round first where it is cheap, so that neither pays for compiling its code.
 */
async function draws(run: CaseRun, log: (line: string) => void): Promise<DrawFigures> {
  const { c, bodies, drawOurs, drawTheirs } = run;
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
  const readyMs = median(ours.map((o) => o.ms));
  const d3OrgChartMs = median(theirs);
  // Like for like: our widget without the relations outside the tree, and d3-org-chart with
  // them as its "connections" (fewer runs at 10,000 bodies, to keep the whole under five minutes).
  const oursTree: number[] = [];
  const theirsLinked: number[] = [];
  for (let i = 0; i < (bodies >= 10000 ? Math.min(2, c.runs) : c.runs); i++) {
    oursTree.push((await drawOurs(true)).ms);
    theirsLinked.push(await drawTheirs(true));
  }
  const oursTreeOnlyMs = median(oursTree);
  const d3OrgChartConnectionsMs = median(theirsLinked);
  log(
    `  ${c.name}: ours ${Math.round(readyMs)} ms, d3-org-chart ${Math.round(d3OrgChartMs)} ms; ` +
      `tree only ${Math.round(oursTreeOnlyMs)} ms, d3-org-chart with links ${Math.round(d3OrgChartConnectionsMs)} ms`,
  );
  return {
    oursRuns: ours,
    d3OrgChartRuns: theirs,
    readyMs,
    readyWallMs: median(ours.map((o) => o.readyWallMs)),
    readyEventMs: median(ours.map((o) => o.readyEventMs)),
    cytoscapeDrawMs: median(ours.map((o) => o.drawMs)),
    longestTaskMs: median(ours.map((o) => o.longestTaskMs)),
    d3OrgChartMs,
    ratio: readyMs / d3OrgChartMs,
    oursTreeOnlyRuns: oursTree,
    d3OrgChartConnectionsRuns: theirsLinked,
    oursTreeOnlyMs,
    d3OrgChartConnectionsMs,
    ratioTreeOnly: oursTreeOnlyMs / d3OrgChartMs,
    ratioWithLinks: readyMs / d3OrgChartConnectionsMs,
  };
}

/**
 * Selection: from a real click on a body on screen (first, while the view is the starting one),
 * then through the API, on a body in the middle of the model.
 */
async function selection({ page, c, bodies, step }: CaseRun): Promise<SelectionFigures> {
  const target = c.model.entities[Math.floor(bodies / 2)]!.id;
  const viaClick: SelectionRun[] = [];
  let clickTarget = '';
  for (let i = 0; i < c.runs; i++) {
    const at = await step('click target', () => page.evaluate(() => window.bench.clickTarget()));
    await page.evaluate(() => window.bench.armClick());
    await page.mouse.click(at.x, at.y);
    viaClick.push(await step('click selection', () => page.evaluate(() => window.bench.clickResult())));
    await page.mouse.move(1, 1);
    clickTarget = at.id;
  }
  const viaApi: SelectionRun[] = [];
  for (let i = 0; i < c.runs; i++) {
    viaApi.push(await step('select()', () => page.evaluate((id) => window.bench.selectApi(id), target)));
  }
  const selectClickRuns = viaClick.map((v) => v.ms);
  const selectApiRuns = viaApi.map((v) => v.ms);
  return {
    clickTarget,
    selectClickRuns,
    selectClickMs: median(selectClickRuns),
    selectClickHighlighted: viaClick[0]!.highlighted,
    selectApiTarget: target,
    selectApiRuns,
    selectApiMs: median(selectApiRuns),
    selectApiHighlighted: viaApi[0]!.highlighted,
  };
}

/**
 * Panning: a mouse drag across the drawing at the starting zoom, starting on a body (which pans
 * too: bodies cannot be moved), frame by frame. Throws if the drawing did not move.
 */
async function pan({ page, c, step }: CaseRun): Promise<PanFigures> {
  await step('settle', () => page.evaluate(() => window.bench.settle()));
  const centre = await page.evaluate(() => window.bench.dragStart(true));
  const panBefore = await page.evaluate(() => window.bench.viewPan());
  await page.evaluate(() => window.bench.startFrames());
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 300, centre.y - 150, { steps: 60 });
  await page.mouse.up();
  const frames = await page.evaluate(() => window.bench.stopFrames());
  const panAfter = await page.evaluate(() => window.bench.viewPan());
  if (Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y) < 100) {
    throw new Error(`bench: ${c.name}: the drag did not pan the drawing`);
  }
  return { panFrames: frames.frames, panFrameMs: frames.medianMs, panFrameP90Ms: frames.p90Ms };
}

/** Export: the whole diagram, as the Export menu's default does; up to 3 runs of each. */
async function exports({ page, c, step }: CaseRun): Promise<ExportFigures> {
  const svgs: ExportRun[] = [];
  for (let i = 0; i < Math.min(c.runs, 3); i++)
    svgs.push(await step('SVG export', () => page.evaluate(() => window.bench.exportSvg())));
  const figures: ExportFigures = { svgMs: median(svgs.map((s) => s.ms)), svgBytes: svgs[0]!.bytes };
  const pngs: ExportRun[] = [];
  for (let i = 0; i < Math.min(c.runs, 3); i++) {
    const png = await step('PNG export', () => page.evaluate(() => window.bench.exportPng('all')));
    if ('error' in png) {
      figures.pngError = png.error;
      break;
    }
    pngs.push(png);
  }
  if (pngs.length > 0) {
    figures.pngMs = median(pngs.map((p) => p.ms));
    figures.pngBytes = pngs[0]!.bytes;
  } else {
    // The whole diagram is too large to rasterise: time the current view instead.
    const view = await step('PNG export (view)', () => page.evaluate(() => window.bench.exportPng('view')));
    if ('error' in view) figures.pngViewError = view.error;
    else {
      figures.pngViewMs = view.ms;
      figures.pngViewBytes = view.bytes;
    }
  }
  return figures;
}

/** Lifecycle: the same element removed and put back, then new elements inserted and removed. */
async function lifecycle({ page, cdp, c, limit, step }: CaseRun): Promise<Omit<MemoryFigures, 'afterLoad'>> {
  const figures: Pick<MemoryFigures, 'reconnect' | 'fresh'> = {};
  if (c.cycles > 0) {
    const before = await memory(cdp);
    await step(
      `${c.cycles} remove/re-insert cycles`,
      () => page.evaluate((n) => window.bench.reconnect(n), c.cycles),
      limit * 20,
    );
    figures.reconnect = { cycles: c.cycles, before, after: await memory(cdp) };
  }
  if (c.freshCycles > 0) {
    await page.evaluate(() => window.bench.clear());
    const before = await memory(cdp);
    await step(
      `${c.freshCycles} new elements`,
      () => page.evaluate(([m, n]) => window.bench.freshElements(m, n), [c.model, c.freshCycles] as const),
      limit * 20,
    );
    figures.fresh = { cycles: c.freshCycles, before, after: await memory(cdp) };
  }
  await page.evaluate(() => window.bench.clear());
  return { ...figures, afterClear: await memory(cdp) };
}

/**
 * Measures `c` in the page open in `tab`, adding to `figures` group by group; throws on the first
 * step that fails or gives up, leaving the groups completed before it in place.
 */
export async function browserCase(
  tab: Tab,
  c: BenchCase,
  figures: CaseFigures,
  log: (line: string) => void,
): Promise<void> {
  const run = caseRun(tab, c);
  Object.assign(figures, await pageLayout(run));
  Object.assign(figures, await draws(run, log));
  await run.drawOurs(false);
  figures.afterLoad = await memory(run.cdp);
  Object.assign(figures, await selection(run));
  Object.assign(figures, await pan(run));
  Object.assign(figures, await exports(run));
  Object.assign(figures, await lifecycle(run));
}
