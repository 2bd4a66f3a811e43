import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkoutFile,
  loadInto,
  openWidgetSession,
  type PageWatch,
  type WidgetSession,
  widgetPage,
} from './built-widget.js';

/*
 * A page whose own scripts, loaded before the widget, added enumerable properties to
 * Object.prototype, as old libraries did (`Object.prototype.extend = …`).
 */

const POLLUTE = `
Object.prototype.extend = function () { return this; };
Object.prototype.parent = 'page';
Object.prototype.id = 'page';`;

let session: WidgetSession;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  session = await openWidgetSession(async (server) => {
    server.serve('/pollute.js', 'text/javascript', POLLUTE);
    server.serve('/model.json', 'application/json', await checkoutFile('model/nato-cyber-defence.json'));
    server.serve('/', 'text/html', widgetPage('', { scripts: ['/pollute.js'], title: 'An old page' }));
  });
  ({ page, watch } = session);
}, 120_000);

afterAll(() => session?.close());

describe('the built widget on a page that extended Object.prototype before loading it', () => {
  it('draws, and leaves the page’s properties enumerable as the page made them', async () => {
    const outcome = await loadInto(page, '/model.json');
    expect(outcome).toMatchObject({ ready: { entities: 56 }, events: 1 });
    const drawn = await page.evaluate(() => {
      const canvas = document.getElementById('w')?.shadowRoot?.querySelector('gov-canvas') as
        | (HTMLElement & { core: import('cytoscape').Core | null })
        | null;
      return canvas?.core?.nodes().length ?? 0;
    });
    expect(drawn).toBe(56);
    const enumerable = await page.evaluate(() => {
      const keys: string[] = [];
      for (const key in {}) keys.push(key);
      return keys;
    });
    expect(enumerable.sort()).toEqual(['extend', 'id', 'parent']);
    expect(watch.pageErrors).toEqual([]);
  });
});
