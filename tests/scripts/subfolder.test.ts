import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuiltWidget,
  checkoutFile,
  loadInto,
  openWidgetSession,
  type PageWatch,
  type TestServer,
  type WidgetSession,
} from './built-widget.js';

/*
 * The widget copied into a folder of an intranet site (/assets/), as the README describes, on a
 * page in another folder: everything it loads later comes from beside its own file.
 */

let session: WidgetSession;
let widget: BuiltWidget;
let server: TestServer;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  session = await openWidgetSession(
    async (server, widget) => {
      for (const [path, code] of widget.files) server.serve(`/assets${path}`, 'text/javascript', code);
      server.serve('/data/org.csv', 'text/csv', await checkoutFile('tests/fixtures/org-chart.csv'));
      server.serve(
        '/news/page.html',
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
    <script type="module" src="/assets/governance-graph.js"></script></head><body></body></html>`,
      );
    },
    { path: '/news/page.html' },
  );
  ({ widget, server, page, watch } = session);
}, 120_000);

afterAll(() => session?.close());

describe('the built widget served from a folder of its own', () => {
  it('fetches its readers and exporters from that folder, and nothing from anywhere else', async () => {
    const outcome = await loadInto(page, '/data/org.csv');
    expect(outcome.ready).toBeDefined();
    const svg = await page.evaluate(() =>
      (document.getElementById('w') as HTMLElementTagNameMap['governance-graph']).exportSvg(),
    );
    expect(svg).toContain('<svg');
    const scripts = server.log.map((r) => r.path).filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((path) => !path.startsWith('/assets/'))).toEqual([]);
    expect(server.log.filter((r) => r.path.startsWith('/assets/') && !widget.files.has(r.path.slice(7)))).toEqual([]);
    expect(watch.console.filter((line) => line.startsWith('error'))).toEqual([]);
  });
});
