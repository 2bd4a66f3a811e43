// One cold draw of the widget, as a reader's page meets it: a fresh tab that has loaded the
// widget's module and holds the model, then create → append → model → gov-ready → painted, and
// the heap once it is drawn.
import type { Browser } from 'playwright';
import { openTab, type Tab, withTimeout } from './browser-tab.js';
import type { BenchCase } from './cases.js';
import { memory } from './memory.js';
import type { OursRun } from './page-api.js';

export interface ColdLoad {
  /** The tab, still open with the widget drawn in it; the caller closes it. */
  tab: Tab;
  run: OursRun;
  /** Used JS heap (bytes) after the load and two forced collections. */
  heap: number;
}

/** The time limit (ms) of one step of case `c` in the page: generous for a 2-core machine. */
export const stepLimit = (c: BenchCase) => 30_000 + c.model.entities.length * 10;

/**
 * Hands `c`'s model to a fresh tab (as JSON text, parsed there, then collected, so that neither
 * the hand-over nor its garbage is timed) and draws it once. Closes the tab if the draw fails.
 */
export async function coldLoad(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  c: BenchCase,
  log: (line: string) => void,
): Promise<ColdLoad> {
  const tab = await openTab(browser, files, log);
  try {
    await tab.page.evaluate((text) => window.bench.hold(JSON.parse(text)), JSON.stringify(c.model));
    await tab.cdp.send('HeapProfiler.collectGarbage');
    const run = await withTimeout(
      tab.page.evaluate(() => window.bench.ours()),
      `bench: ${c.name}: cold widget draw`,
      stepLimit(c),
    );
    const { heap } = await memory(tab.cdp);
    return { tab, run, heap };
  } catch (error) {
    await tab.page.context().close();
    throw error;
  }
}
