import { afterEach, describe, expect, it } from 'vitest';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import { whenSettled } from '../../src/canvas/frames.js';
import type { GovExportMenu } from '../../src/gov-export-menu.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';
import { DARK_THEME, LIGHT_THEME } from '../../src/view/theme.js';
import { canvasOf, core, mount, settle, shadow } from './helpers.js';
import nato from './nato.js';

/*
 * Pictures fit for a report: they say which year and body they show, come in light colours from
 * a dark screen, can leave out what is not selected, export the view at the screen's size, and
 * come as PNG whatever the size of the chart.
 */

let el: GovernanceGraphElement;

afterEach(() => {
  el?.remove();
});

async function show(model: GovernanceGraphElement['model'], setup: (e: GovernanceGraphElement) => void = () => {}) {
  ({ el } = await mount((e) => {
    e.theme = 'light';
    setup(e);
    e.model = model;
  }));
  await whenSettled(core(el));
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

const menuOf = (e: GovernanceGraphElement) => shadow<GovExportMenu>(e, 'gov-export-menu');
const buttonOf = (menu: GovExportMenu, text: string) =>
  [...menu.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

describe('the title line of an export', () => {
  it('names the year shown and the selected body', async () => {
    await show(nato, (e) => {
      e.year = 2015;
    });
    el.select('ncirc-technical-centre');
    const doc = parse(await el.exportSvg());
    const line = 'NATO cyber defence governance — 2015 — NCIRC Technical Centre';
    expect(doc.querySelector('svg > title')?.textContent).toBe(line);
    expect(doc.querySelector('text.title')?.textContent).toBe(line);
  });

  it('names the year alone while nothing is selected, and neither in all years', async () => {
    await show(nato, (e) => {
      e.year = 2010;
    });
    expect(parse(await el.exportSvg()).querySelector('text.title')?.textContent).toBe(
      'NATO cyber defence governance — 2010',
    );
    el.year = null;
    expect(parse(await el.exportSvg()).querySelector('text.title')?.textContent).toBe('NATO cyber defence governance');
  });
});

describe('the colours of an export', () => {
  it('are light when asked, from a reader in dark mode, and the screen stays dark', async () => {
    await show(nato, (e) => {
      e.theme = 'dark';
    });
    el.select('ncirc-technical-centre');
    const node = () => core(el).getElementById(nodeKey('cyber-defence-committee'));
    await settle(el);
    await whenSettled(core(el));
    const screenFill = node().style('background-color');
    const light = parse(await el.exportSvg({ theme: 'light' }));
    expect(light.querySelector('rect.background')?.getAttribute('fill')).toBe(LIGHT_THEME.background);
    expect(light.querySelector('text.title')?.closest('g')?.getAttribute('fill')).toBe(LIGHT_THEME.text);
    // The bodies take the light theme's pale fills, not the screen's dark ones.
    const lightFill = light.querySelector('g.node[data-id="cyber-defence-committee"] [fill]')?.getAttribute('fill');
    const asOnScreen = parse(await el.exportSvg({ theme: 'screen' }));
    expect(asOnScreen.querySelector('rect.background')?.getAttribute('fill')).toBe(DARK_THEME.background);
    const darkFill = asOnScreen.querySelector('g.node[data-id="cyber-defence-committee"] [fill]')?.getAttribute('fill');
    expect(lightFill).not.toBe(darkFill);
    expect(node().style('background-color')).toBe(screenFill);
  });
});

describe('"selection only"', () => {
  it('draws the selection, its chain of command and its relations, and leaves the rest out', async () => {
    await show(nato);
    el.select('ncirc-technical-centre');
    await settle(el);
    await whenSettled(core(el));
    const cy = core(el);
    const lit = cy.nodes().filter((n) => !n.hasClass('dimmed'));
    const dimmed = cy.nodes().filter((n) => n.hasClass('dimmed'));
    expect(dimmed.length).toBeGreaterThan(lit.length);
    const doc = parse(await el.exportSvg({ selectionOnly: true }));
    const drawn = [...doc.querySelectorAll('g.node')];
    expect(drawn.map((g) => g.getAttribute('data-id')).sort()).toEqual(
      lit.map((n) => n.id().slice(nodeKey('').length)).sort(),
    );
    // Drawn as highlighted, not ghosted.
    for (const g of drawn) expect(g.getAttribute('opacity')).toBeNull();
    expect(doc.querySelector('g.node[data-id="ncirc-technical-centre"]')).not.toBeNull();
    // As on screen, the rest is there, ghosted.
    expect(parse(await el.exportSvg()).querySelectorAll('g.node').length).toBe(nato.entities.length);
  });

  it('is offered in the menu only while a body is selected', async () => {
    await show(nato);
    const option = () =>
      [...menuOf(el).shadowRoot!.querySelectorAll('label')]
        .find((l) => l.textContent?.includes('Selection only'))!
        .querySelector('input')!;
    expect(option().disabled).toBe(true);
    el.select('ncirc-technical-centre');
    await settle(el);
    await menuOf(el).updateComplete;
    expect(option().disabled).toBe(false);
  });
});

describe('"current view"', () => {
  it('is exported at the size of the view after Fit on a chart of 300 bodies, not at the model scale', async () => {
    await show(syntheticModel(300), (e) => {
      e.expandAll = true;
    });
    el.fit();
    // Fit glides to the whole chart, which at this size is drawn small.
    await expect.poll(() => core(el).zoom(), { timeout: 10_000 }).toBeLessThan(0.5);
    // Past 0.5 the glide may still be under way: wait for its end, where the whole chart is in view.
    await expect.poll(() => core(el).animated(), { timeout: 10_000 }).toBe(false);
    await whenSettled(core(el));
    const canvas = canvasOf(el);
    const root = parse(await el.exportSvg({ scope: 'view', title: false, legend: false })).documentElement;
    expect(Number(root.getAttribute('width'))).toBeLessThanOrEqual(canvas.clientWidth + 1);
    expect(Number(root.getAttribute('height'))).toBeLessThanOrEqual(canvas.clientHeight + 1);
    expect(root.querySelectorAll('g.node').length).toBe(300);
    const png = await el.exportPng({ scope: 'view', pixelRatio: 2 });
    expect(png.pixelRatio).toBe(2);
  }, 60_000);
});

describe('a PNG of a chart of 5,000 bodies', () => {
  it('is made at a lowered pixel ratio, which the result and the menu report', async () => {
    await show(syntheticModel(5000), (e) => {
      e.expandAll = true;
    });
    const png = await el.exportPng({ pixelRatio: 2 });
    expect(png.type).toBe('image/png');
    expect(png.requestedPixelRatio).toBe(2);
    expect(png.pixelRatio).toBeLessThan(1);
    const picture = await createImageBitmap(png);
    expect(picture.width).toBeLessThanOrEqual(32_767);
    expect(picture.width).toBeGreaterThan(1000);
    const menu = menuOf(el);
    buttonOf(menu, 'Export').click();
    await menu.updateComplete;
    buttonOf(menu, 'PNG').click();
    await expect
      .poll(() => menu.shadowRoot!.querySelector('.notice')?.textContent ?? '', { timeout: 60_000 })
      .toMatch(/drawn at 0\.\d+× instead of 2×/);
    expect(menu.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  }, 180_000);
});

describe('the Fullscreen button', () => {
  it('asks for the widget fullscreen', async () => {
    await show(nato);
    const calls: Element[] = [];
    // Observed only: a headless browser would refuse fullscreen without a real user gesture.
    el.requestFullscreen = function (this: Element) {
      calls.push(this);
      return Promise.resolve();
    };
    menuOf(el).shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Fullscreen"]')!.click();
    expect(calls).toEqual([el]);
  });

  it('is in the menu, beside Print, in a widget as narrow as a phone', async () => {
    ({ el } = await mount(
      (e) => {
        e.model = nato;
      },
      { width: 360, height: 700 },
    ));
    const calls: Element[] = [];
    el.requestFullscreen = function (this: Element) {
      calls.push(this);
      return Promise.resolve();
    };
    const menu = menuOf(el);
    const beside = menu.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen.beside')!;
    expect(getComputedStyle(beside).display).toBe('none');
    buttonOf(menu, 'Export').click();
    await menu.updateComplete;
    const inside = buttonOf(menu, 'Fullscreen');
    expect(inside.getBoundingClientRect().width).toBeGreaterThan(0);
    inside.click();
    expect(calls).toEqual([el]);
  });
});
