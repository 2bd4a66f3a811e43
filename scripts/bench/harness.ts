// The page `npm run bench` drives: the widget and d3-org-chart drawing the same trees, in the
// same browser, measured from handing over the data to the first painted frame.
import { OrgChart } from 'd3-org-chart';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import '../../src/governance-graph.js';
import type { GovernanceModel } from '../../model/types.js';

const stage = document.getElementById('stage')!;
const SIZE = { width: 1280, height: 800 };

/** The next frame: Cytoscape's own frame callback, registered earlier, has drawn by then. */
function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function painted(): Promise<void> {
  // The first frame runs the drawing scheduled by the change; the second starts after it painted.
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function box(): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${SIZE.width}px`;
  div.style.height = `${SIZE.height}px`;
  stage.replaceChildren(div);
  return div;
}

let widget: GovernanceGraphElement | null = null;

async function ours(model: GovernanceModel): Promise<{ ms: number; readyMs: number }> {
  const host = box();
  const el = document.createElement('governance-graph');
  el.style.height = '100%';
  host.append(el);
  await el.updateComplete;
  const ready = new Promise<number>((resolve, reject) => {
    el.addEventListener('gov-ready', (e) => resolve(e.detail.milliseconds), { once: true });
    el.addEventListener('gov-error', (e) => reject(new Error(e.detail.errors[0]?.message)), { once: true });
  });
  const start = performance.now();
  el.model = model;
  const readyMs = await ready;
  await painted();
  widget = el;
  return { ms: performance.now() - start, readyMs };
}

async function d3OrgChart(model: GovernanceModel): Promise<{ ms: number }> {
  const host = box();
  // d3-org-chart draws one tree: each body under its first superior, and every top under one root.
  const parent = new Map<string, string>();
  for (const r of model.relations) {
    if (r.type === 'oversees' || r.type === 'responsible-for') {
      if (!parent.has(r.target)) parent.set(r.target, r.source);
    } else if (r.type === 'part-of' && !parent.has(r.source)) parent.set(r.source, r.target);
  }
  const ROOT_ID = 'bench-root';
  const data = model.entities.map((e) => ({ id: e.id, parentId: parent.get(e.id) ?? ROOT_ID, name: e.name }));
  data.push({ id: ROOT_ID, parentId: '', name: model.title });
  const start = performance.now();
  const chart = new OrgChart<{ id: string; parentId: string; name: string }>()
    .container(host as unknown as string)
    .data(data)
    .duration(0)
    .nodeWidth(() => 176)
    .nodeHeight(() => 56)
    .nodeContent((d) => `<div class="node">${d.data.name}</div>`);
  chart.render();
  chart.expandAll();
  await painted();
  return { ms: performance.now() - start };
}

async function select(id: string): Promise<number> {
  const el = widget!;
  const start = performance.now();
  el.select(id);
  await el.updateComplete;
  await el.shadowRoot?.querySelector('gov-canvas')?.updateComplete;
  await frame();
  const ms = performance.now() - start;
  el.select(null);
  await el.updateComplete;
  await painted();
  return ms;
}

async function exportSvg(): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const svg = await widget!.exportSvg();
  return { ms: performance.now() - start, bytes: new Blob([svg]).size };
}

async function exportPng(): Promise<{ ms: number; bytes: number } | { error: string }> {
  const start = performance.now();
  try {
    const png = await widget!.exportPng({ pixelRatio: 1 });
    return { ms: performance.now() - start, bytes: png.size };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Removes and re-inserts the widget `n` times, letting it draw each time. */
async function cycles(n: number): Promise<void> {
  const el = widget!;
  const host = el.parentElement!;
  for (let i = 0; i < n; i++) {
    el.remove();
    await painted();
    host.append(el);
    await el.updateComplete;
    await painted();
  }
}

function clear(): void {
  widget = null;
  stage.replaceChildren();
}

declare global {
  interface Window {
    bench: typeof api;
  }
}
const api = { ours, d3OrgChart, select, exportSvg, exportPng, cycles, clear };
window.bench = api;
