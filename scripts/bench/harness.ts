// The page `npm run bench` drives: the widget and d3-org-chart drawing the same trees in the same
// browser, plus the widget's selection, export, layout and lifecycle figures. Every function
// returns plain numbers, since that is what page.evaluate carries back to Node.
import type { Core } from 'cytoscape';
import { OrgChart } from 'd3-org-chart';
import { select as d3Select } from 'd3-selection';
import { loadModel } from '../../model/load.js';
import type { GovernanceModel } from '../../model/types.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import '../../src/governance-graph.js';
import type { GovCanvas } from '../../src/gov-canvas.js';
import { FONT_SIZE } from '../../src/view/graph-style.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { selectionHighlight } from '../../src/view/highlight.js';
import { LIGHT_THEME } from '../../src/view/theme.js';

const stage = document.getElementById('stage')!;
/** Both contenders draw into a box of this size. */
const SIZE = { width: 1280, height: 800 };

/** The next animation frame. */
function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Two frames: the first draws what the change scheduled, the second starts after that was painted. */
function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * The end of the next frame's main-thread work, paint included: a message posted from a frame
 * callback is delivered only after the frame's style, layout and paint. Closer than a second
 * frame callback, which would add up to a whole idle frame (16.7 ms) to short figures.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/** The widget drawn last, which the selection, export and lifecycle figures use. */
let widget: GovernanceGraphElement | null = null;
let chartId: string | null = null;

/** d3-org-chart keeps a window resize listener per chart, holding the whole chart: drop it. */
function dropChart(): void {
  if (chartId !== null) d3Select(window).on(`resize.${chartId}`, null);
  chartId = null;
}

/** A new, empty drawing box; whatever was drawn before is let go. */
function box(): HTMLDivElement {
  dropChart();
  widget = null;
  const div = document.createElement('div');
  div.style.width = `${SIZE.width}px`;
  div.style.height = `${SIZE.height}px`;
  stage.replaceChildren(div);
  return div;
}

function canvasOf(el: GovernanceGraphElement): GovCanvas {
  const canvas = el.shadowRoot?.querySelector('gov-canvas');
  if (!canvas) throw new Error('bench: the widget has no canvas');
  return canvas;
}

function coreOf(el: GovernanceGraphElement): Core {
  const cy = canvasOf(el).core;
  if (!cy) throw new Error('bench: the widget has no Cytoscape instance');
  return cy;
}

/** Statistics Cytoscape's canvas renderer keeps about its own draws (not public API). */
function drawStats(cy: Core): { count: number; totalMs: number } {
  const renderer = (cy as unknown as { renderer(): { redrawCount?: number; redrawTotalTime?: number } }).renderer();
  return { count: renderer.redrawCount ?? 0, totalMs: renderer.redrawTotalTime ?? 0 };
}

/** Waits (up to `limit` frames) until no viewport glide, position glide or style fade is running. */
async function settle(el: GovernanceGraphElement, limit = 120): Promise<void> {
  await el.updateComplete;
  await canvasOf(el).updateComplete;
  const cy = coreOf(el);
  await twoFrames();
  for (
    let i = 0;
    i < limit &&
    (cy.animated() ||
      cy
        .elements()
        .toArray()
        .some((e) => e.animated()));
    i++
  )
    await frame();
}

export interface OursRun {
  /** Setting `model` → gov-ready, plus one frame: the figure compared with d3-org-chart. */
  ms: number;
  /** Setting `model` → the gov-ready listener running. */
  readyWallMs: number;
  /** gov-ready's own detail.milliseconds. */
  readyEventMs: number;
  /** Cytoscape's own draws up to gov-ready: how many, and their total time. */
  draws: number;
  drawMs: number;
  /** The longest main-thread task between setting `model` and gov-ready: how long input could wait. */
  longestTaskMs: number;
}

/** Relation types d3-org-chart draws as its tree; every other relation is a cross link. */
const TREE_TYPES = new Set(['oversees', 'responsible-for', 'part-of']);

/**
 * Draws `model` in a fresh, connected, sized <governance-graph>. With `treeOnly`, relations
 * outside the tree are hidden (through the `hash-state` filters, the public way to set them),
 * so that it draws what d3-org-chart draws.
 */
