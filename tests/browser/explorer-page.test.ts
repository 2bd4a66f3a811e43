import { afterEach, describe, expect, it } from 'vitest';
import { startExplorer, TITLE_PREFIX } from '../../src/explorer-page.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import nato from './nato.js';
import './helpers.js';

/*
 * The explorer page (index.html with src/explorer.ts) set up around a widget on this test page,
 * for a page address with or without `?src=`. This page's server is Vite's, as in development.
 */

let el: GovernanceGraphElement;
const pageTitle = document.title;

afterEach(() => {
  el?.remove();
  for (const bar of document.querySelectorAll('.explorer-source')) bar.remove();
  document.title = pageTitle;
});

/** Starts the explorer for `address` and resolves with the event that ends the load. */
function explore(address: string): Promise<CustomEvent> {
  el = document.createElement('governance-graph');
  el.style.height = '600px';
  document.body.append(el);
  const ended = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('gov-ready', resolve, { once: true });
    el.addEventListener('gov-error', resolve, { once: true });
  });
  startExplorer(el, new URL(address, location.origin), nato);
  return ended;
}

/** The message the widget shows inside itself. */
async function shownError(): Promise<string> {
  await el.updateComplete;
  const errors = el.shadowRoot?.querySelector('gov-errors') as
    | (HTMLElement & { updateComplete: Promise<unknown> })
    | null;
  await errors?.updateComplete;
  return errors?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('the explorer page', () => {
  it('maps the headers of a file given by ?src= with ?columns=, as the element’s columns attribute does', async () => {
    const csv = `data:text/csv,${encodeURIComponent('Emp No,Boss No,Who\n1,,Ada\n2,1,Ben\n3,1,Cy\n')}`;
    const columns = 'id:Emp No;parentId:Boss No;name:Who';
    const ended = await explore(`/?src=${encodeURIComponent(csv)}&columns=${encodeURIComponent(columns)}`);
    expect(ended.type).toBe('gov-ready');
    expect([ended.detail.entities, ended.detail.relations]).toEqual([3, 2]);
  });

  it('titles the page after the built-in model, with no link back to it', async () => {
    expect((await explore('/')).type).toBe('gov-ready');
    expect(document.title).toBe(`${TITLE_PREFIX}${nato.title}`);
    expect(document.querySelector('.explorer-source')).toBeNull();
  });

  it('titles the page after a CSV given by ?src=, and links back to the built-in model', async () => {
    const src = '/tests/fixtures/org-chart.csv';
    expect((await explore(`/explorer/?src=${encodeURIComponent(src)}#select=1`)).type).toBe('gov-ready');
    const title = el.governanceGraph!.getAttribute('title');
    expect(title).not.toBe(nato.title);
    expect(document.title).toBe(`${TITLE_PREFIX}${title}`);
    const bar = document.querySelector('.explorer-source')!;
    expect(bar.textContent).toContain(src);
    const back = bar.querySelector('a')!;
    expect(new URL(back.href).href).toBe(`${location.origin}/explorer/`);
  });

  it('says a ?src= file the development server does not have was not found, with its URL', async () => {
    const src = '/tests/fixtures/no-such-file.csv';
    expect((await explore(`/?src=${src}`)).type).toBe('gov-error');
    const message = await shownError();
    expect(message).toContain(src);
    expect(message).toContain('was not found (the server sent a web page instead)');
  });
});
