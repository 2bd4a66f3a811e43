import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/find-chromium.mjs';

// The strictest policy an intranet page is likely to have: nothing inline, nothing evaluated,
// and Trusted Types enforced. Lit's templates go through its own policy, named lit-html.
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGE = `<!doctype html>
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
    <governance-graph src="/model.json"></governance-graph>
  </body>
</html>`;

// Loaded before the widget, as a file (inline scripts are refused), to hear every violation.
const PROBE = `
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
});
window.outcome = new Promise((resolve) => {
  addEventListener('gov-ready', (e) => resolve({ ready: e.detail }));
  addEventListener('gov-error', (e) => resolve({ errors: e.detail.errors }));
});`;

let dir = '';
let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'governance-graph-csp-'));
  await build({
    configFile: new URL('../../vite.lib.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  // The widget and the chunks it loads from its own folder.
  const bundle: Record<string, [string, Buffer]> = {};
  for (const name of await readdir(dir)) {
    if (name.endsWith('.js')) bundle[`/${name}`] = ['text/javascript', await readFile(join(dir, name))];
  }
  const model = readFileSync(new URL('../../model/nato-cyber-defence.json', import.meta.url));
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html', PAGE],
    '/probe.js': ['text/javascript', PROBE],
    ...bundle,
    '/page.css': ['text/css', 'governance-graph { display: block; height: 600px; }'],
    '/model.json': ['application/json', model],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[0], 'content-security-policy': POLICY }).end(file[1]);
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

describe('the built widget on a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('loads, draws, selects and exports SVG with no policy violation and no style in the page head', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${origin}/`);
    const outcome = await page.evaluate(() => (window as unknown as { outcome: Promise<unknown> }).outcome);
    expect(outcome).toMatchObject({ ready: { entities: 56 } });

    const selected = await page.evaluate(async () => {
      const el = document.querySelector('governance-graph')!;
      el.select('cyber-defence-committee');
      await el.updateComplete;
      const svg = await el.exportSvg();
      return { selected: el.selected, svgLength: svg.length };
    });
    expect(selected.selected).toBe('cyber-defence-committee');
    expect(selected.svgLength).toBeGreaterThan(10_000);
    await page.waitForTimeout(300);

    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
    await page.close();
  }, 60_000);
});
