// The benchmark page in a Chromium tab, with a DevTools session for memory figures; and a time
// limit for each step Node asks of it, so that a stuck page fails the case instead of the run.
import type { Browser, CDPSession, Page } from 'playwright';
import { openBundledPage } from '../harness-page.js';

/** The page, from the project root; harness.ts is its script. */
export const HARNESS = 'scripts/bench/harness.html';

export interface Tab {
  page: Page;
  cdp: CDPSession;
}

/** Opens the bundled page and waits (up to 30 s) for `window.bench`; page errors go to `log`. */
export async function openTab(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  log: (line: string) => void,
): Promise<Tab> {
  const page = await openBundledPage(browser, files, HARNESS, { width: 1600, height: 1000 });
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.waitForFunction(() => typeof window.bench === 'object', null, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp };
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
