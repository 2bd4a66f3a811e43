// The widget's side of the drawing race: a fresh <governance-graph> drawing a model, timed from
// setting `model` to gov-ready plus one frame.
import type { Core } from 'cytoscape';
import type { GovernanceModel } from '../../model/types.js';
import '../../src/governance-graph.js';
import { nextFrame } from '../../src/canvas/frames.js';
import { TREE_TYPES } from './harness-d3.js';
import { box, coreOf, keepWidget } from './harness-stage.js';
import type { OursRun } from './page-api.js';

/** Statistics Cytoscape's canvas renderer keeps about its own draws (not public API). */
function drawStats(cy: Core): { count: number; totalMs: number } {
  const renderer = (cy as unknown as { renderer(): { redrawCount?: number; redrawTotalTime?: number } }).renderer();
  return { count: renderer.redrawCount ?? 0, totalMs: renderer.redrawTotalTime ?? 0 };
}

/**
 * Draws `model` in a fresh, connected, sized <governance-graph>. With `treeOnly`, relations
 * outside the tree are hidden (through the `hash-state` filters, the public way to set them),
 * so that it draws what d3-org-chart draws.
 */
export async function ours(model: GovernanceModel, options: { treeOnly?: boolean } = {}): Promise<OursRun> {
  const host = box();
  const el = document.createElement('governance-graph');
  el.style.display = 'block';
  el.style.height = '100%';
  el.theme = 'light';
  // Every body drawn, as d3-org-chart draws after expandAll(); not the collapsed first view.
  el.expandAll = true;
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
  await nextFrame();
  const ms = performance.now() - start;
  keepWidget(el);
  return {
    ms,
    readyWallMs: readyAt - start,
    readyEventMs,
    draws: stats.count,
    drawMs: stats.totalMs,
    longestTaskMs,
  };
}