async function ours(model: GovernanceModel, options: { treeOnly?: boolean } = {}): Promise<OursRun> {
  const host = box();
  const el = document.createElement('governance-graph');
  el.style.display = 'block';
  el.style.height = '100%';
  el.theme = 'light';
  if (options.treeOnly) {
    const hidden = [...new Set(model.relations.map((r) => r.type).filter((t) => !TREE_TYPES.has(t)))];
    history.replaceState(null, '', `#hide-types=${hidden.join(',')}`);
    el.hashState = true;
  } else if (location.hash) history.replaceState(null, '', location.pathname);
  host.append(el);
  await el.updateComplete;
  let readyAt = 0;
  const ready = new Promise<number>((resolve, reject) => {
    el.addEventListener(
      'gov-ready',
      (e) => {
        readyAt = performance.now();
        resolve(e.detail.milliseconds);
      },
      { once: true },
    );
    el.addEventListener('gov-error', (e) => reject(new Error(e.detail.errors[0]?.message)), { once: true });
  });
  let longestTaskMs = 0;
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  tasks.observe({ type: 'longtask' });
  const start = performance.now();
  el.model = model;
  const readyEventMs = await ready;
  for (const entry of tasks.takeRecords()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  tasks.disconnect();
  const stats = drawStats(coreOf(el));
  await frame();
  const ms = performance.now() - start;
  widget = el;
  return {
    ms,
    readyWallMs: readyAt - start,
    readyEventMs,
    draws: stats.count,
    drawMs: stats.totalMs,
    longestTaskMs,
  };
}

interface Row {
  id: string;
  parentId: string;
  name: string;
}

/**
 * d3-org-chart draws one tree from flat rows: each body under its first superior by `oversees`
 * (or `responsible-for`, or the whole it is `part-of`), and any top under one added root.
 */
function orgChartRows(model: GovernanceModel): Row[] {
  const parent = new Map<string, string>();
  for (const r of model.relations) {
    if (r.type === 'oversees' || r.type === 'responsible-for') {
      if (!parent.has(r.target)) parent.set(r.target, r.source);
    } else if (r.type === 'part-of' && !parent.has(r.source)) parent.set(r.source, r.target);
  }
  // A body under two superiors hangs under the first; a loop (which validation reports) is cut.
  for (const id of parent.keys()) {
    const seen = new Set([id]);
    for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
      if (seen.has(up)) {
        parent.delete(id);
        break;
      }
      seen.add(up);
    }
  }
  const tops = model.entities.filter((e) => !parent.has(e.id));
  if (tops.length === 1) {
    return model.entities.map((e) => ({ id: e.id, parentId: parent.get(e.id) ?? '', name: e.name }));
  }
  const ROOT_ID = 'bench-root';
  const rows = model.entities.map((e) => ({ id: e.id, parentId: parent.get(e.id) ?? ROOT_ID, name: e.name }));
  rows.unshift({ id: ROOT_ID, parentId: '', name: model.title });
  return rows;
}

/**
 * Draws `model` with d3-org-chart, every node expanded and no animation: render() → two frames.
 * With `connections`, the relations outside the tree are drawn too, as its cross links.
 */
async function d3OrgChart(
  model: GovernanceModel,
  options: { connections?: boolean } = {},
): Promise<{ ms: number; nodes: number; rows: number }> {
  const host = box();
  const rows = orgChartRows(model);
  const connections = options.connections
    ? model.relations.filter((r) => !TREE_TYPES.has(r.type)).map((r) => ({ from: r.source, to: r.target, label: '' }))
    : [];
  const start = performance.now();
  const chart = new OrgChart<Row>()
    .container(host as unknown as string)
    .data(rows)
    .connections(connections)
    .svgHeight(SIZE.height)
    .duration(0)
    .nodeWidth(() => 176)
    .nodeHeight(() => 56)
    .nodeContent((d) => `<div style="padding:8px;font:12px sans-serif">${d.data.name}</div>`);
  chart.render();
  chart.expandAll();
  await twoFrames();
  const ms = performance.now() - start;
  chartId = chart.getChartState().id;
  return { ms, nodes: host.querySelectorAll('g.node').length, rows: rows.length };
}

/** `el.select(id)` → the end of the next painted frame. */
async function selectPainted(id: string | null): Promise<number> {
  const el = widget!;
  const canvas = canvasOf(el);
  const start = performance.now();
  el.select(id);
  await el.updateComplete;
  await canvas.updateComplete;
  await afterPaint();
  return performance.now() - start;
}

/** How many bodies and lines the selection lights up: itself, its chain of command, its relations. */
function litCount(el: GovernanceGraphElement): number {
  const lit = selectionHighlight(el.graphView!, el.selected);
  return [...lit.values()].filter((classes) => !classes.includes('dimmed')).length;
}

/** Selects `id` once things are still, times it, and clears the selection again. */
async function selectApi(id: string): Promise<{ ms: number; lit: number }> {
  await settle(widget!);
  const ms = await selectPainted(id);
  const lit = litCount(widget!);
  widget!.select(null);
  await settle(widget!);
  return { ms, lit };
}

/** Where to click: a body on screen, one with a superior if any, in page coordinates. */
async function clickTarget(): Promise<{ id: string; x: number; y: number }> {
  const el = widget!;
  await settle(el);
  const cy = coreOf(el);
  const view = el.graphView!;
  const rect = canvasOf(el).getBoundingClientRect();
  const margin = 40;
  const onScreen = view.nodes.filter((node) => {
    const p = cy.getElementById(node.id).renderedPosition();
    return p.x > margin && p.x < rect.width - margin && p.y > margin && p.y < rect.height - margin;
  });
  const node = onScreen.find((n) => view.parent.has(n.id)) ?? onScreen[0];
  if (!node) throw new Error('bench: no body is on screen to click');
  const p = cy.getElementById(node.id).renderedPosition();
  return { id: node.id, x: rect.left + p.x, y: rect.top + p.y };
}

