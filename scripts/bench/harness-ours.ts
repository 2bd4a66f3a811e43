// The widget's side of the drawing race, cold: the page has loaded the widget's module and holds
// the model, and nothing else has happened. The time runs from before document.createElement to
// the end of the first frame painted after gov-ready.
import type { Core } from 'cytoscape';
import type { GovernanceModel } from '../../model/types.js';
import '../../src/governance-graph.js';
import { afterPaint, nextFrame } from '../../src/canvas/frames.js';
import { box, coreOf, keepWidget } from './harness-stage.js';
import type { OursRun } from './page-api.js';

let held: GovernanceModel | null = null;

/** Keeps `model` for the next draw, so that handing it over from Node is not timed. */
export function hold(model: GovernanceModel): void {
  held = model;
}

/** Statistics Cytoscape's canvas renderer keeps about its own draws (not public API). */
function drawStats(cy: Core): { count: number; totalMs: number } {
  const renderer = (cy as unknown as { renderer(): { redrawCount?: number; redrawTotalTime?: number } }).renderer();
  return { count: renderer.redrawCount ?? 0, totalMs: renderer.redrawTotalTime ?? 0 };
}

/** The longest main-thread task (ms) that began at or after `start`, as the Long Tasks API reports it. */
function longestTaskSince(start: number, entries: readonly PerformanceEntry[]): number {
  return entries.filter((e) => e.startTime >= start).reduce((longest, e) => Math.max(longest, e.duration), 0);
}

/**
 * Draws the held model in a new <governance-graph> with every body shown (`expand-all`, as
 * d3-org-chart draws every row): create, append, set `model`, gov-ready, the next painted frame.
 */
export async function ours(): Promise<OursRun> {
  const model = held;
  if (!model) throw new Error('bench: no model held');
  const host = box();
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });

  const start = performance.now();
  const el = document.createElement('governance-graph');
  el.style.display = 'block';
  el.style.height = '100%';
  el.expandAll = true;
  const ready = new Promise<number>((resolve, reject) => {
    el.addEventListener('gov-ready', (e) => resolve(e.detail.milliseconds), { once: true });
    el.addEventListener('gov-error', (e) => reject(new Error(e.detail.errors[0]?.message)), { once: true });
  });
  host.append(el);
  el.model = model;
  const readyEventMs = await ready;
  const readyWallMs = performance.now() - start;
  const stats = drawStats(coreOf(el));
  await afterPaint();
  const ms = performance.now() - start;

  // A long task's entry is queued once the task has ended: give the last one a frame to arrive.
  await nextFrame();
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  keepWidget(el);
  return {
    ms,
    readyWallMs,
    readyEventMs,
    draws: stats.count,
    drawMs: stats.totalMs,
    longestTaskMs: longestTaskSince(start, tasks),
  };
}
