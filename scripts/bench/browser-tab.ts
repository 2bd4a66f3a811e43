// A benchmark page in a fresh Chromium tab (and browser context), with a DevTools session for
// memory figures; and a time limit for each step Node asks of it, so that a stuck page fails the
// case instead of the run.
import type { Browser, CDPSession, Page } from 'playwright';
import { openBundledPage } from '../harness-page.js';

/** The benchmark pages, from the project root: the widget's, and d3-org-chart's. */
export const HARNESS = 'scripts/bench/harness.html';
export const D3_HARNESS = 'scripts/bench/harness-d3.html';

/** The tab's viewport (CSS pixels); both contenders draw into the same box inside it. */
export const VIEWPORT = { width: 1600, height: 1000 } as const;

export interface Tab {
  page: Page;
  cdp: CDPSession;
}

/** Which global the page sets once its module has run: `bench` or `benchD3`. */
type PageGlobal = 'bench' | 'benchD3';

/**
 * Opens a bundled benchmark page in a new browser context and waits (up to 30 s) for its module
 * to have run, so that loading the module is not timed; page errors go to `log`.
 */
export async function openTab(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  log: (line: string) => void,
  harness = HARNESS,
  global: PageGlobal = 'bench',
): Promise<Tab> {
  const page = await openBundledPage(browser, files, harness, VIEWPORT);
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.waitForFunction((name) => typeof window[name] === 'object', global, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp };
}

/** Closes the tab and its browser context. */
export async function closeTab(tab: Tab): Promise<void> {
  await tab.page.context().close();
}

/** Ends a step that takes longer than `ms` with a message naming it, rather than hanging. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} gave up after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}
