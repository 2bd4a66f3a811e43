// `npx tsx scripts/measure-limits.ts [bodies,…] [--bytes-per-body N] [--name-length N]
// [--links-per-body N] [--file | --steps]`:
// how long the widget takes in headless Chromium to load and draw synthetic models of growing
// size, and how much of the JS heap they hold: the figures behind model/limits.ts. With --steps,
// how long reading and checking the same JSON text take alone (loadModelSteps, no drawing).
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './find-chromium.mjs';
import { bundlePage, openBundledPage } from './harness-page.js';
import type { LimitRun, StepsRun } from './measure-limits-page.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'bytes-per-body': { type: 'string' },
    'name-length': { type: 'string' },
    'links-per-body': { type: 'string' },
    file: { type: 'boolean' },
    steps: { type: 'boolean' },
  },
});
const sizes = (positionals[0] ?? '10000,50000,100000,200000').split(',').map(Number);
const options = {
  bytesPerBody: Number(values['bytes-per-body'] ?? 0),
  nameLength: Number(values['name-length'] ?? 0),
  linksPerBody: Number(values['links-per-body'] ?? 0),
  asFile: values.file ?? false,
};

const files = await bundlePage('scripts/measure-limits.html', { minify: true });
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  console.log(
    values.steps ? 'bodies\tMB\treading s\tchecking s\tok' : 'bodies\tMB\tready s\tlongest task ms\theap MB\toutcome',
  );
  for (const bodies of sizes) {
    // A fresh tab for each size, so that one load's garbage does not weigh on the next.
    const page = await openBundledPage(browser, files, 'scripts/measure-limits.html', { width: 1280, height: 800 });
    page.setDefaultTimeout(600_000);
    const cdp = await page.context().newCDPSession(page);
    await page.waitForFunction(() => 'measure' in window);
    let line: string;
    try {
      if (values.steps) {
        const run = await page.evaluate(
          ([n, o]) => (window as unknown as { steps(n: number, o: object): StepsRun }).steps(n, o),
          [bodies, options] as const,
        );
        const seconds = (step: string) => ((run.times[step] ?? 0) / 1000).toFixed(1);
        console.log([bodies, (run.bytes / 1e6).toFixed(1), seconds('reading'), seconds('checking'), run.ok].join('\t'));
        await page.close();
        continue;
      }
      const run = await page.evaluate(
        ([n, o]) => (window as unknown as { measure(n: number, o: object): Promise<LimitRun> }).measure(n, o),
        [bodies, options] as const,
      );
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      line = [
        bodies,
        (run.bytes / 1e6).toFixed(1),
        (run.readyMs / 1000).toFixed(1),
        Math.round(run.longestTaskMs),
        Math.round(heap.usedSize / 1e6),
        run.error ?? 'drawn',
      ].join('\t');
    } catch (error) {
      line = `${bodies}\t\t\t\t\tfailed: ${(error as Error).message.split('\n')[0]}`;
    }
    console.log(line);
    await page.close();
  }
} finally {
  await browser.close();
}
