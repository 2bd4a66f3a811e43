import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/find-chromium.mjs';
import { widgetSize } from '../../scripts/report-size.mjs';
import { nodeKey } from '../../src/view/element-key.js';

// The built widget on pages served as an intranet would serve them. Built afresh into a temporary
// folder, so the test never runs a stale dist/ nor races an `npm run build` writing it.

// The strictest policy an intranet page is likely to have: nothing inline, nothing evaluated,
// and Trusted Types enforced. Lit's templates go through its own policy, named lit-html.
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const page = (widgets: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Strict page</title>
    <script src="/probe.js"></script>
    <script type="module" src="/governance-graph.js"></script>
    <link rel="stylesheet" href="/page.css" />
  </head>
  <body>
    <h1>Governance</h1>
    ${widgets}
  </body>
</html>`;

// Loaded before the widget, as a file (inline scripts are refused), to hear every violation and
// each widget's first outcome, keyed by its id.
const PROBE = `
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
});
window.outcomes = {};
const settled = {};
window.outcome = (id) => new Promise((resolve) => {
  if (window.outcomes[id]) resolve(window.outcomes[id]);
  else settled[id] = resolve;
});
const record = (e, outcome) => {
  if (window.outcomes[e.target.id]) return;
  window.outcomes[e.target.id] = outcome;
  settled[e.target.id]?.(outcome);
};
addEventListener('gov-ready', (e) => record(e, { ready: e.detail }));
addEventListener('gov-error', (e) => record(e, { errors: e.detail.errors.map((x) => x.message) }));`;

const PAGE_CSS = 'governance-graph { display: block; height: 600px; margin-bottom: 16px; }';

let dir = '';
let server: Server;
let browser: Browser;
let origin = '';
/** Lets the held-back half of /slow.json go. */
let releaseSlow: () => void = () => {};

const text = (path: string) => readFile(new URL(`../../${path}`, import.meta.url));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'governance-graph-embed-'));
  await build({
    configFile: new URL('../../vite.lib.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  const built = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const files: Record<string, [string, string | Buffer]> = {
    '/probe.js': ['text/javascript', PROBE],
    '/page.css': ['text/css', PAGE_CSS],
    '/model.json': ['application/json', await text('model/nato-cyber-defence.json')],
    '/org.csv': ['text/csv', await text('tests/fixtures/org-chart.csv')],
    '/broken.json': ['application/json', await text('tests/fixtures/broken.json')],
    '/invalid.json': ['application/json', await text('tests/fixtures/invalid-model.json')],
    '/page.html': ['text/html', await text('tests/fixtures/not-a-model.html')],
    // The two widgets of the first test, both ways of giving a model by URL.
    '/': [
      'text/html',
      page(`<governance-graph id="nato" src="/model.json"></governance-graph>
    <governance-graph id="org" src="/org.csv" theme="dark"></governance-graph>`),
    ],
  };
  for (const name of built) files[`/${name}`] = ['text/javascript', await readFile(join(dir, name))];
  const small = await text('tests/fixtures/small-org.json');

  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'content-security-policy': POLICY };
    if (url.pathname === '/one.html') {
      // One widget, with the src and theme given in the query.
      const theme = url.searchParams.get('theme');
      const widget = `<governance-graph id="w" src="${url.searchParams.get('src')}"${theme ? ` theme="${theme}"` : ''}></governance-graph>`;
      response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page(widget));
      return;
    }
    if (url.pathname === '/slow.json') {
      response.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': small.length });
      response.write(small.subarray(0, 100));
      releaseSlow = () => response.end(small.subarray(100));
      return;
    }
    if (url.pathname === '/png.html') {
      // The documented policy, with blob: images allowed as PNG export needs.
      response
        .writeHead(200, { 'content-security-policy': `${POLICY}; img-src 'self' blob:`, 'content-type': 'text/html' })
        .end(page('<governance-graph id="w" src="/model.json"></governance-graph>'));
      return;
    }
    if (url.pathname === '/alone.html') {
      // The module copied without the chunks it loads on demand, as a careless deployment would.
      const alone = page('<governance-graph id="w" src="/model.json"></governance-graph>').replace(
        '/governance-graph.js',
        '/alone/governance-graph.js',
      );
      response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(alone);
      return;
    }
    if (url.pathname === '/alone/governance-graph.js') {
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(files['/governance-graph.js']![1]);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/drop.json') {
      // The connection dies before any answer: what the page sees when the network fails.
      request.socket.destroy();
      return;
    }
    const file = files[url.pathname];
    if (!file) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens a page and keeps what it says on the console and every URL it asks for. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
  const console: string[] = [];
  const requests: string[] = [];
  tab.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.goto(`${origin}${path}`);
  return { tab, console, requests };
}

type Outcome = { ready?: { entities: number }; errors?: string[]; silent?: string[] };

/** A widget's gov-ready or gov-error; when neither comes, the violations, which usually say why. */
const outcome = (tab: Page, id: string) =>
  tab.evaluate((id) => {
    const probe = window as unknown as { outcome(id: string): Promise<Outcome>; violations: string[] };
    const silence = new Promise<Outcome>((resolve) => setTimeout(() => resolve({ silent: probe.violations }), 20_000));
    return Promise.race([probe.outcome(id), silence]);
  }, id);

const violations = (tab: Page) => tab.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** Background of the widget's side panel: tells its theme. */
const panelBackground = (tab: Page, id: string) =>
  tab.evaluate((id) => {
    const aside = document.getElementById(id)?.shadowRoot?.querySelector('aside');
    return aside ? getComputedStyle(aside).backgroundColor : null;
  }, id);

describe('the built widget', () => {
  it('loads as one file up front, with neither the NATO dataset nor Lit’s development build in it', async () => {
    // Only the code for CSV files and exports is split off, and only into chunks beside the module.
    const size = widgetSize(dir);
    expect(size.upFrontFiles).toBe(1);
    expect((await readdir(dir)).filter((name) => name.endsWith('.js') && !name.startsWith('governance-graph'))).toEqual(
      [],
    );
    const code = await readFile(join(dir, 'governance-graph.js'), 'utf8');
    expect(code).not.toContain('NCIRC Technical Centre');
    expect(code).not.toContain('dev mode');
  });
});

describe('the built widget on a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('draws two widgets, a JSON model and a CSV org chart, with no violation and no style in the page head', async () => {
    const { tab, console, requests } = await open('/');
    expect(await outcome(tab, 'nato')).toMatchObject({ ready: { entities: 56 } });
    expect(await outcome(tab, 'org')).toMatchObject({ ready: { entities: 5 } });

    const result = await tab.evaluate(async () => {
      const nato = document.getElementById('nato') as HTMLElementTagNameMap['governance-graph'];
      const org = document.getElementById('org') as HTMLElementTagNameMap['governance-graph'];
      nato.select('cyber-defence-committee');
      await nato.updateComplete;
      const svg = await nato.exportSvg();
      return { nato: nato.selected, org: org.selected, svgLength: svg.length };
    });
    expect(result).toMatchObject({ nato: 'cyber-defence-committee', org: null });
    expect(result.svgLength).toBeGreaterThan(10_000);
    await tab.waitForTimeout(300);

    expect(await violations(tab)).toEqual([]);
    // Nothing on the console: no error, no warning, and so no "Lit is in dev mode" either.
    expect(console).toEqual([]);
    expect(await tab.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
    // Nothing fetched but the page's own files: no CDN, no font service, no chunk from elsewhere.
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    await tab.close();
  }, 60_000);
});

describe('the built widget used with the mouse and keyboard under that policy', () => {
  it('raises no violation when a reader hovers, clicks, drags, types, tabs and presses keys', async () => {
    const { tab, console } = await open('/one.html?src=/model.json');
    expect(await outcome(tab, 'w')).toMatchObject({ ready: { entities: 56 } });
    /** Where a body is drawn, in the page's pixels. */
    const at = (id: string) =>
      tab.evaluate((key) => {
        const canvas = document.getElementById('w')?.shadowRoot?.querySelector('gov-canvas') as
          | (HTMLElement & { core: import('cytoscape').Core | null })
          | null;
        const cy = canvas?.core;
        if (!canvas || !cy) throw new Error('nothing drawn');
        cy.stop();
        cy.center(cy.getElementById(key));
        const p = cy.getElementById(key).renderedPosition();
        const box = canvas.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      }, nodeKey(id));
    const council = await at('north-atlantic-council');
    await tab.mouse.move(council.x, council.y);
    await tab.waitForTimeout(100);
    await tab.mouse.click(council.x, council.y);
    await tab.mouse.move(council.x + 5, council.y + 5);
    await tab.mouse.down();
    await tab.mouse.move(council.x + 80, council.y + 40, { steps: 5 });
    await tab.mouse.up();
    await tab.keyboard.press('Escape');
    for (let i = 0; i < 6; i++) await tab.keyboard.press('Tab');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Enter');
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => document.getElementById('w')?.getAttribute('selected'))).not.toBeNull();
    expect(await violations(tab)).toEqual([]);
    expect(console).toEqual([]);
    await tab.close();
  }, 60_000);
});

describe('the built widget exporting a PNG under that policy', () => {
  it('makes the PNG with Trusted Types enforced and no violation, when blob: images are allowed', async () => {
    const { tab } = await open('/png.html');
    expect(await outcome(tab, 'w')).toMatchObject({ ready: { entities: 56 } });
    const png = await tab.evaluate(async () => {
      const widget = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
      const blob = await widget.exportPng({ pixelRatio: 1 });
      return { type: blob.type, size: blob.size };
    });
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(10_000);
    expect(await violations(tab)).toEqual([]);
    await tab.close();
  }, 60_000);
});

describe('the built widget and the reader’s colour scheme', () => {
  it('follows a dark preference unless its theme attribute says otherwise', async () => {
    const { tab } = await open('/', 'dark');
    await outcome(tab, 'nato');
    expect(await panelBackground(tab, 'nato')).toBe('rgb(20, 24, 31)');
    await tab.close();

    const light = await open('/one.html?src=/model.json&theme=light', 'dark');
    await outcome(light.tab, 'w');
    expect(await panelBackground(light.tab, 'w')).toBe('rgb(255, 255, 255)');
    await light.tab.close();
  }, 60_000);

  it('follows a light preference unless its theme attribute says otherwise', async () => {
    const { tab } = await open('/', 'light');
    await outcome(tab, 'org');
    expect(await panelBackground(tab, 'nato')).toBe('rgb(255, 255, 255)');
    expect(await panelBackground(tab, 'org')).toBe('rgb(20, 24, 31)');
    await tab.close();
  }, 60_000);
});

describe('the built widget when its model cannot be loaded', () => {
  const cases = [
    ['the file is not found', '/missing.json', 'the server answered 404 (not found)'],
    ['the server sends a web page', '/page.html', 'is served as "text/html"'],
    ['the connection fails', '/drop.json', 'could not be fetched'],
    ['the JSON is broken', '/broken.json', 'invalid JSON'],
    ['the model is invalid', '/invalid.json', 'no entity "bord-x"'],
  ] as const;

  for (const [situation, src, message] of cases) {
    it(`says so inside the element and fires gov-error when ${situation}`, async () => {
      const { tab } = await open(`/one.html?src=${src}`);
      const { errors } = await outcome(tab, 'w');
      expect(errors?.join('\n')).toContain(message);
      const shown = await tab.evaluate(async () => {
        const errors = document.getElementById('w')?.shadowRoot?.querySelector('gov-errors');
        await (errors as unknown as { updateComplete: Promise<unknown> } | null)?.updateComplete;
        return errors?.shadowRoot?.textContent ?? '';
      });
      expect(shown).toContain(message);
      expect(shown).toContain(src);
      expect(await violations(tab)).toEqual([]);
      await tab.close();
    }, 60_000);
  }
});

describe('the built widget copied without its chunks', () => {
  it('says inside the element that the model could not be read, and fires gov-error', async () => {
    const { tab } = await open('/alone.html');
    const { errors } = await outcome(tab, 'w');
    expect(errors?.join('\n')).toMatch(/could not be read: /);
    await tab.close();
  }, 60_000);
});

describe('the built widget while a slow model arrives', () => {
  it('shows how much has arrived, then draws', async () => {
    const { tab } = await open('/one.html?src=/slow.json');
    const progress = () =>
      tab.evaluate(() => document.getElementById('w')?.shadowRoot?.querySelector('progress')?.value ?? null);
    await expect.poll(progress).toBeGreaterThan(0);
    expect(await progress()).toBeLessThan(1);
    releaseSlow();
    expect(await outcome(tab, 'w')).toMatchObject({ ready: { entities: 4 } });
    expect(await progress()).toBeNull();
    await tab.close();
  }, 60_000);
});
