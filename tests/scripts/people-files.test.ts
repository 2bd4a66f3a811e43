import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODD_IDS } from '../fixtures/odd-ids.js';
import { checkoutFile, openWidgetSession, type WidgetSession, widgetPage } from './built-widget.js';

/*
 * Org charts as people keep them (HR exports, spreadsheets saved by Excel, d3-org-chart data, ids
 * that are not kebab-case), each given to the built widget as `src` and checked for what it
 * drew: bodies, lines, and the warnings in the bar over the drawing.
 */

/** The fixtures, by the path the server gives them, with their content type. */
const FIXTURES: [string, string][] = [
  ['odd-ids.json', 'application/json'],
  ['hr-export.csv', 'text/csv'],
  ['null-root.csv', 'text/csv'],
  ['missing-manager.csv', 'text/csv'],
  ['excel-1252.csv', 'text/csv'],
  ['matrix.csv', 'text/csv'],
  ['d3-org-chart.json', 'application/json'],
  ['custom-columns.csv', 'text/csv'],
  ['no-parent-column.csv', 'text/csv'],
];

/** What a load showed. */
interface Drawn {
  /** gov-ready's detail, without the time; or gov-error's messages. */
  ready?: { entities: number; relations: number; warnings: string[] };
  errors?: { errors: string[]; warnings: string[] };
  /** The bodies drawn, by id, and their names. */
  bodies: [string, string][];
  /** The text of the warning bar, "" when none is shown. */
  bar: string;
  /** The text of the error list shown instead of a drawing, "" when none is shown. */
  shown: string;
  /** The `data-id` of every body of an SVG export. */
  exported: string[];
  /** Enumerable properties on Object.prototype after the load: none, or an id leaked into it. */
  polluted: string[];
}

