// One case in Chromium: the drawing race, cold (each draw in a fresh tab, the widget and
// d3-org-chart alternately), then, on the tab of the widget's last draw, selection, panning,
// export and lifecycle, each group of figures added to the case's as soon as it is complete.
import type { Browser, CDPSession, Page } from 'playwright';
import { closeTab, type Tab, withTimeout } from './browser-tab.js';
import type { BenchCase } from './cases.js';
import { coldLoad, stepLimit } from './cold-load.js';
import { d3Cold } from './d3-cold.js';
import { orgChartRows } from './d3-rows.js';
import type {
  CaseFigures,
  DrawFigures,
  ExportFigures,
  MemoryFigures,
  PanFigures,
  SelectionFigures,
} from './figures.js';
import { memory } from './memory.js';
import type { ExportRun, OursRun, SelectionRun } from './page-api.js';
import { median } from './statistics.js';

/** What every step after the draws needs: the tab, the case, and a time limit. */
interface CaseRun {
  page: Page;
  cdp: CDPSession;
  c: BenchCase;
  bodies: number;
  /** The time limit of one step (ms). */
  limit: number;
  /** Runs one step in the page, failing with a message naming it after `ms`. */
  step<T>(what: string, run: () => Promise<T>, ms?: number): Promise<T>;
}

function caseRun({ page, cdp }: Tab, c: BenchCase): CaseRun {
  const limit = stepLimit(c);
  const step = <T>(what: string, run: () => Promise<T>, ms = limit) =>
    withTimeout(run(), `bench: ${c.name}: ${what}`, ms);
  return { page, cdp, c, bodies: c.model.entities.length, limit, step };
}

/** The medians of the cold draws. */
function drawFigures(ours: OursRun[], heaps: number[], theirs: number[]): DrawFigures {
  const readyMs = median(ours.map((o) => o.ms));
  const d3OrgChartMs = median(theirs);
  return {
    oursRuns: ours,
    d3OrgChartRuns: theirs,
    readyMs,
    readyWallMs: median(ours.map((o) => o.readyWallMs)),
    readyEventMs: median(ours.map((o) => o.readyEventMs)),
    cytoscapeDrawMs: median(ours.map((o) => o.drawMs)),
    longestTaskMs: median(ours.map((o) => o.longestTaskMs)),
    heapAfterLoadRuns: heaps,
    heapAfterLoad: median(heaps),
    d3OrgChartMs,
    ratio: readyMs / d3OrgChartMs,
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
 * The drag: strokes of `steps` moves with a pause after each, as a hand would, about two seconds
 * in all. Three strokes of 400 × 200 pixels carry the view past the margin a large drawing holds
 * around it (half a view each side; see canvas/draw-window.ts), so that bodies come in and go
 * while the frames are timed.
 */
const DRAG = { strokes: 3, steps: 40, pauseMs: 16, dx: -400, dy: -200 } as const;

/**
 * Panning: mouse drags across the drawing at the starting zoom, starting on a body (which pans
 * too: bodies cannot be moved), frame by frame; then the whole drawing brought into view with
 * Fit. Throws if the drawing did not move.
 */
async function pan({ page, c, step }: CaseRun): Promise<PanFigures> {
  await step('settle', () => page.evaluate(() => window.bench.settle()));
  const centre = await page.evaluate(() => window.bench.dragStart(true));
  const panBefore = await page.evaluate(() => window.bench.viewPan());
  await page.evaluate(() => window.bench.startFrames());
  for (let stroke = 0; stroke < DRAG.strokes; stroke++) {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let i = 1; i <= DRAG.steps; i++) {
      await page.mouse.move(centre.x + (DRAG.dx * i) / DRAG.steps, centre.y + (DRAG.dy * i) / DRAG.steps);
      await new Promise((resolve) => setTimeout(resolve, DRAG.pauseMs));
    }
    await page.mouse.up();
  }
  const frames = await page.evaluate(() => window.bench.stopFrames());
  const panAfter = await page.evaluate(() => window.bench.viewPan());
  if (Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y) < 100) {
    throw new Error(`bench: ${c.name}: the drag did not pan the drawing`);
  }
  const fit = await step('Fit', () => page.evaluate(() => window.bench.fitPainted()));
  return {
    panFrames: frames.frames,
    panFrameMs: frames.medianMs,
    panFrameP90Ms: frames.p90Ms,
    fitMs: fit.ms,
    fitHeld: fit.held,
  };
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
async function lifecycle({ page, cdp, c, limit, step }: CaseRun): Promise<MemoryFigures> {
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
      () => page.evaluate((n) => window.bench.freshElements(n), c.freshCycles),
      limit * 20,
    );
    figures.fresh = { cycles: c.freshCycles, before, after: await memory(cdp) };
  }
  await page.evaluate(() => window.bench.clear());
  return { ...figures, afterClear: await memory(cdp) };
}

/** Selection, panning, export and lifecycle on the widget drawn in `tab`, added to `figures`. */
async function afterDraw(tab: Tab, c: BenchCase, figures: CaseFigures): Promise<void> {
  const run = caseRun(tab, c);
  Object.assign(figures, await selection(run));
  Object.assign(figures, await pan(run));
  Object.assign(figures, await exports(run));
  Object.assign(figures, await lifecycle(run));
}

/**
 * Measures `c`: `c.runs` cold draws of each contender, alternately, each in a fresh tab of
 * `browser` (`files`: the two benchmark pages, bundled). The steps after the draws run on the
 * tab of the widget's last draw, before d3-org-chart's last; if one fails, `figures.error` says
 * so and the draws go on. Throws if a draw fails, leaving the groups completed before in place.
 */
export async function browserCase(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  c: BenchCase,
  figures: CaseFigures,
  log: (line: string) => void,
): Promise<void> {
  const rows = orgChartRows(c.model);
  const ours: OursRun[] = [];
  const heaps: number[] = [];
  const theirs: number[] = [];
  try {
    for (let i = 0; i < c.runs; i++) {
      const load = await coldLoad(browser, files, c, log);
      ours.push(load.run);
      heaps.push(load.heap);
      log(
        `  ${c.name}: ours ${Math.round(load.run.ms)} ms, longest task ${Math.round(load.run.longestTaskMs)} ms, ` +
          `heap ${(load.heap / 1e6).toFixed(1)} MB`,
      );
      try {
        if (i === c.runs - 1) await afterDraw(load.tab, c, figures);
      } catch (error) {
        figures.error = (error as Error).message.split('\n')[0]!;
        log(`  ${figures.error}`);
      } finally {
        await closeTab(load.tab);
      }
      theirs.push(await d3Cold(browser, files, c, rows, log));
      log(`  ${c.name}: d3-org-chart ${Math.round(theirs.at(-1)!)} ms`);
    }
  } finally {
    // The draws completed before one that failed still count.
    if (ours.length > 0) Object.assign(figures, drawFigures(ours, heaps, theirs));
  }
}
