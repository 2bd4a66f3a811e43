// The page `npm run export` drives in headless Chromium: the real widget draws the model, and the
// exporters read what it drew, so the command line's files match what the explorer would export.
import '../src/governance-graph.js';
import type { GovernanceModel } from '../model/types.js';

export interface ExportRequest {
  model: GovernanceModel;
  format: 'svg' | 'png';
  focus: string | null;
  year: number | null;
  layout: 'TB' | 'LR';
  theme: 'light' | 'dark';
  /** PNG pixels per SVG pixel, 1 to 4. */
  scale: number;
  title: boolean;
  legend: boolean;
  /** Draw every body, however large the model (otherwise it is drawn collapsed as it opens). */
  expandAll: boolean;
}

/** The SVG text, or the PNG as a data: URL (strings are what page.evaluate carries best). */
export type ExportResponse = { svg: string } | { png: string };

declare global {
  interface Window {
    governanceExport(request: ExportRequest): Promise<ExportResponse>;
  }
}

window.governanceExport = async (request) => {
  const el = document.createElement('governance-graph');
  el.style.cssText = 'display:block;width:1280px;height:800px';
  el.theme = request.theme;
  el.layout = request.layout;
  el.year = request.year;
  el.expandAll = request.expandAll;
  const ready = new Promise<void>((resolve, reject) => {
    el.addEventListener('gov-ready', () => resolve(), { once: true });
    el.addEventListener('gov-error', (e) => reject(new Error(e.detail.errors.map((x) => x.message).join('; '))), {
      once: true,
    });
  });
  el.model = request.model;
  document.body.append(el);
  await ready;
  if (request.focus !== null) el.select(request.focus);
  const options = {
    scope: 'all' as const,
    title: request.title,
    legend: request.legend,
    pixelRatio: request.scale,
    theme: request.theme,
  };
  if (request.format === 'svg') return { svg: await el.exportSvg(options) };
  const png = await el.exportPng(options);
  return {
    png: await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(png);
    }),
  };
};
