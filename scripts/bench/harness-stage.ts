// A benchmark page's stage: the one drawing box, and the widget drawn last (which the selection,
// export and lifecycle figures use).
import type { Core } from 'cytoscape';
import { nextFrame } from '../../src/canvas/frames.js';
import type { GovCanvas } from '../../src/gov-canvas.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';

const stage = document.getElementById('stage')!;

/** Both contenders draw into a box of this size (CSS pixels). */
export const SIZE = { width: 1280, height: 800 } as const;

let widget: GovernanceGraphElement | null = null;

/** The widget drawn last; throws when there is none, since every caller needs one. */
export function currentWidget(): GovernanceGraphElement {
  if (!widget) throw new Error('bench: no widget is drawn');
  return widget;
}

/** Makes `el` the widget the other figures use. */
export function keepWidget(el: GovernanceGraphElement): void {
  widget = el;
}

/** A new, empty drawing box; whatever was drawn before is let go. */
export function box(): HTMLDivElement {
  widget = null;
  const div = document.createElement('div');
  div.style.width = `${SIZE.width}px`;
  div.style.height = `${SIZE.height}px`;
  stage.replaceChildren(div);
  return div;
}

/** Empties the stage. */
export function clear(): void {
  widget = null;
  stage.replaceChildren();
}

export function canvasOf(el: GovernanceGraphElement): GovCanvas {
  const canvas = el.shadowRoot?.querySelector('gov-canvas');
  if (!canvas) throw new Error('bench: the widget has no canvas');
  return canvas;
}

export function coreOf(el: GovernanceGraphElement): Core {
  const cy = canvasOf(el).core;
  if (!cy) throw new Error('bench: the widget has no Cytoscape instance');
  return cy;
}

/**
 * Waits (up to `limit` frames) until no viewport glide, position glide or style fade is running.
 * Not `whenSettled` from the canvas: that one waits for the elements only, and a figure taken
 * during a viewport glide would time the glide too.
 */
export async function settle(el: GovernanceGraphElement, limit = 120): Promise<void> {
  await el.updateComplete;
  await canvasOf(el).updateComplete;
  const cy = coreOf(el);
  await twoFrames();
  const moving = () =>
    cy.animated() ||
    cy
      .elements()
      .toArray()
      .some((e) => e.animated());
  for (let i = 0; i < limit && moving(); i++) await nextFrame();
}

/** Two frames: the first draws what the change scheduled, the second starts after that was painted. */
export async function twoFrames(): Promise<void> {
  await nextFrame();
  await nextFrame();
}
