// Interaction with the widget drawn last: a selection through the API or a real click, timed to
// the painted frame, and frame times while Node drags the drawing.

import { afterPaint } from '../../src/canvas/frames.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';
import { isHighlighted, selectionHighlight } from '../../src/view/highlight.js';
import { canvasOf, coreOf, currentWidget, settle } from './harness-stage.js';
import type { ClickTarget, FitRun, FrameTimes, PagePoint, SelectionRun } from './page-api.js';
import { percentile } from './statistics.js';

/** `el.select(id)` → the end of the next painted frame (ms). */
export async function selectPainted(id: string | null): Promise<number> {
  const el = currentWidget();
  const canvas = canvasOf(el);
  const start = performance.now();
  el.select(id);
  await el.updateComplete;
  await canvas.updateComplete;
  await afterPaint();
  return performance.now() - start;
}

/** How many bodies and lines the selection highlights: itself, its chain of command, its relations. */
function highlightedCount(el: GovernanceGraphElement): number {
  const highlight = selectionHighlight(el.graphView!, el.selected);
  return [...highlight.keys()].filter((id) => isHighlighted(highlight, id)).length;
}

/** Selects `id` once things are still, times it, and clears the selection again. */
export async function selectApi(id: string): Promise<SelectionRun> {
  const el = currentWidget();
  await settle(el);
  const ms = await selectPainted(id);
  const highlighted = highlightedCount(el);
  el.select(null);
  await settle(el);
  return { ms, highlighted };
}

/** Where to click: a body on screen, one with a superior if any, in page coordinates. */
export async function clickTarget(): Promise<ClickTarget> {
  const el = currentWidget();
  await settle(el);
  const cy = coreOf(el);
  const view = el.graphView!;
  const rect = canvasOf(el).getBoundingClientRect();
  const margin = 40;
  const onScreen = view.nodes.filter((node) => {
    // A large drawing holds only the bodies near the view.
    const drawn = cy.getElementById(nodeKey(node.id));
    if (drawn.empty()) return false;
    const p = drawn.renderedPosition();
    return p.x > margin && p.x < rect.width - margin && p.y > margin && p.y < rect.height - margin;
  });
  const node = onScreen.find((n) => view.parent.has(n.id)) ?? onScreen[0];
  if (!node) throw new Error('bench: no body is on screen to click');
  const p = cy.getElementById(nodeKey(node.id)).renderedPosition();
  return { id: node.id, x: rect.left + p.x, y: rect.top + p.y };
}

let clickDone: Promise<number> | null = null;

/** Listens for the next click's pointerdown and the gov-select it causes; clickResult() reads it. */
export function armClick(): void {
  const el = currentWidget();
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
export async function clickResult(): Promise<SelectionRun> {
  if (!clickDone) throw new Error('bench: clickResult() without armClick()');
  const ms = await clickDone;
  clickDone = null;
  const el = currentWidget();
  const highlighted = highlightedCount(el);
  el.select(null);
  await settle(el);
  return { ms, highlighted };
}

let framesStop: (() => FrameTimes) | null = null;

/** Starts timing frames (from one frame callback to the next), for a drag that Node drives. */
export function startFrames(): void {
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
  framesStop = () => {
    running = false;
    return { frames: gaps.length, medianMs: percentile(gaps, 0.5), p90Ms: percentile(gaps, 0.9) };
  };
}

/** Stops the timing startFrames() began: the median and 90th percentile gap. */
export function stopFrames(): FrameTimes {
  if (!framesStop) throw new Error('bench: stopFrames() without startFrames()');
  return framesStop();
}

/** Where a drag can start on the widget's drawing (on a body or not), in page coordinates. */
export function dragStart(onBody: boolean): PagePoint {
  const el = currentWidget();
  const cy = coreOf(el);
  const rect = canvasOf(el).getBoundingClientRect();
  const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
  for (let y = rect.height / 2; y < rect.height - 40; y += 10) {
    for (let x = rect.width / 2; x < rect.width - 40; x += 10) {
      const hit = boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4);
      if (hit === onBody) return { x: rect.left + x, y: rect.top + y };
    }
  }
  throw new Error('bench: no place to start a drag');
}

/** The widget's pan, in rendered pixels. */
export function viewPan(): PagePoint {
  return coreOf(currentWidget()).pan();
}

/**
 * The toolbar's Fit, at once (no glide): → the end of the frame painted once Cytoscape holds what
 * the whole drawing needs (`ms`), and how many elements it then holds (`held`: none in an
 * overview, whose bodies are boxes on the line layer).
 */
export async function fitPainted(): Promise<FitRun> {
  const el = currentWidget();
  const canvas = canvasOf(el);
  await settle(el);
  const start = performance.now();
  canvas.fit(false);
  // The canvas follows the view in the frame after it moved, then adds what came into it.
  await afterPaint();
  await canvas.drawn;
  await afterPaint();
  return { ms: performance.now() - start, held: coreOf(el).elements().length };
}
