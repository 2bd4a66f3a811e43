import type { ModelIssue } from '../model/types.js';

// The model format's types, for a page that builds a model in code (`el.model = …`).
export type * from '../model/types.js';

/*
 * The types of <governance-graph>'s public events and export options, declared in the global
 * event map so that `addEventListener('gov-select', …)` is typed wherever the element is used.
 */

/** `gov-select`: the user selected a body, or cleared the selection (`id: null`). */
export interface GovSelectDetail {
  id: string | null;
}

/** `gov-ready`: a model was loaded and first painted. */
export interface GovReadyDetail {
  entities: number;
  relations: number;
  /** From receiving the model to the first painted frame. */
  milliseconds: number;
  /**
   * What was found that still let the model draw (a superior no row has, a file read as
   * Windows-1252…), as the widget's warning bar lists them; empty when nothing was.
   */
  warnings: ModelIssue[];
}

/** `gov-error`: the model could not be loaded or is invalid. */
export interface GovErrorDetail {
  errors: ModelIssue[];
  /** Warnings found along with the errors (a file read as Windows-1252, a missing parent column…). */
  warnings: ModelIssue[];
}

/** What an exported diagram includes. */
export interface ExportOptions {
  /** `all` (default): the whole diagram; `view`: what the view shows now. */
  scope?: 'all' | 'view';
  /** Title and source line above and below the diagram (default true). */
  title?: boolean;
  /** The legend (default true). */
  legend?: boolean;
  /** PNG only: pixels per diagram pixel, 1 to 4 (default 2); lowered when the picture would not fit a canvas. */
  pixelRatio?: number;
  /**
   * The colours: `light` (for print), `dark`, or `screen` (default): the theme the element is drawn
   * with, the page's `--gov-*` properties included.
   */
  theme?: 'light' | 'dark' | 'screen';
  /**
   * Only the selection, its chain of command and its relations (or the path shown), drawn as
   * highlighted, the rest left out rather than ghosted. Ignored while nothing is selected.
   */
  selectionOnly?: boolean;
}

/**
 * What `exportPng` resolves with: the PNG, with the pixel ratio it was drawn at, lower than the
 * one asked for (below 1 if need be) when the picture would not fit a browser's canvas.
 */
export interface PngExport extends Blob {
  readonly pixelRatio: number;
  readonly requestedPixelRatio: number;
}

declare global {
  interface HTMLElementEventMap {
    'gov-select': CustomEvent<GovSelectDetail>;
    'gov-ready': CustomEvent<GovReadyDetail>;
    'gov-error': CustomEvent<GovErrorDetail>;
  }
}

type PublicEvents = Pick<HTMLElementEventMap, 'gov-select' | 'gov-ready' | 'gov-error'>;

/** A public event: bubbling and composed, so that a host page can listen anywhere above. */
export function publicEvent<K extends keyof PublicEvents>(type: K, detail: PublicEvents[K]['detail']): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
