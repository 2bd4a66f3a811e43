import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgChartWorkbook } from '../fixtures/org-chart-workbook.js';
import {
  type BuiltWidget,
  buildWidget,
  checkoutFile,
  launchChromium,
  loadInto,
  STRICT_POLICY,
  TestServer,
  widgetPage,
} from './built-widget.js';

// The built widget reading an Excel workbook and a GraphML file through `src`, as servers serve
// them (with their own type, or as octet-stream), on a page under the strict policy with Trusted
// Types enforced; and the Export menu writing the model back as CSV.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hears every policy violation from the first script on. */
const PROBE = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

let widget: BuiltWidget;
let server: TestServer;
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  widget = await buildWidget();
  server = await TestServer.start(widget, { 'content-security-policy': STRICT_POLICY });
  const workbook = await orgChartWorkbook();
  const graphml = await checkoutFile('tests/fixtures/org-chart.graphml');
  server.serve('/probe.js', 'text/javascript', PROBE);
  server.serve('/', 'text/html', widgetPage('<main></main>', { scripts: ['/probe.js'] }));
  server.serve('/org.xlsx', XLSX, workbook);
  server.serve('/files/download', 'application/octet-stream', workbook);
  server.serve('/org.graphml', 'application/graphml+xml', graphml);
  server.serve('/files/graph', 'application/octet-stream', graphml);
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.goto(`${server.origin}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await widget?.remove();
});

const violations = () => tab.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** The bodies and relations the widget drew, as "N bodies, M relations", or its errors. */
async function loaded(src: string): Promise<string> {
  const outcome = await loadInto(tab, src);
  if (!outcome.ready) return JSON.stringify(outcome.errors ?? outcome.stuck);
  return `${outcome.ready.entities} bodies, ${outcome.ready.relations} relations`;
}

describe('the built widget, given an Excel workbook as src', () => {
  it('draws its first sheet as an org chart', async () => {
    expect(await loaded('/org.xlsx')).toBe('6 bodies, 5 relations');
    expect(await violations()).toEqual([]);
  }, 60_000);

  it('draws it served as application/octet-stream from a URL without an extension', async () => {
    expect(await loaded('/files/download')).toBe('6 bodies, 5 relations');
    expect(await violations()).toEqual([]);
  }, 60_000);
});

describe('the built widget, given a GraphML file as src', () => {
  it('draws it, under Trusted Types, by its content type and by its content', async () => {
    expect(await loaded('/org.graphml')).toBe('6 bodies, 5 relations');
    expect(await loaded('/files/graph')).toBe('6 bodies, 5 relations');
    expect(await violations()).toEqual([]);
  }, 60_000);

  it('downloads the model as a CSV org chart from the Export menu, with the keyboard', async () => {
    expect(await loaded('/org.graphml')).toBe('6 bodies, 5 relations');
    const menu = tab.locator('#w gov-export-menu');
    await menu.locator('button[aria-controls="export-panel"]').focus();
    await tab.keyboard.press('Enter');
    await menu.locator('.formats button:text-is("CSV")').focus();
    const [file] = await Promise.all([tab.waitForEvent('download'), tab.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('ministry-of-digital-affairs.csv');
    const text = (await readFile((await file.path())!)).toString('utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'id,parentId,name,kind,acronym,location,description,since,until,relationType,note',
      'ministry,,Ministry of Digital Affairs,body,,,,2015,,,',
      'cyber,ministry,Cyber Directorate,agency,,,,,,,',
      'cert,cyber,Incident Response Team,team,,,,,,,',
      'policy,cyber,Policy Unit,position,,,,,,,',
      'audit,ministry,Audit Office,position,,,,,,,',
      'eu,,EU Cyber Agency,partner,,,,,,,',
      'eu,cert,,,,,,,,cooperates-with,',
      '',
    ]);
    // The menu closed for the download; Escape still closes it when open, focus back on its button.
    await menu.locator('button[aria-controls="export-panel"]').focus();
    await tab.keyboard.press('Enter');
    await expect.poll(() => menu.locator('.panel').isVisible()).toBe(true);
    await menu.locator('.formats button:text-is("JSON")').focus();
    await tab.keyboard.press('Escape');
    await expect.poll(() => menu.locator('.panel').isVisible()).toBe(false);
    expect(await violations()).toEqual([]);
  }, 60_000);
});
