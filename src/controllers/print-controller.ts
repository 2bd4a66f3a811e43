import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PictureModule } from '../export/picture.js';

/** A host with a shadow root to put downloads and the print picture in. */
export type ExportHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/*
 * Printing: the canvas is a bitmap at the screen's resolution, so for print the widget shows the
 * diagram as an inline SVG (vector, sharp at any printer resolution, light colours) in its place,
 * and hides the header, panel and footer. The rules live in the shadow root, where the widget's
 * parts are; a page's own print styles cannot reach them.
 */
const PRINT_STYLES = css`
  .print-picture {
    display: none;
  }
  @media print {
    :host {
      height: auto !important;
      overflow: visible !important;
      border: none !important;
    }
    .frame {
      display: none !important;
    }
    .print-picture {
      display: block;
    }
    /* One page: as wide as the page allows, no taller than it (the drawing keeps its proportions). */
    .print-picture svg {
      display: block;
      width: 100%;
      height: auto;
      max-height: 100vh;
      break-inside: avoid;
    }
  }
`;

/**
 * Keeps an inline SVG of the current drawing in the shadow root while the page prints: made when
 * the browser prepares to print (`beforeprint`, or the print media query starting to match, as
 * when print media is emulated) and removed afterwards. Both moments are synchronous, so the SVG
 * exporter is loaded once a drawing exists rather than on demand.
 */
export class PrintController implements ReactiveController {
  private module: PictureModule | null = null;
  private loading = false;
  private media: MediaQueryList | null = null;
  private picture: HTMLElement | null = null;

  constructor(
    private readonly host: ExportHost,
    private readonly draw: (module: PictureModule) => string | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    const sheet = PRINT_STYLES.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    window.addEventListener('beforeprint', this.show);
    window.addEventListener('afterprint', this.hide);
    this.media = window.matchMedia?.('print') ?? null;
    this.media?.addEventListener('change', this.onMedia);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.show);
    window.removeEventListener('afterprint', this.hide);
    this.media?.removeEventListener('change', this.onMedia);
    this.media = null;
    this.hide();
  }

  hostUpdated(): void {
    // Fetched once a drawing exists, so that it does not compete with the model's own loading; a
    // failed fetch (the chunks not deployed) is not retried on every update, only when printing.
    if (this.module || this.loading || !this.host.renderRoot.querySelector('gov-canvas')) return;
    this.loading = true;
    void this.load().catch(() => {});
  }

  private async load(): Promise<PictureModule> {
    this.module ??= await import('../export/export-svg.js');
    return this.module;
  }

  private readonly onMedia = (event: MediaQueryListEvent): void => (event.matches ? this.show() : this.hide());

  private readonly show = (): void => {
    if (!this.module) {
      // Printing came before the exporter: a print dialog has taken its picture by now, but print
      // media that stays on (a PDF renderer, emulation) gets the picture once the module is in.
      void this.load().then(
        () => (this.media?.matches ? this.show() : undefined),
        () => {},
      );
      return;
    }
    let doc: Document;
    try {
      const svg = this.draw(this.module);
      if (svg === null) return;
      // Parsed as SVG, not set as HTML: the exporter's text is a standalone XML document.
      doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    } catch {
      // A page that enforces Trusted Types refuses to parse strings, and a drawing caught half
      // built cannot be read: the page prints the canvas as it is instead.
      return;
    }
    if (doc.getElementsByTagName('parsererror').length > 0) return;
    this.hide();
    const picture = document.createElement('div');
    picture.className = 'print-picture';
    picture.setAttribute('part', 'print-picture');
    picture.append(document.importNode(doc.documentElement, true));
    // Before the template's own nodes, which Lit clears and redraws from its marker onwards.
    this.host.renderRoot.prepend(picture);
    this.picture = picture;
  };

  private readonly hide = (): void => {
    this.picture?.remove();
    this.picture = null;
  };
}
