// One cold draw of d3-org-chart, the same way as the widget's (cold-load.ts): a fresh tab that
// has loaded d3-org-chart and holds the rows, then one render() of every row → painted.
import type { Browser } from 'playwright';
import { closeTab, D3_HARNESS, openTab, withTimeout } from './browser-tab.js';
import type { BenchCase } from './cases.js';
import { stepLimit } from './cold-load.js';
import type { OrgChartRow } from './d3-rows.js';

/** Draws `rows` (case `c`'s model) in a fresh tab; the time in ms. Throws unless every row was drawn. */
export async function d3Cold(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  c: BenchCase,
  rows: readonly OrgChartRow[],
  log: (line: string) => void,
): Promise<number> {
  const tab = await openTab(browser, files, log, D3_HARNESS, 'benchD3');
  try {
    await tab.page.evaluate((text) => window.benchD3.hold(JSON.parse(text)), JSON.stringify(rows));
    await tab.cdp.send('HeapProfiler.collectGarbage');
    const drawn = await withTimeout(
      tab.page.evaluate(() => window.benchD3.draw()),
      `bench: ${c.name}: cold d3-org-chart draw`,
      stepLimit(c),
    );
    if (drawn.nodes !== drawn.rows)
      throw new Error(`bench: ${c.name}: d3-org-chart drew ${drawn.nodes} of ${drawn.rows} rows`);
    return drawn.ms;
  } finally {
    await closeTab(tab);
  }
}
