import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';
import { core, mount } from './helpers.js';

let el: GovernanceGraphElement;
afterEach(() => el?.remove());

/** Ten bodies under one head, each line without the quote that would state it: ten warnings. */
const MODEL = {
  title: 'Warned',
  entities: [
    { id: 'head', name: 'Head', kind: 'body' },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `b${i}`, name: `Body ${i}`, kind: 'body' })),
  ],
  relations: Array.from({ length: 10 }, (_, i) => ({ source: 'head', target: `b${i}`, type: 'oversees' })),
};

/** The rendered boxes of every body, in the page's pixels. */
function bodyBoxes(): DOMRect[] {
  const cy = core(el);
  const surface = el.shadowRoot!.querySelector('gov-canvas')!.getBoundingClientRect();
  return cy.nodes().map((n) => {
    const b = n.renderedBoundingBox({ includeLabels: false });
    return new DOMRect(surface.left + b.x1, surface.top + b.y1, b.w, b.h);
  });
}

describe('<governance-graph> with warnings about its model', () => {
  it('shows them in a bar of its own below the drawing, which frames every body above it, and gives the room back once closed', async () => {
    ({ el } = await mount((e) => {
      e.model = MODEL;
    }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const bar = el.shadowRoot!.querySelector('gov-warnings')!;
    const barBox = bar.shadowRoot!.querySelector('.bar')!.getBoundingClientRect();
    expect(barBox.height).toBeGreaterThan(0);
    const canvas = el.shadowRoot!.querySelector('gov-canvas')!.getBoundingClientRect();
    expect(canvas.bottom).toBeLessThanOrEqual(barBox.top + 0.5);
    const boxes = bodyBoxes();
    expect(boxes.filter((b) => b.bottom > barBox.top || b.top < canvas.top)).toEqual([]);
    expect(core(el).getElementById(nodeKey('head')).nonempty()).toBe(true);

    await userEvent.click(bar.shadowRoot!.querySelector('button')!);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(el.shadowRoot!.querySelector('gov-canvas')!.getBoundingClientRect().bottom).toBeGreaterThan(canvas.bottom);
  });
});