let clickDone: Promise<number> | null = null;

/** Listens for the next click's pointerdown and the gov-select it causes; clickResult() reads it. */
function armClick(): void {
  const el = widget!;
  const canvas = canvasOf(el);
  let down = 0;
  const onDown = (e: PointerEvent) => {
    down = e.timeStamp;
  };
  window.addEventListener('pointerdown', onDown, { capture: true, once: true });
  clickDone = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench: the click selected nothing within 10 s')), 10_000);
    el.addEventListener(
      'gov-select',
      async () => {
        await el.updateComplete;
        await canvas.updateComplete;
        await afterPaint();
        clearTimeout(timer);
        resolve(performance.now() - down);
      },
      { once: true },
    );
  });
}

/** pointerdown → the end of the frame that painted the selection; then clears it again. */
async function clickResult(): Promise<{ ms: number; lit: number }> {
  const ms = await clickDone!;
  clickDone = null;
  const lit = litCount(widget!);
  widget!.select(null);
  await settle(widget!);
  return { ms, lit };
}

async function exportSvg(): Promise<{ ms: number; bytes: number }> {
  await settle(widget!);
  const start = performance.now();
  const svg = await widget!.exportSvg();
  return { ms: performance.now() - start, bytes: new Blob([svg]).size };
}

async function exportPng(scope: 'all' | 'view'): Promise<{ ms: number; bytes: number } | { error: string }> {
  await settle(widget!);
  const start = performance.now();
  try {
    const png = await widget!.exportPng({ pixelRatio: 1, scope });
    return { ms: performance.now() - start, bytes: png.size };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Removes the widget and puts it back `n` times, letting it draw each time. */
async function reconnect(n: number): Promise<void> {
  const el = widget!;
  const host = el.parentElement!;
  for (let i = 0; i < n; i++) {
    el.remove();
    await frame();
    host.append(el);
    await el.updateComplete;
    await canvasOf(el).updateComplete;
    await twoFrames();
  }
}

/** `n` times: a new element is inserted, draws `model`, and is removed again. */
async function freshElements(model: GovernanceModel, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await ours(model);
  clear();
}

/** Load (object → graph) and layout in the page, with the canvas measure the widget uses; medians. */
function layout(model: GovernanceModel, runs: number): { loadMs: number; layoutMs: number } {
  const loads: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i <= runs; i++) {
    let start = performance.now();
    const result = loadModel(model);
    const loadMs = performance.now() - start;
    if (!result.ok) throw new Error('bench: the model does not load');
    // A fresh cache each time, as a new element starts with.
    const cache = new Map<string, number>();
    const context = new OffscreenCanvas(1, 1).getContext('2d')!;
    context.font = `${FONT_SIZE}px ${LIGHT_THEME.fontFamily}`;
    const measure = (text: string) => {
      let width = cache.get(text);
      if (width === undefined) {
        width = context.measureText(text).width;
        cache.set(text, width);
      }
      return width;
    };
    start = performance.now();
    buildGraphView(result.graph, { direction: 'TB', hiddenKinds: new Set(), hiddenTypes: new Set(), measure });
    const layoutMs = performance.now() - start;
    // The first run warms the JIT up.
    if (i > 0) {
      loads.push(loadMs);
      layouts.push(layoutMs);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { loadMs: median(loads), layoutMs: median(layouts) };
}

let stopFrames: (() => { frames: number; medianMs: number; p90Ms: number }) | null = null;

/** Starts timing frames (from one frame callback to the next), for a drag the test drives. */
function startFrames(): void {
  const gaps: number[] = [];
  let last = performance.now();
  let running = true;
  const loop = (now: number) => {
    gaps.push(now - last);
    last = now;
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(loop);
  });
  stopFrames = () => {
    running = false;
    const sorted = [...gaps].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
    return { frames: sorted.length, medianMs: at(0.5), p90Ms: at(0.9) };
  };
}

/** Where a drag can start on the widget's drawing (on a body or not), in page coordinates. */
function dragStart(onBody: boolean): { x: number; y: number } {
  const cy = coreOf(widget!);
  const rect = canvasOf(widget!).getBoundingClientRect();
  const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
  for (let y = rect.height / 2; y < rect.height - 40; y += 10) {
    for (let x = rect.width / 2; x < rect.width - 40; x += 10) {
      const hit = boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4);
      if (hit === onBody) return { x: rect.left + x, y: rect.top + y };
    }
  }
  throw new Error('bench: no place to start a drag');
}

function clear(): void {
  dropChart();
  widget = null;
  stage.replaceChildren();
}

const api = {
  ours,
  d3OrgChart,
  settle: () => settle(widget!),
  selectPainted,
  selectApi,
  clickTarget,
  armClick,
  clickResult,
  startFrames,
  stopFrames: () => stopFrames!(),
  dragStart,
  viewPan: () => coreOf(widget!).pan(),
  exportSvg,
  exportPng,
  reconnect,
  freshElements,
  layout,
  clear,
};

declare global {
  interface Window {
    bench: typeof api;
  }
}
window.bench = api;
