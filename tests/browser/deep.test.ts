import { afterEach, describe, expect, it } from 'vitest';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';
import { core, mount, settle, shadow } from './helpers.js';

let el: GovernanceGraphElement | undefined;
const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);

afterEach(() => {
  el?.remove();
  el = undefined;
  window.removeEventListener('error', onError);
  pageErrors.length = 0;
});

/** b0 over b1 over b2 … over b(n-1). */
function chainModel(n: number) {
  return {
    title: 'Deep',
    entities: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, name: `Body ${i}`, kind: 'body' })),
    relations: Array.from({ length: n - 1 }, (_, i) => ({ source: `b${i}`, target: `b${i + 1}`, type: 'oversees' })),
  };
}

describe('<governance-graph> given a chain of command 10,000 levels deep', () => {
  const n = 10_000;
  const deepest = `b${n - 1}`;

  it('draws it, and selecting the deepest body lists its whole chain in the details and the outline', async () => {
    window.addEventListener('error', onError);
    ({ el } = await mount((e) => {
      e.expandAll = true;
      e.model = chainModel(n);
    }));
    const cy = core(el);
    // A drawing this large holds the bodies near the view (the top, here), and gains the others as
    // the view moves to them.
    const drawn = (id: string) => cy.getElementById(nodeKey(id)).nonempty();
    expect(drawn('b0')).toBe(true);
    expect(drawn(deepest)).toBe(false);
    expect(cy.nodes().length).toBeLessThan(n / 10);

    el.select(deepest);
    await settle(el);
    await expect.poll(() => drawn(deepest)).toBe(true);
    expect(drawn('b0')).toBe(false);
    const details = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-details');
    await details.updateComplete;
    const chains = details.shadowRoot!.querySelectorAll('nav[aria-label="Chain of command"]');
    expect(chains).toHaveLength(1);
    const crumbs = [...chains[0]!.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(crumbs).toHaveLength(n);
    expect(crumbs.slice(0, 2)).toEqual(['Body 0', 'Body 1']);
    expect(crumbs.slice(-2)).toEqual([`Body ${n - 2}`, `Body ${n - 1}`]);

    shadow<HTMLButtonElement>(el, '#tab-outline').click();
    await settle(el);
    const outline = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-outline');
    await outline.updateComplete;
    const items = outline.shadowRoot!.querySelectorAll('[role="treeitem"][data-id]');
    expect(items).toHaveLength(n);
    const last = outline.shadowRoot!.querySelector(`[role="treeitem"][data-id="${deepest}"]`)!;
    expect(last.getAttribute('aria-level')).toBe(String(n));
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
