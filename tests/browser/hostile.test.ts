import { afterEach, describe, expect, it } from 'vitest';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { mount, settle, shadow } from './helpers.js';

let el: GovernanceGraphElement;
afterEach(() => el?.remove());

/** A one-body model whose source has the given URL, with that body selected and its details shown. */
async function detailsWithSource(url: string): Promise<ShadowRoot> {
  ({ el } = await mount((e) => {
    e.model = {
      title: 'Hostile',
      source: { title: 'The page', url },
      entities: [{ id: 'a', name: 'A body', kind: 'body' }],
      relations: [],
    };
  }));
  el.select('a');
  await settle(el);
  const details = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-details');
  await details.updateComplete;
  return details.shadowRoot!;
}

describe('<governance-graph> given hostile text in a model', () => {
  for (const url of ['JavaScript:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x']) {
    it(`shows the source URL ${JSON.stringify(url)} as text, not as a link`, async () => {
      const root = await detailsWithSource(url);
      expect(root.querySelectorAll('a[href]').length).toBe(0);
      expect(root.querySelector('.source')!.textContent).toContain('The page');
    });
  }

  it('links a web address', async () => {
    const root = await detailsWithSource('https://example.org/page');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/page']);
  });
});
