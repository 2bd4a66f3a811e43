import { userEvent } from 'vitest/browser';
import '../../src/governance-graph.js';
import type { GovCanvas } from '../../src/gov-canvas.js';
import type { GovernanceGraphElement, GovReadyDetail } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';

/** Puts a widget on the page, sized, and resolves when it has drawn its model (or failed). */
export async function mount(
  setup: (el: GovernanceGraphElement) => void,
  size = { width: 1100, height: 700 },
): Promise<{ el: GovernanceGraphElement; ready: GovReadyDetail }> {
  const el = document.createElement('governance-graph');
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  const ready = new Promise<GovReadyDetail>((resolve, reject) => {
    el.addEventListener('gov-ready', (e) => resolve(e.detail), { once: true });
    el.addEventListener('gov-error', (e) => reject(new Error(e.detail.errors.map((x) => x.message).join('; '))), {
      once: true,
    });
  });
  setup(el);
  document.body.append(el);
  return { el, ready: await ready };
}

/** Resolves with the first event of a type the element fires. */
export function nextEvent<T>(el: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

export function shadow<T extends Element>(root: Element, selector: string): T {
  const found = root.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${root.localName}`);
  return found;
}

export function canvasOf(el: GovernanceGraphElement): GovCanvas {
  return shadow<GovCanvas>(el, 'gov-canvas');
}

export function core(el: GovernanceGraphElement) {
  const cy = canvasOf(el).core;
  if (!cy) throw new Error('no Cytoscape instance');
  return cy;
}

/** Clicks a body where it is drawn on the canvas, as a person would. */
export async function clickNode(el: GovernanceGraphElement, id: string): Promise<void> {
  const cy = core(el);
  const node = cy.getElementById(nodeKey(id));
  if (node.empty()) throw new Error(`no node ${id} drawn`);
  const canvas = canvasOf(el);
  cy.stop();
  cy.center(node);
  await frame();
  const p = node.renderedPosition();
  await userEvent.click(canvas, { position: { x: Math.round(p.x), y: Math.round(p.y) } });
}

/** Moves the pointer over a body where it is drawn. */
export async function hoverNode(el: GovernanceGraphElement, id: string): Promise<void> {
  const cy = core(el);
  const node = cy.getElementById(nodeKey(id));
  cy.stop();
  cy.center(node);
  await frame();
  const p = node.renderedPosition();
  await userEvent.hover(canvasOf(el), { position: { x: Math.round(p.x), y: Math.round(p.y) } });
}

/** Clicks an empty spot of the canvas. */
export async function clickBackground(el: GovernanceGraphElement): Promise<void> {
  const cy = core(el);
  const canvas = canvasOf(el);
  const box = cy.elements().renderedBoundingBox();
  const x = Math.min(canvas.clientWidth - 4, Math.max(4, box.x1 - 20));
  const y = Math.min(canvas.clientHeight - 4, Math.max(4, box.y1 - 20));
  await userEvent.click(canvas, { position: { x, y } });
}

export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export async function settle(el: GovernanceGraphElement): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
}
