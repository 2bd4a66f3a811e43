import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetSize } from '../../scripts/report-size.mjs';
import {
  type BuiltWidget,
  buildWidget,
  centreBody,
  checkoutFile,
  launchChromium,
  STRICT_POLICY as POLICY,
  TestServer,
  watchPage,
  widgetPage,
} from './built-widget.js';

// The built widget on pages served as an intranet would serve them (see built-widget.ts), under
// the strictest policy an intranet page is likely to have: nothing inline, nothing evaluated,
// and Trusted Types enforced. Lit's templates go through its own policy, named lit-html.

/** The same, with blob: images allowed, as PNG export needs. */
const PNG_POLICY = `${POLICY}; img-src 'self' blob:`;

const page = (widgets: string) =>
  widgetPage(
    `<h1>Governance</h1>
    ${widgets}`,
    { scripts: ['/probe.js'], stylesheet: '/page.css', title: 'Strict page' },
  );

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

let widget: BuiltWidget;
let server: TestServer;
let browser: Browser;
let origin = '';
/** Lets the held-back half of /slow.json go. */
let releaseSlow: () => void = () => {};

beforeAll(async () => {
  widget = await buildWidget();
  server = await TestServer.start(widget, { 'content-security-policy': POLICY });
  origin = server.origin;
  server.serve('/probe.js', 'text/javascript', PROBE);
  server.serve('/page.css', 'text/css', PAGE_CSS);
  server.serve('/model.json', 'application/json', await checkoutFile('model/nato-cyber-defence.json'));
  server.serve('/org.csv', 'text/csv', await checkoutFile('tests/fixtures/org-chart.csv'));
  server.serve('/broken.json', 'application/json', await checkoutFile('tests/fixtures/broken.json'));
  server.serve('/invalid.json', 'application/json', await checkoutFile('tests/fixtures/invalid-model.json'));
  server.serve('/page.html', 'text/html', await checkoutFile('tests/fixtures/not-a-model.html'));
  // The two widgets of the first test, both ways of giving a model by URL.
  server.serve(
    '/',
    'text/html',
    page(`<governance-graph id="nato" src="/model.json"></governance-graph>
    <governance-graph id="org" src="/org.csv" theme="dark"></governance-graph>`),
  );
  // One widget, with the src and theme given in the query; `images=blob` allows blob: images.
  server.route('/one.html', (_, response, url) => {
    const theme = url.searchParams.get('theme');
    const element = `<governance-graph id="w" src="${url.searchParams.get('src')}"${theme ? ` theme="${theme}"` : ''}></governance-graph>`;
    const policy = url.searchParams.get('images') === 'blob' ? PNG_POLICY : POLICY;
    response.writeHead(200, { 'content-security-policy': policy, 'content-type': 'text/html' }).end(page(element));
  });
  const small = await checkoutFile('tests/fixtures/small-org.json');
  server.route('/slow.json', (_, response) => {
    response.writeHead(200, { ...server.headers, 'content-type': 'application/json', 'content-length': small.length });
    response.write(small.subarray(0, 100));
    releaseSlow = () => response.end(small.subarray(100));
  });
  server.route('/png.html', (_, response) => {
    // The documented policy, with blob: images allowed as PNG export needs.
    response
      .writeHead(200, { 'content-security-policy': PNG_POLICY, 'content-type': 'text/html' })
      .end(page('<governance-graph id="w" src="/model.json"></governance-graph>'));
  });
  // The module copied without the chunks it loads on demand, as a careless deployment would.
  server.serve(
    '/alone.html',
    'text/html',
    page('<governance-graph id="w" src="/model.json"></governance-graph>').replace(
      '/governance-graph.js',
      '/alone/governance-graph.js',
    ),
  );
  server.serve('/alone/governance-graph.js', 'text/javascript', widget.files.get('/governance-graph.js')!);
  // The connection dies before any answer: what the page sees when the network fails.
  server.route('/drop.json', (request) => request.socket.destroy());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await widget?.remove();
});

