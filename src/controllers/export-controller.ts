import type { ReactiveControllerHost } from 'lit';
import type { GovernanceGraph } from '../../model/graph.js';
import type { GovernanceModel } from '../../model/types.js';
import { whenSettled } from '../canvas/frames.js';
import { saveFile } from '../download.js';
import { exportFileName } from '../export/file-name.js';
import type { GovCanvas } from '../gov-canvas.js';
import type { ExportRequest } from '../gov-export-menu.js';
import type { ExportOptions } from '../public-types.js';
import type { GraphView } from '../view/graph-view.js';
import type { Highlight } from '../view/highlight.js';
import type { Theme } from '../view/theme.js';

/** What an export is made from: the host's drawing as it is now. */
export interface Drawing {
  canvas: GovCanvas | null;
  graph: GovernanceGraph | null;
  /** The model as read, for the JSON download. */
  model: GovernanceModel | null;
  view: GraphView | null;
  theme: Theme;
  highlight: Highlight;
  selected: string | null;
}

/**
 * Exports the host's diagram as drawn (year, filters and highlighting included) and downloads
 * diagrams and the model. The exporters are fetched on first use, from beside the widget's file.
 */
export class ExportController {
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly drawing: () => Drawing,
  ) {}

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
    const { graph, view, theme, highlight } = this.drawing();
    const cy = canvas?.core;
    if (!cy || !graph || !view) throw new Error('governance-graph: no diagram to export yet');
    const { exportSvg } = await import('../export/export-svg.js');
    // Highlight fades and position glides take a few frames; exporting mid-way would catch them half done.
    await whenSettled(cy);
    return exportSvg(cy, view, {
      theme,
      scope: options.scope ?? 'all',
      title: options.title === false ? null : graph.getAttribute('title'),
      legend: options.legend ?? true,
      source: options.title === false ? null : (graph.getAttribute('source') ?? null),
      graph,
      highlight,
      layerLines: canvas.layerLines,
    });
  }

  /** The diagram as a PNG image: the SVG export rasterised at `pixelRatio` (default 2). */
  async png(options: ExportOptions = {}): Promise<Blob> {
    const svg = await this.svg(options);
    const { exportPng } = await import('../export/export-png.js');
    return exportPng(svg, options.pixelRatio ?? 2);
  }

  /** Why the last export from the menu failed, for the menu to show; null after one that worked. */
  failure: string | null = null;

  /**
   * Downloads what the Export menu asked for (see download) and says how it went: to screen
   * readers through `announce`, and, when it failed, in the menu through `failure`.
   */
  async requested(request: ExportRequest, parent: ParentNode, announce: (text: string) => void): Promise<void> {
    try {
      const { name, note } = await this.download(request, parent);
      this.failure = null;
      announce(note ? `Downloaded ${name}: ${note}` : `Downloaded ${name}`);
    } catch (error) {
      this.failure = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
      announce(this.failure);
    }
    this.host.requestUpdate();
  }

  /**
   * Downloads what the Export menu asked for, into `parent`, named after the model and (for
   * diagrams) the selected body: the diagram as SVG or PNG, or the model as JSON or as a CSV org
   * chart. Resolves with the file's name, and a note on what the file leaves out when it leaves
   * something out; rejects when the export fails.
   */
  async download(request: ExportRequest, parent: ParentNode): Promise<{ name: string; note: string | null }> {
    const { graph, model, selected } = this.drawing();
    if (!graph || !model) throw new Error('governance-graph: no model to export yet');
    const { format, ...options } = request;
    const diagram = format === 'svg' || format === 'png';
    const body =
      diagram && selected !== null && graph.hasNode(selected) ? graph.getNodeAttributes(selected).name : null;
    const name = exportFileName(graph.getAttribute('title'), body, format);
    let note: string | null = null;
    let blob: Blob;
    if (format === 'svg') blob = new Blob([await this.svg(options)], { type: 'image/svg+xml' });
    else if (format === 'png') blob = await this.png(options);
    else if (format === 'json') blob = new Blob([`${JSON.stringify(model, null, 2)}\n`], { type: 'application/json' });
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
