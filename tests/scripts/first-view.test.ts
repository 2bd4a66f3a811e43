import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNatoPage, type WidgetSession } from './built-widget.js';

/*
 * The NATO model as a newcomer first meets it, in the built widget on a 1280×800 page: an org
 * chart, not a hairball, framed so that it reads.
 */

let session: WidgetSession;
let page: Page;

beforeAll(async () => {
  session = await openNatoPage(
    '<governance-graph src="/nato.json" theme="light" style="display:block;width:100vw;height:100vh"></governance-graph>',
  );
  page = session.page;
  await page.addStyleTag({ content: 'body { margin: 0 }' });
  // The starting view is placed once the drawing surface has its size; wait until it stands still.
  await page.waitForFunction(() => {
    const el = document.querySelector('governance-graph')!;
    const cy = (el.shadowRoot!.querySelector('gov-canvas') as unknown as { core?: { animated(): boolean } }).core;
    return cy !== undefined && !cy.animated();
  });
}, 120_000);

afterAll(() => session?.close());

/** The classes of every line of an SVG export of the whole drawing. */
async function exportedLineClasses(): Promise<string[]> {
  return page.evaluate(async () => {
    const el = document.querySelector('governance-graph') as HTMLElement & {
      exportSvg(o: object): Promise<string>;
    };
    const svg = await el.exportSvg({ scope: 'all' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [...doc.querySelectorAll('g.edge')].map((g) => g.getAttribute('class') ?? '');
  });
}

describe('the first view of the NATO model at 1280×800', () => {
  it('draws the chain of command and no other line before anything is selected', async () => {
    const classes = await exportedLineClasses();
    expect(classes.filter((c) => c.split(' ').includes('tree-link')).length).toBeGreaterThan(5);
    expect(classes.filter((c) => c.split(' ').includes('relation'))).toEqual([]);
  });

  it('shows the whole chain of command, cuts no body at the edge of the view, labels of 9 px or more, the panel folded', async () => {
    const seen = await page.evaluate(() => {
      const el = document.querySelector('governance-graph')!;
      const canvas = el.shadowRoot!.querySelector('gov-canvas')!;
      type Box = { x1: number; y1: number; x2: number; y2: number };
      const cy = (
        canvas as unknown as {
          core: {
            zoom(): number;
            extent(): Box;
            nodes(): { map<T>(f: (n: { id(): string; boundingBox(o: object): Box }) => T): T[] };
          };
        }
      ).core;
      const view = cy.extent();
      const boxes = cy.nodes().map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false }) }));
      const panel = el.shadowRoot!.querySelector('[part~="panel"]')?.getBoundingClientRect();
      const surface = canvas.getBoundingClientRect();
      return { zoom: cy.zoom(), view, boxes, panel: panel?.toJSON(), surface: surface.toJSON() };
    });
    const { view } = seen;
    const inView = seen.boxes.filter(
      ({ box }) => box.x1 < view.x2 && box.x2 > view.x1 && box.y1 < view.y2 && box.y2 > view.y1,
    );
    const cut = inView.filter(
      ({ box }) => box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2,
    );
    expect(cut.map((b) => b.id)).toEqual([]);
    // The whole chain of command under NATO: its 18 own bodies and NATO itself, and more.
    expect(inView.length).toBeGreaterThanOrEqual(19);
    // Labels are 12 px in the model.
    expect(seen.zoom * 12).toBeGreaterThanOrEqual(9 - 1e-9);
    // The panel starts folded; were it open, it would stand beside the drawing, not over it.
    expect(seen.panel?.width ?? 0).toBe(0);
  });

  it('has a legend of at most 16 entries, no two alike, the same on screen and in the SVG of every line', async () => {
    const { screen, exported } = await page.evaluate(async () => {
      const el = document.querySelector('governance-graph') as HTMLElement & {
        exportSvg(o: object): Promise<string>;
        relations: string;
        updateComplete: Promise<unknown>;
      };
      // The exported legend lists what is drawn: with every relation drawn, all that the screen lists.
      el.relations = 'all';
      await el.updateComplete;
      const pathsOf = (root: Element) =>
        [...root.querySelectorAll('path')].map((p) =>
          ['d', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray'].map((a) => p.getAttribute(a)).join('|'),
        );
      const legend = el.shadowRoot!.querySelector('gov-legend')!.shadowRoot!;
      const screen = [...legend.querySelectorAll('ul[aria-labelledby] > li')].map((li) => ({
        label: li.querySelector('label > span:not(.count):not(.no-switch)')!.textContent!.trim(),
        paths: pathsOf(li.querySelector('svg')!),
      }));
      const svg = await el.exportSvg({ scope: 'all', legend: true });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const exported = [...doc.querySelectorAll('g.legend g.entry')].map((g) => ({
        label: g.querySelector('text')!.textContent!,
        paths: pathsOf(g.querySelector('g.swatch')!),
      }));
      el.relations = 'selected';
      await el.updateComplete;
      return { screen, exported };
    });
    expect(screen.length).toBeGreaterThan(5);
    expect(screen.length).toBeLessThanOrEqual(16);
    const looks = screen.map((e) => e.paths.join(' '));
    expect(new Set(looks).size).toBe(looks.length);
    expect(exported).toEqual(screen);
  });
});