/** Opens a page and keeps what it says on the console (page errors included) and every URL it asks for. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
  const watch = watchPage(tab);
  tab.on('pageerror', (e) => watch.console.push(`pageerror: ${e.message}`));
  await tab.goto(`${origin}${path}`);
  return { tab, console: watch.console, requests: watch.requests, dialogs: watch.dialogs };
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
    const size = widgetSize(widget.dir);
    expect(size.upFrontFiles).toBe(1);
    expect(
      (await readdir(widget.dir)).filter((name) => name.endsWith('.js') && !name.startsWith('governance-graph')),
    ).toEqual([]);
    const code = await readFile(join(widget.dir, 'governance-graph.js'), 'utf8');
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
    // The documented policy with blob: images allowed, which PNG export needs: Trusted Types are
    // enforced throughout, and the probe hears every violation from the page's first moment.
    const { tab, console, dialogs } = await open('/one.html?src=/model.json&images=blob');
    expect(await outcome(tab, 'w')).toMatchObject({ ready: { entities: 56 } });
    const w = (selector: string) => tab.locator(`#w ${selector}`).first();
    const attribute = (name: string) => tab.evaluate((name) => document.getElementById('w')!.getAttribute(name), name);
    const drawn = () =>
      tab.evaluate(() => {
        const el = document.getElementById('w') as HTMLElementTagNameMap['governance-graph'];
        return el.graphView?.nodes.map((n) => n.id).join(' ') ?? '';
      });
    const zoom = () =>
      tab.evaluate(() => document.getElementById('w')!.shadowRoot!.querySelector('gov-canvas')!.core!.zoom());
    /** The element that has the focus, through the shadow roots it is in. */
    const focused = () =>
      tab.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active
          ? `${active.localName}${active.className ? `.${active.className}` : ''} ${active.textContent?.trim().slice(0, 40)}`
          : '';
      });
    /** Presses Tab (or Shift+Tab) until the focus is on what `wanted` matches, at most 30 times. */
    const tabTo = async (wanted: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let i = 0; i < 30 && !wanted.test(await focused()); i++) await tab.keyboard.press(key);
      expect(await focused()).toMatch(wanted);
    };
    const download = async (start: () => Promise<void>) => {
      const [file] = await Promise.all([tab.waitForEvent('download'), start()]);
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };

    // The diagram: hover a body (its tooltip shows), click it, drag the drawing, then fit it and
    // click the background, which clears the selection.
    const council = await centreBody(tab, 'north-atlantic-council');
    await tab.mouse.move(council.x, council.y);
    await w('.tooltip').waitFor();
    await tab.mouse.click(council.x, council.y);
    expect(await attribute('selected')).toBe('north-atlantic-council');
    await tab.mouse.move(council.x + 5, council.y + 5);
    await tab.mouse.down();
    await tab.mouse.move(council.x + 80, council.y + 40, { steps: 5 });
    await tab.mouse.up();
    await w('gov-toolbar button[title^="Fit"]').click();
    const canvas = (await w('gov-canvas').boundingBox())!;
    await tab.mouse.click(canvas.x + 4, canvas.y + 4);
    await expect.poll(() => attribute('selected')).toBeNull();

    // Search: type, move down the suggestions and take one with Enter; then pick one with the mouse.
    await w('header gov-search input').click();
    await tab.keyboard.type('cyber defence');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Enter');
    await expect.poll(() => attribute('selected')).not.toBeNull();
    await w('header gov-search input').click();
    await tab.keyboard.press('Control+A');
    await tab.keyboard.type('NCIRC Technical');
    await w('header gov-search li[role="option"]').click();
    await expect.poll(() => attribute('selected')).toBe('ncirc-technical-centre');

    // The year slider: Home for the first year, arrow keys on from there; then all years again.
    await w('gov-timeline input[type="range"]').click();
    await tab.keyboard.press('Home');
    const first = Number(await attribute('year'));
    expect(first).toBeGreaterThan(1000);
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('ArrowRight');
    await expect.poll(() => attribute('year')).toBe(String(first + 2));
    await w('gov-timeline button').click();
    await expect.poll(() => attribute('year')).toBeNull();

    // The toolbar: zoom in and out, fit, turn the layout, and reset.
    const zoomed = await zoom();
    await w('gov-toolbar button[title="Zoom in"]').click();
    await expect.poll(zoom).toBeGreaterThan(zoomed);
    await w('gov-toolbar button[title="Zoom out"]').click();
    await w('gov-toolbar button[title^="Fit"]').click();
    await w('gov-toolbar button[title^="Lay out"]').click();
    await expect.poll(() => attribute('layout')).toBe('LR');
    await w('gov-toolbar button[title^="Clear selection"]').click();
    await expect.poll(() => attribute('selected')).toBeNull();

    // The legend: switch a kind off with the mouse and on again with the keyboard.
    await w('#tab-legend').click();
    const everything = await drawn();
    await w('gov-legend input[type="checkbox"]').click();
    await expect.poll(drawn).not.toBe(everything);
    await tab.keyboard.press('Space');
    await expect.poll(drawn).toBe(everything);

    // The path finder, reached from the legend's tab with the arrow key: two ends typed and taken.
    await w('#tab-legend').focus();
    await tab.keyboard.press('ArrowRight');
    await expect.poll(focused).toMatch(/Path/);
    await w('gov-path-finder gov-search[data-end="from"] input').click();
    await tab.keyboard.type('Cyber Defence Committee');
    await tab.keyboard.press('Enter');
    await w('gov-path-finder gov-search[data-end="to"] input').click();
    await tab.keyboard.type('NCIRC Technical');
    await tab.keyboard.press('Enter');
    const answer = w('gov-path-finder .answer');
    await answer.waitFor();
    expect(await answer.textContent()).not.toMatch(/not connected/);
    await w('gov-path-finder button').click();
    await answer.waitFor({ state: 'detached' });

    // The outline: Tab into the tree, down to the second body, Enter selects it.
    await w('#tab-outline').click();
    await tabTo(/^li /);
    await tab.keyboard.press('ArrowDown');
    const second = await w('gov-outline [role="treeitem"][data-id]:focus').getAttribute('data-id');
    await tab.keyboard.press('Enter');
    await expect.poll(() => attribute('selected')).toBe(second);

    // The Export menu: SVG with the mouse, PNG with the keyboard, and the model.
    await w('gov-export-menu button[aria-controls="export-panel"]').click();
    const svg = await download(() => w('gov-export-menu .formats button:text-is("SVG")').click());
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(
      /^(<\?xml[^>]*>\s*)?<svg[\s\S]*North Atlantic Council[\s\S]*<\/svg>\s*$/,
    );
    await w('gov-export-menu button[aria-controls="export-panel"]').focus();
    await tab.keyboard.press('Enter');
    await tabTo(/^button PNG$/);
    const png = await download(() => tab.keyboard.press('Enter'));
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await w('gov-export-menu button[aria-controls="export-panel"]').click();
    const json = await download(() => w('gov-export-menu .formats button:text-is("JSON")').click());
    expect(JSON.parse(json.bytes.toString('utf8')).entities).toHaveLength(56);

    // The diagram from the keyboard: Tab to it, an arrow key to a body, Enter selects it (and
    // takes the focus to its details); back in the diagram, Escape clears the selection.
    await w('gov-toolbar button[title^="Clear selection"]').click();
    await tabTo(/^div\.stage/);
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Enter');
    await expect.poll(() => attribute('selected')).not.toBeNull();
    await tabTo(/^div\.stage/, 'Shift+Tab');
    await tab.keyboard.press('Escape');
    await expect.poll(() => attribute('selected')).toBeNull();

    await tab.waitForTimeout(300);
    expect(await violations(tab)).toEqual([]);
    expect(console).toEqual([]);
    expect(dialogs).toEqual([]);
    // The policy was enforced all along, and the probe hears what it refuses.
    const refused = await tab.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>text</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    await expect.poll(() => violations(tab)).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
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
    // Both widgets drawn, in whichever order they finish.
    await outcome(tab, 'nato');
    await outcome(tab, 'org');
    expect(await panelBackground(tab, 'nato')).toBe('rgb(255, 255, 255)');
    expect(await panelBackground(tab, 'org')).toBe('rgb(20, 24, 31)');
    await tab.close();
  }, 60_000);
});

describe('the built widget when its model cannot be loaded', () => {
  const cases = [
    ['the file is not found', '/missing.json', 'the server answered 404 (not found)'],
    ['the server sends a web page', '/page.html', 'was not found (the server sent a web page instead)'],
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
