// Pages that scripts drive in headless Chromium (the export command, the benchmark): bundled by
// Vite in memory and delivered through Playwright's request routing, so no port is opened and
// nothing reaches the network.
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ORIGIN = 'http://governance-graph.invalid';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Bundles a page (path from the project root) with everything it imports: file name → content. */
export async function bundlePage(
  page: string,
  options: { minify?: boolean; config?: string } = {},
): Promise<Map<string, string | Uint8Array>> {
  const { build } = await import('vite');
  const result = await build(
    options.config
      ? {
          // As `npm run build` builds it with that config (the explorer with vite.config.ts, the
          // widget with vite.lib.config.ts: minified, chunks preloaded with what they import),
          // in memory and with `page` as the entry.
          configFile: join(ROOT, options.config),
          root: ROOT,
          logLevel: 'silent',
          publicDir: false,
          build: {
            write: false,
            outDir: 'dist-in-memory',
            sourcemap: false,
            reportCompressedSize: false,
            license: false,
            rolldownOptions: { input: join(ROOT, page) },
          },
        }
      : {
          configFile: false,
          root: ROOT,
          logLevel: 'silent',
          publicDir: false,
          build: {
            write: false,
            target: 'es2022',
            minify: options.minify ?? false,
            sourcemap: false,
            modulePreload: false,
            reportCompressedSize: false,
            rolldownOptions: { input: join(ROOT, page) },
          },
        },
  );
  const outputs = Array.isArray(result) ? result : [result];
  const files = new Map<string, string | Uint8Array>();
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) files.set(item.fileName, item.type === 'chunk' ? item.code : item.source);
  }
  return files;
}

/**
 * Opens a bundled page in a new tab (and browser context) of `browser`; every other request is
 * refused. `beforeLoad` runs on the tab before it navigates (to add an init script, say).
 */
export async function openBundledPage(
  browser: Browser,
  files: Map<string, string | Uint8Array>,
  page: string,
  viewport = { width: 1280, height: 800 },
  beforeLoad?: (tab: Page) => Promise<void>,
): Promise<Page> {
  const tab = await browser.newPage({ viewport });
  await beforeLoad?.(tab);
  await tab.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.origin === ORIGIN ? files.get(url.pathname.slice(1)) : undefined;
    if (body === undefined) return route.abort('blockedbyclient');
    return route.fulfill({
      body: typeof body === 'string' ? body : Buffer.from(body),
      contentType: CONTENT_TYPES[extname(url.pathname)] ?? 'application/octet-stream',
    });
  });
  await tab.goto(`${ORIGIN}/${page}`);
  return tab;
}
