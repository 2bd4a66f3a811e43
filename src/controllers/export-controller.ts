import type { ReactiveController } from 'lit';
import type { GovernanceGraph } from '../../model/graph.js';
import type { GovernanceModel } from '../../model/types.js';
import { whenSettled } from '../canvas/frames.js';
import { saveFile } from '../download.js';
import { exportFileName } from '../export/file-name.js';
import { type PictureModule, pictureOf } from '../export/picture.js';
import type { GovCanvas } from '../gov-canvas.js';
import type { ExportRequest } from '../gov-export-menu.js';
import type { ExportOptions, PngExport } from '../public-types.js';
import type { DerivedView } from '../view/derive-view.js';
import { FullscreenController } from './fullscreen-controller.js';
import { type ExportHost, PrintController } from './print-controller.js';

/** What an export is made from: the host's drawing as it is now. */
export interface Drawing {
  canvas: GovCanvas | null;
  graph: GovernanceGraph | null;
  /** The model as read, for the JSON download. */
  model: GovernanceModel | null;
  /** The view, highlight, theme and stylesheet the canvas draws. */
  derived: DerivedView;
  selected: string | null;
  year: number | null;
}

/**
 * Exports the host's diagram as drawn (year, filters and highlighting included), downloads
 * diagrams and the model for the Export menu (its `gov-export-request` events), and keeps the
 * print picture and fullscreen (PrintController, FullscreenController). The exporters are fetched
 * on first use, from beside the widget's file.
 */
export class ExportController implements ReactiveController {
  /** Why the last export from the menu failed, for the menu to show; null after one that worked. */
  failure: string | null = null;
  /** What the last export from the menu did that was not asked for (a lowered pixel ratio); null otherwise. */
  notice: string | null = null;

  constructor(
    private readonly host: ExportHost,
    private readonly drawing: () => Drawing,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
    new PrintController(host, (module) => this.drawNow(module, { theme: 'light' }));
    new FullscreenController(host);
  }

  hostConnected(): void {
    this.host.addEventListener('gov-export-request', this.onRequest);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('gov-export-request', this.onRequest);
  }

  /**
   * The diagram as a standalone SVG document, once the host has rendered its latest state and
   * the canvas has drawn and settled it. Rejects at once when the element is not on a page, and
   * when no model is drawn.
   */
  async svg(options: ExportOptions = {}): Promise<string> {
    // An element that is not on a page never renders, so its update would never complete.
    if (!this.host.isConnected) throw new Error('governance-graph: not on a page, so there is no diagram to export');
    await this.host.updateComplete;
    const { canvas } = this.drawing();
    await canvas?.updateComplete;
    await canvas?.drawn;
    const cy = canvas?.core;
    if (!cy || !this.drawing().graph || !this.drawing().derived.view) {
      throw new Error('governance-graph: no diagram to export yet');
    }
    const module = await import('../export/export-svg.js');
    // Highlight fades and position glides take a few frames; exporting mid-way would catch them half done.
    await whenSettled(cy);
    const svg = this.drawNow(module, options);
    if (svg === null) throw new Error('governance-graph: no diagram to export yet');
    return svg;
  }

  /** The diagram as drawn this moment, or null when none is; synchronous, for the print picture. */
  private drawNow(module: PictureModule, options: ExportOptions): string | null {
    const { canvas, graph, derived, selected, year } = this.drawing();
    const cy = canvas?.core;
    if (!cy || !graph || !derived.view) return null;
    // A large drawing holds only what is near the view; a picture shows all of it.
    canvas.drawAll();
    return pictureOf(module, { cy, graph, derived, selected, year, layerLines: canvas.layerLines }, options);
  }

  /**
   * The diagram as a PNG image: the SVG export rasterised at `pixelRatio` (default 2), or at a
   * lower ratio when that would not fit a browser's canvas (the result's `pixelRatio` says which).
   */
  async png(options: ExportOptions = {}): Promise<PngExport> {
    const svg = await this.svg(options);
    const { exportPng } = await import('../export/export-png.js');
    const png = await exportPng(svg, options.pixelRatio ?? 2);
    return Object.assign(png.blob, { pixelRatio: png.pixelRatio, requestedPixelRatio: png.requestedPixelRatio });
  }

  /**
   * Downloads what the Export menu asked for (see download) and says how it went: to screen
   * readers, and in the menu through `failure` and `notice`.
   */
  private readonly onRequest = (event: CustomEvent<ExportRequest>): void => {
    event.stopPropagation();
    void this.requested(event.detail);
  };

  private async requested(request: ExportRequest): Promise<void> {
    try {
      const { name, note } = await this.download(request, this.host.renderRoot);
      this.failure = null;
      this.notice = note;
      this.announce(note ? `Downloaded ${name}: ${note}` : `Downloaded ${name}`);
    } catch (error) {
      this.failure = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
      this.notice = null;
      this.announce(this.failure);
    }
    this.host.requestUpdate();
  }

  /**
   * Downloads what the Export menu asked for, into `parent`, named after the model and (for
   * diagrams) the year and the selected body: the diagram as SVG or PNG, or the model as JSON or
   * as a CSV org chart. Resolves with the file's name, and a note on what the file leaves out or
   * changed when it does; rejects when the export fails.
   */
  async download(request: ExportRequest, parent: ParentNode): Promise<{ name: string; note: string | null }> {
    const { graph, model, selected, year, derived } = this.drawing();
    if (!graph || !model) throw new Error('governance-graph: no model to export yet');
    const { format, ...options } = request;
    const diagram = format === 'svg' || format === 'png';
    const shown = derived.shown ?? graph;
    const body =
      diagram && selected !== null && shown.hasNode(selected) ? shown.getNodeAttributes(selected).name : null;
    const name = exportFileName(graph.getAttribute('title'), body, format, diagram ? year : null);
    let note: string | null = null;
    let blob: Blob;
    if (format === 'svg') blob = new Blob([await this.svg(options)], { type: 'image/svg+xml' });
    else if (format === 'png') {
      const png = await this.png(options);
      if (png.pixelRatio < png.requestedPixelRatio) {
        note = `drawn at ${Number(png.pixelRatio.toFixed(2))}× instead of ${png.requestedPixelRatio}×, the most a browser's canvas holds; the SVG keeps every detail`;
      }
      blob = png;
    } else if (format === 'json')
      blob = new Blob([`${JSON.stringify(model, null, 2)}\n`], { type: 'application/json' });
    else {
      // The CSV writer is fetched on first use, like the exporters.
      const { CSV_BYTE_ORDER_MARK, exportCsv } = await import('../../model/csv.js');
      const { csv, omitted } = exportCsv(model);
      if (omitted > 0) note = `${omitted} relation${omitted === 1 ? '' : 's'} of the model's own types left out`;
      blob = new Blob([`${CSV_BYTE_ORDER_MARK}${csv}`], { type: 'text/csv;charset=utf-8' });
    }
    saveFile(blob, name, parent);
    return { name, note };
  }
}
