// Takes screenshots of the running explorer (npm start) in headless Chromium:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height] [scale]
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './find-chromium.mjs';

const [url = 'http://127.0.0.1:5173/', out = 'screenshot.png', width = '1280', height = '800', scale = '1'] =
  process.argv.slice(2);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    deviceScaleFactor: Number(scale),
    colorScheme: process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light',
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.error(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  // Events bubble out of the widget, so the page can learn it is drawn without knowing where it is.
  await page.addInitScript(() => {
    window.__governanceReady = new Promise((resolve) => {
      addEventListener('gov-ready', (e) => resolve(e.detail), { once: true });
      addEventListener('gov-error', (e) => resolve(e.detail), { once: true });
      setTimeout(() => resolve('timeout'), 15000);
    });
  });
  await page.goto(url);
  let detail;
  for (let attempt = 0; attempt < 5 && detail === undefined; attempt++) {
    try {
      detail = await page.evaluate(() => window.__governanceReady);
    } catch {
      // The dev server reloads the page when a source file changes; wait for the new page.
      await page.waitForLoadState('load');
    }
  }
  console.log(JSON.stringify(detail));
  await page.waitForTimeout(600);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
