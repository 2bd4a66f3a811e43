import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuiltWidget,
  buildWidget,
  checkoutFile,
  launchChromium,
  type PageWatch,
  TestServer,
  watchPage,
  widgetPage,
} from './built-widget.js';

/*
 * A page that changes the widget's src again and again, as a page with a list of models to pick
 * from does: only the last model is drawn, the downloads it no longer wants are cancelled, and
 * the memory the earlier models took is given back.
 */

let widget: BuiltWidget;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  widget = await buildWidget();
  server = await TestServer.start(widget);
  server.serve(
    '/',
    'text/html',
    widgetPage('<governance-graph id="w" style="display: block; height: 600px"></governance-graph>', {
      title: 'Switching models',
    }),
  );
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await widget?.remove();
});

async function open(): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const watch = watchPage(page);
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => customElements.whenDefined('governance-graph'));
  // Every gov-ready and gov-error the widget fires, in order.
  await page.evaluate(() => {
    const events: string[] = [];
    (window as unknown as { events: string[] }).events = events;
    const el = document.getElementById('w')!;
    el.addEventListener('gov-ready', (e) => events.push(`ready ${e.detail.entities}`));
    el.addEventListener('gov-error', (e) => events.push(`error ${e.detail.errors[0]?.message}`));
  });
  return { page, watch };
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: string[] }).events);

/** Gives the widget a new src and resolves once the server has received its request. */
async function switchTo(page: Page, src: string): Promise<void> {
  const path = src.split('?')[0]!;
  const before = server.requestsFor(path).length;
  await page.evaluate((src) => {
    document.getElementById('w')!.setAttribute('src', src);
  }, src);
  // Chromium opens at most six connections to a server: were earlier downloads kept open, this one would wait.
  const message = `the server never received ${src}`;
  await expect.poll(() => server.requestsFor(path).length, { timeout: 5000, interval: 5, message }).toBe(before + 1);
}

/** A model of `n` bodies titled `Model <n>`. */
function model(n: number): string {
  return JSON.stringify({
    title: `Model ${n}`,
    entities: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, name: `Body ${i} of ${n}`, kind: 'body' })),
    relations: Array.from({ length: n - 1 }, (_, i) => ({ source: 'b0', target: `b${i + 1}`, type: 'oversees' })),
  });
}

describe('the built widget whose src changes again and again', () => {
  it('switching src 50 times ends on the last model and cancels the earlier requests', async () => {
    const SWITCHES = 50;
    // Every model but the last starts to arrive and then stalls: only a cancelled download ends.
    server.route('/switching.json', (_, response, url) => {
      const n = Number(url.searchParams.get('n'));
      const body = Buffer.from(model(n));
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      if (n === SWITCHES) response.end(body);
      else response.write(body.subarray(0, 40));
    });
    const { page, watch } = await open();
    for (let n = 1; n <= SWITCHES; n++) await switchTo(page, `/switching.json?n=${n}`);

    await expect.poll(() => events(page), { timeout: 10_000 }).toEqual([`ready ${SWITCHES}`]);
    const shown = await page.evaluate(() => {
      const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
      return { title: el.shadowRoot!.querySelector('h1')?.textContent, bodies: el.governanceGraph?.order };
    });
    expect(shown).toEqual({ title: `Model ${SWITCHES}`, bodies: SWITCHES });

    const requests = server.requestsFor('/switching.json');
    expect(requests.map((r) => r.search)).toEqual(Array.from({ length: SWITCHES }, (_, i) => `?n=${i + 1}`));
    // Each earlier download was given up by the page: its connection closed before the answer ended.
    await expect
      .poll(
        () =>
          requests
            .slice(0, -1)
            .filter((r) => !r.cutShort)
            .map((r) => r.search),
        { timeout: 5000 },
      )
      .toEqual([]);
    expect(requests.at(-1)!.cutShort).toBe(false);
    // Nothing more arrives later from a request the page gave up.
    await page.waitForTimeout(300);
    expect(await events(page)).toEqual([`ready ${SWITCHES}`]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.console).toEqual([]);
    await page.close();
  }, 60_000);

  it('memory stays flat over repeated loads', async () => {
    server.serve('/nato.json', 'application/json', await checkoutFile('model/nato-cyber-defence.json'));
    server.serve('/org.csv', 'text/csv', await checkoutFile('tests/fixtures/org-chart.csv'));
    const { page, watch } = await open();
    const cdp = await page.context().newCDPSession(page);
    let loads = 0;
    /** Loads the NATO model and the CSV org chart `times` times each, ending on the NATO model. */
    const loadBoth = async (times: number) => {
      for (let i = 0; i < times; i++) {
        for (const src of ['/org.csv', '/nato.json']) {
          const ready = await page.evaluate(
            (src) =>
              new Promise<string>((resolve) => {
                const el = document.getElementById('w')!;
                // Both listeners go once either fires: the test itself must not pile them up.
                const done = (outcome: string) => () => {
                  el.removeEventListener('gov-ready', ready);
                  el.removeEventListener('gov-error', error);
                  resolve(outcome);
                };
                const [ready, error] = [done('ready'), done('error')];
                el.addEventListener('gov-ready', ready);
                el.addEventListener('gov-error', error);
                setTimeout(done('nothing within 10 s'), 10_000);
                el.setAttribute('src', src);
              }),
            // A new URL each time: every load fetches, reads and draws afresh.
            `${src}?load=${++loads}`,
          );
          expect(ready).toBe('ready');
        }
      }
    };
    /** Used JS heap, DOM nodes and listeners after full collections. */
    const measure = async () => {
      // Cytoscape's debounced timers hold a removed instance for a few hundred milliseconds.
      await page.waitForTimeout(500);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes, listeners: jsEventListeners };
    };

    // Warmed up first: the readers' chunks, compiled code, Lit's template cache and the text
    // measurer's cache grow over the first few dozen loads (by about 1 MB in the first 30, 0.1 MB
    // in the next 30), then hardly at all.
    await loadBoth(10);
    const before = await measure();
    await loadBoth(15);
    const after = await measure();

    const grown = after.heap - before.heap;
    // About 0.3 MB after the warm-up. Keeping each load's model (graph and data) would add 1.6 MB
    // over these 30 loads, and keeping each drawing far more; this allows 1 MB.
    expect(grown, `heap ${before.heap} → ${after.heap} bytes over 30 loads`).toBeLessThan(1_000_000);
    expect(after.nodes - before.nodes).toBeLessThan(50);
    expect(after.listeners - before.listeners).toBeLessThan(10);
    expect(watch.pageErrors).toEqual([]);
    await cdp.detach();
    await page.close();
  }, 60_000);
});
