// The widget's bundle size, as a page embedding it downloads it.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../harness-page.js';
import { widgetSize } from '../report-size.mjs';
import type { BundleSize } from './figures.js';

/** Entry plus what it imports statically (up front), and the other chunks beside it (on demand). */
function measureBundle(dir: string): Omit<BundleSize, 'source'> {
  const size = widgetSize(dir);
  return {
    raw: size.upFront.raw,
    gzip: size.upFront.gzip,
    files: size.upFrontFiles,
    firstDrawingGzip: size.firstDrawing.gzip,
    onDemandGzip: size.onDemand.gzip,
  };
}

/** The newest modification time of the widget's sources, to tell a stale dist/ from a fresh one. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'model'));
  return newest;
}

/**
 * dist/governance-graph.js as `npm run build` left it, when it is newer than every source file;
 * otherwise (none, or one older than the code measured) the same build into a temporary folder,
 * removed afterwards: a stale size would be a figure for other code.
 */
export async function bundleSize(): Promise<BundleSize> {
  const dist = join(ROOT, 'dist');
  const built = join(dist, 'governance-graph.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) {
    return { source: 'dist/governance-graph.js from npm run build', ...measureBundle(dist) };
  }
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'governance-graph-bench-'));
  try {
    await build({
      configFile: join(ROOT, 'vite.lib.config.ts'),
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
    });
    return {
      source: 'a build of the widget with vite.lib.config.ts (no up-to-date dist/governance-graph.js)',
      ...measureBundle(dir),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