/** Puts a new widget on the page with `src` (and `columns`), and reports what it drew. */
function load(page: Page, src: string, columns?: string): Promise<Drawn> {
  return page.evaluate(
    async ({ src, columns }) => {
      document.getElementById('w')?.remove();
      await customElements.whenDefined('governance-graph');
      type Widget = HTMLElement & {
        src: string;
        graphView: { nodes: { id: string; name: string }[] } | null;
        exportSvg(o: object): Promise<string>;
      };
      const el = document.createElement('governance-graph') as Widget;
      el.id = 'w';
      el.style.display = 'block';
      el.style.height = '600px';
      if (columns !== undefined) el.setAttribute('columns', columns);
      const outcome = new Promise<Pick<Drawn, 'ready' | 'errors'>>((resolve) => {
        el.addEventListener('gov-ready', (e) => {
          const { entities, relations, warnings } = e.detail;
          resolve({ ready: { entities, relations, warnings: warnings.map((w) => w.message) } });
        });
        el.addEventListener('gov-error', (e) => {
          const { errors, warnings } = e.detail;
          resolve({ errors: { errors: errors.map((w) => w.message), warnings: warnings.map((w) => w.message) } });
        });
      });
      el.src = src;
      document.body.append(el);
      const result = await outcome;
      const bar = el.shadowRoot?.querySelector('gov-warnings')?.shadowRoot?.textContent ?? '';
      // The error list is drawn on the update after gov-error.
      type Updating = Element & { updateComplete?: Promise<unknown> };
      await (el as Updating).updateComplete;
      const errorList = el.shadowRoot?.querySelector('gov-errors');
      await (errorList as Updating | null)?.updateComplete;
      const shown = errorList?.shadowRoot?.textContent ?? '';
      const svg = result.ready ? await el.exportSvg({ scope: 'all' }) : '';
      const doc = new DOMParser().parseFromString(svg || '<svg/>', 'image/svg+xml');
      return {
        ...result,
        bodies: (el.graphView?.nodes ?? []).map((node): [string, string] => [node.id, node.name]),
        bar: bar.replace(/\s+/g, ' ').trim(),
        shown: shown.replace(/\s+/g, ' ').trim(),
        exported: [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id') ?? ''),
        polluted: Object.keys(Object.prototype),
      };
    },
    { src, columns },
  );
}

let session: WidgetSession;
let page: Page;

beforeAll(async () => {
  session = await openWidgetSession(async (server) => {
    for (const [name, type] of FIXTURES) server.serve(`/${name}`, type, await checkoutFile(`tests/fixtures/${name}`));
    server.serve('/unmapped-1252.csv', 'text/csv', Buffer.from('Badge,Wer\nB1,Zo\xeb\n', 'latin1'));
    server.serve(
      '/trailing-columns.csv',
      'text/csv',
      Buffer.from('id,parentId,name,title\r\n1,,Boss,CEO,,\r\n2,1,Worker,Dev,,\r\n'),
    );
    server.serve('/names-only.csv', 'text/csv', Buffer.from('Name,Manager\nAnn,\nBo,Ann\nCy,Ann\n'));
    server.serve('/sign-in.csv', 'text/csv', Buffer.from('<!doctype html>\n<html><body>Sign in</body></html>\n'));
    server.serve('/', 'text/html', widgetPage('', { title: 'People files' }));
  });
  page = session.page;
}, 120_000);

afterAll(() => session?.close());

describe("people's own org-chart files, given as src", () => {
  it('draws a JSON model whose ids are any text, each body apart, and exports each id', async () => {
    const drawn = await load(page, '/odd-ids.json');
    expect(drawn.ready).toEqual({ entities: 11, relations: 10, warnings: [] });
    expect(drawn.bodies.map(([id]) => id).sort()).toEqual([...ODD_IDS].sort());
    expect(drawn.exported.sort()).toEqual([...ODD_IDS].sort());
    expect(drawn.polluted).toEqual([]);
    expect(drawn.bar).toBe('');
  });

  it('selects such ids from the location hash', async () => {
    const seen = await page.evaluate(async (ids) => {
      document.getElementById('w')?.remove();
      const el = document.createElement('governance-graph') as HTMLElement & {
        src: string;
        selected: string | null;
      };
      el.id = 'w';
      el.style.display = 'block';
      el.style.height = '600px';
      el.setAttribute('hash-state', '');
      const ready = new Promise((resolve) => el.addEventListener('gov-ready', resolve, { once: true }));
      el.src = '/odd-ids.json';
      document.body.append(el);
      await ready;
      const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
      const seen: (string | null)[] = [];
      for (const id of ids) {
        location.hash = `#select=${encodeURIComponent(id)}`;
        await settle();
        seen.push(el.selected);
      }
      el.removeAttribute('hash-state');
      location.hash = '';
      return seen;
    }, ODD_IDS);
    expect(seen).toEqual(ODD_IDS);
  });

  it('draws an HR export (Employee ID, Full Name, Supervisor ID, Job Title) as its tree', async () => {
    const drawn = await load(page, '/hr-export.csv');
    expect(drawn.ready).toEqual({ entities: 5, relations: 4, warnings: [] });
    expect(drawn.exported).toHaveLength(5);
  });

  it('takes a parent of "null" as a top', async () => {
    const drawn = await load(page, '/null-root.csv');
    expect(drawn.ready).toEqual({ entities: 4, relations: 3, warnings: [] });
  });

  it('draws rows whose manager is missing as tops and says so in the warning bar', async () => {
    const drawn = await load(page, '/missing-manager.csv');
    expect(drawn.ready?.entities).toBe(4);
    expect(drawn.ready?.relations).toBe(2);
    const missing = '2 rows name a superior that no row has, so they are drawn as tops: row 1 ("E1"), row 4 ("E9")';
    expect(drawn.ready?.warnings).toContain(missing);
    expect(drawn.bar).toContain(missing);
    // The place in the file's words: its header, and the line without the character.
    expect(drawn.bar).toContain('missing-manager.csv · row 1, column "Manager ID" · line 2');
    expect(drawn.bar).not.toContain('column 18');
  });

  it('reads a CSV that Excel saved in Windows-1252, and says so in the warning bar', async () => {
    const drawn = await load(page, '/excel-1252.csv');
    expect(drawn.ready).toMatchObject({ entities: 3, relations: 2 });
    expect(drawn.bodies.map(([, label]) => label).sort()).toEqual(['Boutique', 'Café', 'Siège']);
    expect(drawn.bar).toContain('read as Windows-1252');
  });

  it('draws a matrix CSV with each extra superior', async () => {
    const drawn = await load(page, '/matrix.csv');
    expect(drawn.ready).toEqual({ entities: 5, relations: 6, warnings: [] });
  });

  it('draws a d3-org-chart JSON array of rows', async () => {
    const drawn = await load(page, '/d3-org-chart.json');
    expect(drawn.ready).toEqual({ entities: 4, relations: 3, warnings: [] });
  });

  it('reads the columns the columns attribute maps, and fails without it, naming the columns found', async () => {
    const unmapped = await load(page, '/custom-columns.csv');
    expect(unmapped.errors?.errors[0]).toContain(
      'missing the "id" and "name" columns (found "Badge", "Who", "Answers To")',
    );
    // The error list says it of the file, as the warning bar says its whole-file warnings.
    expect(unmapped.shown).toContain(
      'custom-columns.csv is missing the "id" and "name" columns (found "Badge", "Who", "Answers To")',
    );
    const mapped = await load(page, '/custom-columns.csv', 'id:Badge;name:Who;parentId:Answers To');
    expect(mapped.ready).toEqual({ entities: 3, relations: 2, warnings: [] });
  });

  it('says in the warning bar when no column gives the parent, naming the columns found', async () => {
    const drawn = await load(page, '/no-parent-column.csv');
    expect(drawn.ready).toMatchObject({ entities: 3, relations: 0 });
    expect(drawn.bar).toContain(
      'no-parent-column.csv has no column saying whom each row reports to (found "id", "name", "Answers To")',
    );
    expect(drawn.bar).toContain('"parentId:<header>"');
    // Rows of one person each are normal in an org chart: no "has no relations" for each.
    expect(drawn.bar).toContain('The model was drawn with one warning:');
  });

  it('draws rows Excel ended with empty values past the header, without a warning', async () => {
    const drawn = await load(page, '/trailing-columns.csv');
    expect(drawn.ready).toEqual({ entities: 2, relations: 1, warnings: [] });
  });

  it('draws a chart of names and managers, its names taken as ids', async () => {
    const drawn = await load(page, '/names-only.csv');
    expect(drawn.ready).toEqual({ entities: 3, relations: 2, warnings: [] });
  });

  it('says a web page served as CSV is HTML, not CSV', async () => {
    const drawn = await load(page, '/sign-in.csv');
    expect(drawn.shown).toContain('sign-in.csv is a web page (HTML), not CSV: check the URL');
  });

  it('gives the warnings of a file it cannot draw in gov-error', async () => {
    const drawn = await load(page, '/unmapped-1252.csv');
    expect(drawn.errors?.errors[0]).toContain('missing the "id" and "name" columns (found "Badge", "Wer")');
    expect(drawn.errors?.warnings[0]).toContain('read as Windows-1252');
  });

  it('closes the warning bar from the keyboard', async () => {
    await load(page, '/missing-manager.csv');
    const close = page.locator('governance-graph gov-warnings button');
    await close.focus();
    await page.keyboard.press('Enter');
    const bar = await page.evaluate(
      () =>
        document
          .querySelector('governance-graph')
          ?.shadowRoot?.querySelector('gov-warnings')
          ?.shadowRoot?.textContent?.trim() ?? '',
    );
    expect(bar).toBe('');
  });
});
