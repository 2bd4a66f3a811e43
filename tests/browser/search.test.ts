import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { mount, settle, shadow } from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement;

afterEach(() => {
  el?.remove();
});

/** The header's search: its text field and the suggestions it lists. */
function headerSearch() {
  const root = shadow<HTMLElement>(el, 'header gov-search').shadowRoot!;
  return {
    input: root.querySelector('input')!,
    options: () => [...root.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
  };
}

const nameOf = (id: string) => nato.entities.find((e) => e.id === id)!.name;

describe('<governance-graph> search box', () => {
  it('shows the name of the body navigated to, and empties when the selection is cleared', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
    const { input } = headerSearch();
    await userEvent.click(input);
    await userEvent.keyboard('cio{Enter}');
    await settle(el);
    expect(el.selected).toBe('chief-information-officer');
    expect(input.value).toBe(nameOf('chief-information-officer'));

    // A breadcrumb in the details: the box follows the selection, not the old query.
    const details = shadow<HTMLElement>(el, 'gov-details');
    const crumb = details.shadowRoot!.querySelector<HTMLButtonElement>('.crumbs button.link')!;
    await userEvent.click(crumb);
    await settle(el);
    expect(el.selected).not.toBe('chief-information-officer');
    expect(input.value).toBe(nameOf(el.selected!));

    shadow<HTMLElement>(el, '.stage').focus();
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.selected).toBeNull();
    expect(input.value).toBe('');
  });

  it('says that a body of another year is not in the year shown', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
      e.year = 2010;
    }));
    const search = headerSearch();
    await userEvent.click(search.input);
    await userEvent.keyboard('pledge');
    await settle(el);
    expect(search.options()).toEqual(['Cyber Defence Pledge: not in the year shown']);
  });
});
