import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutFile, loadInto, openWidgetSession, type WidgetSession, widgetPage } from './built-widget.js';

/*
 * No line runs through a body other than its two ends, checked on what the built widget exports:
 * the exported SVG's bodies (each `g.node`'s outline, by its bounding box) and lines (each
 * `g.edge`'s first path, sampled along its length, curves included), for every body of the NATO
 * model selected in turn at 1280×800.
 */

let session: WidgetSession;
let page: Page;

beforeAll(async () => {
  session = await openWidgetSession(
    async (server) => {
      server.serve('/', 'text/html', widgetPage(''));
      server.serve('/nato.json', 'application/json', await checkoutFile('model/nato-cyber-defence.json'));
    },
    { viewport: { width: 1280, height: 800 } },
  );
  page = session.page;
  const outcome = await loadInto(page, '/nato.json', { height: 800 });
  expect(outcome.ready).toBeDefined();
}, 120_000);

afterAll(() => session?.close());

/**
 * For each body selected in turn (or once, with no selection, for `[null]`), the lines of the
 * export that pass through a body other than their ends, as "line (source → target) crosses body".
 * With `highlightedOnly`, only the lines drawn at full strength count: a selection dims the rest
 * to an opacity of 0.1 (paint.ts), and highlighted lines are drawn at 0.9 or more.
 */
function crossingsPerSelection(
  selections: readonly (string | null)[],
  relations: 'selected' | 'all',
  highlightedOnly: boolean,
): Promise<{ crossings: Record<string, string[]>; checked: number }> {
  return page.evaluate(
    async ({ selections, relations, highlightedOnly }) => {
      const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
      el.relations = relations as typeof el.relations;
      const found: Record<string, string[]> = {};
      let checked = 0;
      for (const id of selections) {
        el.selected = id;
        const text = await el.exportSvg({ title: false, legend: false });
        const svg = document.importNode(
          new DOMParser().parseFromString(text, 'image/svg+xml').documentElement,
          true,
        ) as unknown as SVGSVGElement;
        // Geometry is only measured on an element that is rendered.
        document.body.append(svg);
        const bodies = [...svg.querySelectorAll('g.node')].map((g) => ({
          id: g.getAttribute('data-id')!,
          box: (g.querySelector('path') as SVGPathElement).getBBox(),
        }));
        const crossings: string[] = [];
        for (const g of svg.querySelectorAll('g.edge')) {
          if (highlightedOnly && Number(g.getAttribute('opacity') ?? 1) < 0.5) continue;
          checked++;
          const source = g.getAttribute('data-source')!;
          const target = g.getAttribute('data-target')!;
          const line = g.querySelector('path') as SVGPathElement;
          const length = line.getTotalLength();
          const crossed = new Set<string>();
          for (let along = 0; along <= length; along += 2) {
            const p = line.getPointAtLength(along);
            for (const { id, box } of bodies) {
              // A pixel's give at the border: lines end on their own bodies' outlines.
              const inside =
                p.x > box.x + 1 && p.x < box.x + box.width - 1 && p.y > box.y + 1 && p.y < box.y + box.height - 1;
              if (inside && id !== source && id !== target) crossed.add(id);
            }
          }
          for (const id of crossed)
            crossings.push(`${g.getAttribute('data-id')} (${source} → ${target}) crosses ${id}`);
        }
        svg.remove();
        found[id ?? '(none)'] = crossings;
      }
      return { crossings: found, checked };
    },
    { selections, relations, highlightedOnly },
  );
}

const bodyIds = () =>
  page.evaluate(() =>
    (document.getElementById('w') as HTMLElementTagNameMap['governance-graph']).graphView!.nodes.map((n) => n.id),
  );

describe('the lines of the built widget, exported as SVG', () => {
  it('run through no body but their ends, whichever of the 56 NATO bodies is selected', async () => {
    const ids = await bodyIds();
    expect(ids).toHaveLength(56);
    const { crossings, checked } = await crossingsPerSelection(ids, 'selected', true);
    expect(Object.entries(crossings).flatMap(([selected, list]) => list.map((c) => `${selected}: ${c}`))).toEqual([]);
    // The check saw the lines: the 56 selections highlight over 150 between them (the chains of
    // command's tree links, and the selections' relations).
    expect(checked).toBeGreaterThan(150);
    // Cytoscape drew every line: it warns of one it cannot, a bend inside one of the line's ends.
    expect(session.watch.console).toEqual([]);
  }, 120_000);

  it('run through no body but their ends in the left-to-right layout too', async () => {
    await page.evaluate(() => {
      (document.getElementById('w') as HTMLElementTagNameMap['governance-graph']).layout = 'LR';
    });
    const { crossings } = await crossingsPerSelection(await bodyIds(), 'selected', true);
    expect(Object.entries(crossings).flatMap(([selected, list]) => list.map((c) => `${selected}: ${c}`))).toEqual([]);
    expect(session.watch.console).toEqual([]);
    await page.evaluate(() => {
      (document.getElementById('w') as HTMLElementTagNameMap['governance-graph']).layout = 'TB';
    });
  }, 120_000);

  it('run through no body but their ends with every relation drawn', async () => {
    const { crossings, checked } = await crossingsPerSelection([null], 'all', false);
    expect(crossings['(none)']).toEqual([]);
    // Every tree link and relation of the model.
    const model = JSON.parse((await checkoutFile('model/nato-cyber-defence.json')).toString('utf8'));
    expect(checked).toBe(model.relations.length);
  }, 60_000);
});
