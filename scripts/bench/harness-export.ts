// The widget's exports, timed once its drawing is still: SVG, and PNG at 1×.
import { currentWidget, settle } from './harness-stage.js';
import type { ExportRun, PngRun, PngScope } from './page-api.js';

export async function exportSvg(): Promise<ExportRun> {
  const el = currentWidget();
  await settle(el);
  const start = performance.now();
  const svg = await el.exportSvg();
  return { ms: performance.now() - start, bytes: new Blob([svg]).size };
}

/** A PNG of `scope`; a canvas too large for the browser comes back as `{ error }`, not a throw. */
export async function exportPng(scope: PngScope): Promise<PngRun> {
  const el = currentWidget();
  await settle(el);
  const start = performance.now();
  try {
    const png = await el.exportPng({ pixelRatio: 1, scope });
    return { ms: performance.now() - start, bytes: png.size };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
