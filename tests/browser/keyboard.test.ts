import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { clickNode, mount, nextEvent, settle, shadow } from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement | undefined;
let page: HTMLElement | undefined;

afterEach(() => {
  el?.remove();
  page?.remove();
  el = page = undefined;
});

async function open(): Promise<GovernanceGraphElement> {
  ({ el } = await mount((e) => {
    e.model = nato;
  }));
  await settle(el);
  return el;
}

/** The element focus is on inside the widget's shadow root (null when it is outside the widget). */
function focusIn(e: GovernanceGraphElement): Element | null {
  return e.shadowRoot?.activeElement ?? null;
}

/** The outline's shadow root, with the Outline tab opened from the panel's tabs. */
async function openOutline(e: GovernanceGraphElement): Promise<ShadowRoot> {
  const toggle = shadow<HTMLButtonElement>(e, '.panel-toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  await userEvent.click(shadow<HTMLButtonElement>(e, '#tab-outline'));
  await settle(e);
  const outline = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(e, 'gov-outline');
  await outline.updateComplete;
  return outline.shadowRoot!;
}

describe('<governance-graph> Escape', () => {
  it('clears the selection right after a body is clicked, focus left where the click put it', async () => {
    const e = await open();
    await clickNode(e, 'nci-agency');
    await settle(e);
    expect(e.selected).toBe('nci-agency');
    // The click put focus on the drawing, so Escape reaches the widget.
    expect(focusIn(e)?.classList.contains('stage')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(e.selected).toBeNull();
  });

  it('clears the selection from the details heading that Enter moved focus to, and keeps focus in the widget', async () => {
    const e = await open();
    shadow<HTMLElement>(e, '.stage').focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await settle(e);
    expect(e.selected).not.toBeNull();
    const details = shadow<HTMLElement>(e, 'gov-details');
    expect(focusIn(e)).toBe(details);
    expect(details.shadowRoot?.activeElement?.localName).toBe('h2');
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(e.selected).toBeNull();
    expect(focusIn(e)).not.toBeNull();
  });

  it('closes an open Export menu first, and clears the selection only on the next Escape', async () => {
    const e = await open();
    e.select('nci-agency');
    await settle(e);
    const menu = shadow<HTMLElement>(e, 'gov-export-menu');
    const button = menu.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="export-panel"]')!;
    const panel = menu.shadowRoot!.querySelector<HTMLElement>('#export-panel')!;
    await userEvent.click(button);
    await settle(e);
    expect(panel.hidden).toBe(false);
    // Focus on the menu's button, then inside the menu.
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(panel.hidden).toBe(true);
    expect(e.selected).toBe('nci-agency');
    await userEvent.click(button);
    await settle(e);
    panel.querySelector<HTMLInputElement>('input')!.focus();
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(panel.hidden).toBe(true);
    expect(e.selected).toBe('nci-agency');
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(e.selected).toBeNull();
  });

  it('closes the search list first, and clears the selection only on the next Escape', async () => {
    const e = await open();
    e.select('nci-agency');
    await settle(e);
    const search = shadow<HTMLElement>(e, 'gov-search');
    const input = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    const list = search.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    await userEvent.click(input);
    await userEvent.keyboard('ncirc');
    await settle(e);
    expect(list.hidden).toBe(false);
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(list.hidden).toBe(true);
    expect(e.selected).toBe('nci-agency');
    await userEvent.keyboard('{Escape}');
    await settle(e);
    expect(e.selected).toBeNull();
  });
});

describe('<governance-graph> Outline', () => {
  it('selects a body on Enter and keeps focus on its item, from where the arrows go on', async () => {
    const e = await open();
    const outline = await openOutline(e);
    const first = outline.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    const chosen = outline.activeElement as HTMLElement;
    const id = chosen.dataset.id!;
    expect(id).not.toBe(first.dataset.id);
    await userEvent.keyboard('{Enter}');
    await settle(e);
    await settle(e);
    expect(e.selected).toBe(id);
    const item = outline.activeElement as HTMLElement | null;
    expect(item?.dataset.id).toBe(id);
    expect(item?.getAttribute('aria-selected')).toBe('true');
    expect(shadow(e, '#tab-outline').getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    expect((outline.activeElement as HTMLElement | null)?.dataset.id).not.toBe(id);
  });

  it('selects a clicked body and keeps focus on its item', async () => {
    const e = await open();
    const outline = await openOutline(e);
    const item = outline.querySelector<HTMLElement>('[role="treeitem"][data-id="cyber-defence-committee"] > span')!;
    await userEvent.click(item);
    await settle(e);
    await settle(e);
    expect(e.selected).toBe('cyber-defence-committee');
    expect((outline.activeElement as HTMLElement | null)?.dataset.id).toBe('cyber-defence-committee');
  });
});

describe('<governance-graph> landmarks', () => {
  /** axe-core's landmark rules, whatever its version has. */
  const landmarkRules = () =>
    axe
      .getRules()
      .map((rule) => rule.ruleId)
      .filter((id) => id.startsWith('landmark-') || id === 'region');

  async function landmarkFindings(): Promise<string[]> {
    const result = await axe.run(document, { runOnly: { type: 'rule', values: landmarkRules() } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }

  it('has none of axe’s landmark findings on a page of its own, with a body selected and the panel open', async () => {
    const e = await open();
    expect(landmarkRules()).toEqual(expect.arrayContaining(['region', 'landmark-one-main', 'landmark-unique']));
    e.select('nci-agency');
    await settle(e);
    expect(await landmarkFindings()).toEqual([]);
    expect(shadow(e, '.stage').getAttribute('role')).toBe('main');
    expect(shadow(e, 'aside').getAttribute('role')).toBe('complementary');
  });

  it('has none inside a page’s own main content, where its drawing and panel are labelled regions', async () => {
    page = document.createElement('main');
    const heading = document.createElement('h1');
    heading.textContent = 'A page about NATO';
    page.append(heading);
    document.body.append(page);
    el = document.createElement('governance-graph');
    Object.assign(el.style, { width: '1100px', height: '700px' });
    const ready = nextEvent(el, 'gov-ready');
    el.model = nato;
    page.append(el);
    await ready;
    await settle(el);
    expect(await landmarkFindings()).toEqual([]);
    expect(shadow(el, '.stage').getAttribute('role')).toBe('region');
  });
});
