// The explorer page as a reader opens it: navigation to the built index.html (the NATO model)
// in a fresh tab → gov-ready, and → the first frame painted after it, from navigation start.
import type { Browser } from 'playwright';
import { openBundledPage } from '../harness-page.js';
import { VIEWPORT, withTimeout } from './browser-tab.js';
import type { ExplorerRun } from './figures.js';

/** The explorer page, from the project root. */
export const EXPLORER = 'index.html';

type ReadyWindow = Window & { benchExplorerReady?: Promise<ExplorerRun> };

/**
 * Runs in the page before any of its scripts: notes performance.now() (ms since navigation
 * start) when gov-ready reaches the window (in the capture phase, so whether or not it
 * bubbles), and after the next painted frame. Written out rather than imported from
 * src/canvas/frames.ts: an init script cannot import.
 */
function noteReady(): void {
  (window as ReadyWindow).benchExplorerReady = new Promise((resolve) => {
    addEventListener(
      'gov-ready',
      () => {
        const readyMs = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ readyMs, paintedMs: performance.now() });
          channel.port2.postMessage(null);
        });
      },
      { capture: true, once: true },
    );
  });
}

/** One navigation to the bundled explorer page in a fresh tab; closes the tab. */
export async function explorerLoad(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  log: (line: string) => void,
): Promise<ExplorerRun> {
  const page = await openBundledPage(browser, files, EXPLORER, VIEWPORT, async (tab) => {
    tab.on('pageerror', (error) => log(`  page error: ${error.message}`));
    await tab.addInitScript(noteReady);
  });
  try {
    return await withTimeout(
      page.evaluate(() => (window as ReadyWindow).benchExplorerReady!),
      'bench: explorer: gov-ready',
      30_000,
    );
  } finally {
    await page.context().close();
  }
}
