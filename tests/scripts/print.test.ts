import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNatoPage, type WidgetSession } from './built-widget.js';

/*
 * Printing the built widget: the canvas (a bitmap) gives way to the diagram as vector graphics,
 * in light colours whatever the reader's theme, without the header, panel and footer.
 */

let session: WidgetSession;
let page: Page;

beforeAll(async () => {
  session = await openNatoPage(
    '<governance-graph src="/nato.json" theme="dark" year="2015" selected="ncirc-technical-centre" style="display:block;height:600px"></governance-graph>',
  );
  page = session.page;
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** What the widget shows: whether its frame and its print picture are displayed, and the picture's SVG. */
function shown(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('governance-graph')!.shadowRoot!;
    const display = (selector: string) => {
      const found = root.querySelector(selector);
      return found ? getComputedStyle(found).display : null;
    };
    const svg = root.querySelector('.print-picture svg');
    return {
      frame: display('.frame'),
      picture: display('.print-picture'),
      nodes: svg?.querySelectorAll('g.node').length ?? 0,
      background: svg?.querySelector('rect.background')?.getAttribute('fill') ?? null,
      title: svg?.querySelector('text.title')?.textContent ?? null,
      box: svg ? svg.getBoundingClientRect().width : 0,
    };
  });
}

describe('the built widget, printed', () => {
  it('shows the diagram as an inline SVG in light colours in place of the canvas and bars', async () => {
    expect((await shown(page)).frame).not.toBe('none');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => shown(page).then((s) => s.nodes), { timeout: 10_000 }).toBe(40);
    const printed = await shown(page);
    expect(printed.frame).toBe('none');
    expect(printed.picture).toBe('block');
    expect(printed.background).toBe('#ffffff');
    expect(printed.title).toBe('NATO cyber defence governance — 2015 — NCIRC Technical Centre');
    expect(printed.box).toBeGreaterThan(600);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.length).toBeGreaterThan(1000);
    // Once printed, the widget is back and the picture gone.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => shown(page).then((s) => s.frame), { timeout: 10_000 }).not.toBe('none');
    expect((await shown(page)).nodes).toBe(0);
  }, 30_000);
});
