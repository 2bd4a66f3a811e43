import { css, html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fullscreenSupported } from './controllers/fullscreen-controller.js';
import { defineElement } from './define-element.js';
import { controls } from './styles/tokens.js';

export interface ExportRequest {
  /** The diagram as SVG or PNG, or the model as JSON or as a CSV org chart. */
  format: 'svg' | 'png' | 'json' | 'csv';
  scope: 'all' | 'view';
  title: boolean;
  legend: boolean;
  pixelRatio: number;
  /** The picture's colours: light (for print, the menu's default), dark, or as on screen. */
  theme: 'light' | 'dark' | 'screen';
  /** Only the selection, its chain of command and its relations, the rest left out. */
  selectionOnly: boolean;
}

/** Four corners: an icon rather than a word, so that the button costs the header little room. */
const FULLSCREEN_ICON = svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
  <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4"/></svg>`;

const THEMES = [
  ['light', 'Light (for print)'],
  ['dark', 'Dark'],
  ['screen', 'As on screen'],
] as const;

declare global {
  interface HTMLElementTagNameMap {
    'gov-export-menu': GovExportMenu;
  }
  interface HTMLElementEventMap {
    'gov-export-request': CustomEvent<ExportRequest>;
  }
}

/**
 * The Export button and its options: what to include, the colours, and the format to download:
 * the diagram as SVG or PNG, or the model as JSON or CSV; Print; and, beside it, the Fullscreen
 * button (absent where the page may not go fullscreen).
 *
 * @event gov-export-request - The user asked for a download (detail: format and options).
 * @event gov-fullscreen-request - The user asked for fullscreen, or to leave it.
 */
@defineElement('gov-export-menu')
export class GovExportMenu extends LitElement {
  static override styles = [
    controls,
    css`
      .failure {
        color: var(--_danger);
        max-width: 16rem;
        margin: 8px 0 0;
        font-size: 13px;
      }
      :host {
        display: inline-block;
        position: relative;
      }
      .panel {
        position: absolute;
        z-index: 6;
        top: calc(100% + 4px);
        inset-inline-end: 0;
        width: 240px;
        padding: 10px 12px;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: var(--_shadow);
      }
      fieldset {
        border: none;
        margin: 0 0 8px;
        padding: 0;
      }
      legend {
        font-size: 12px;
        color: var(--_muted);
        margin-bottom: 2px;
      }
      label {
        display: flex;
        gap: 6px;
        align-items: center;
        padding: 2px 0;
      }
      select {
        font: inherit;
      }
      .formats {
        display: flex;
        gap: 6px;
        margin-top: 6px;
      }
      .formats button {
        flex: 1;
      }
      fieldset.model {
        margin: 10px 0 0;
      }
      .notice {
        max-width: 16rem;
        margin: 8px 0 0;
        font-size: 13px;
        color: var(--_muted);
      }
      .sub {
        font-size: 12px;
        color: var(--_muted);
        margin-top: 4px;
      }
      .fullscreen.beside {
        margin-inline-start: 4px;
        display: inline-flex;
        align-items: center;
        vertical-align: top;
      }
      .fullscreen.inside {
        display: none;
      }
      /* In a narrow widget the header has no room beside Export: Fullscreen moves into the menu. */
      @container (max-width: 640px) {
        .fullscreen.beside {
          display: none;
        }
        .fullscreen.inside {
          display: block;
        }
      }
    `,
  ];

  /** Why the last export failed, shown in the menu (opened for it); null after one that worked. */
  @property({ attribute: false }) failure: string | null = null;
  /** What the last export did that was not asked for (a PNG drawn at a lower pixel ratio), shown in the menu. */
  @property({ attribute: false }) notice: string | null = null;
  /** Whether a body is selected: "Selection only" is offered only then. */
  @property({ type: Boolean }) selection = false;
  @state() private theme: ExportRequest['theme'] = 'light';
  @state() private selectionOnly = false;
  @state() private fullscreen = false;
  @state() private open = false;
  @state() private scope: 'all' | 'view' = 'all';
  @state() private withTitle = true;
  @state() private withLegend = true;
  @state() private pixelRatio = 2;

  protected override render() {
    return html`
      <button aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-panel" @click=${this.toggle} @keydown=${this.onKey}>
        Export
      </button>${
        fullscreenSupported()
          ? html`<button class="fullscreen beside" aria-label="Fullscreen" aria-pressed=${this.fullscreen ? 'true' : 'false'}
              title=${this.fullscreen ? 'Leave fullscreen' : 'Show the widget on the whole screen'} @click=${this.askFullscreen}>${FULLSCREEN_ICON}</button>`
          : nothing
      }
      <div id="export-panel" class="panel" role="group" aria-label="Export" ?hidden=${!this.open} @keydown=${this.onKey}>
        <fieldset>
          <legend>Diagram</legend>
          <label
            ><input type="radio" name="scope" .checked=${this.scope === 'all'} @change=${() => {
              this.scope = 'all';
            }} />Whole diagram</label
          >
          <label
            ><input type="radio" name="scope" .checked=${this.scope === 'view'} @change=${() => {
              this.scope = 'view';
            }} />Current view</label
          >
          <div class="sub" id="content-heading">Bodies</div>
          <div role="radiogroup" aria-labelledby="content-heading">
          <label
            ><input type="radio" name="content" .checked=${!this.selectionOnly || !this.selection} @change=${() => {
              this.selectionOnly = false;
            }} />As on screen</label
          >
          <label title=${this.selection ? 'The selection, its chain of command and its relations; the rest left out' : 'Select a body first'}
            ><input type="radio" name="content" ?disabled=${!this.selection} .checked=${this.selectionOnly && this.selection} @change=${() => {
              this.selectionOnly = true;
            }} />Selection only</label
          >
          </div>
          <label
            ><input type="checkbox" .checked=${this.withTitle} @change=${(e: Event) => {
              this.withTitle = (e.target as HTMLInputElement).checked;
            }} />Title and source</label
          >
          <label
            ><input type="checkbox" .checked=${this.withLegend} @change=${(e: Event) => {
              this.withLegend = (e.target as HTMLInputElement).checked;
            }} />Legend</label
          >
          <label
            >Colours
            <select
              @change=${(e: Event) => {
                this.theme = (e.target as HTMLSelectElement).value as ExportRequest['theme'];
              }}
            >
              ${THEMES.map(([value, text]) => html`<option value=${value} ?selected=${value === this.theme}>${text}</option>`)}
            </select></label
          >
          <label
            >PNG resolution
            <select
              @change=${(e: Event) => {
                this.pixelRatio = Number((e.target as HTMLSelectElement).value);
              }}
            >
              ${[1, 2, 3, 4].map((r) => html`<option value=${r} ?selected=${r === this.pixelRatio}>${r}×</option>`)}
            </select></label
          >
        </fieldset>
        <div class="formats" role="group" aria-label="Diagram">
          <button @click=${() => this.request('svg')} title="The diagram as SVG">SVG</button>
          <button @click=${() => this.request('png')} title="The diagram as PNG">PNG</button>
        </div>
        <fieldset class="model">
          <legend>Model</legend>
          <div class="formats">
            <button @click=${() => this.request('json')} title="The model as JSON" aria-label="Model as JSON">JSON</button>
            <button @click=${() => this.request('csv')} title="The model as a CSV org chart" aria-label="Model as CSV">CSV</button>
          </div>
        </fieldset>
        <div class="formats">
          <button @click=${this.print} title="Print the diagram as vector graphics, in light colours">Print…</button>
          ${
            fullscreenSupported()
              ? html`<button class="fullscreen inside" aria-pressed=${this.fullscreen ? 'true' : 'false'} @click=${this.askFullscreen}>
                  Fullscreen</button>`
              : nothing
          }
        </div>
        ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : nothing}
        <p class="notice" role="status" ?hidden=${!this.notice}>${this.notice ?? ''}</p>
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A failure or a notice arrives after the menu closed for the request: open it again to say so.
    if ((changed.has('failure') && this.failure) || (changed.has('notice') && this.notice)) this.open = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    document.addEventListener('pointerdown', this.onPointerDown, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    document.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
  }

  /** A press anywhere outside the open menu (the drawing, the toolbar, the page) closes it. */
  private readonly onPointerDown = (event: PointerEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  /** Whether the widget around this menu is the element shown fullscreen. */
  private readonly onFullscreenChange = (): void => {
    const root = this.getRootNode();
    this.fullscreen = root instanceof ShadowRoot && document.fullscreenElement === root.host;
  };

  private readonly askFullscreen = (): void => {
    this.open = false;
    this.dispatchEvent(new Event('gov-fullscreen-request', { bubbles: true, composed: true }));
  };

  private print(): void {
    this.open = false;
    // The widget swaps its canvas for a vector picture while the page prints (print-controller.ts).
    window.print();
  }

  private toggle(): void {
    this.open = !this.open;
  }

  /** Escape on the open menu or its button closes it, and goes no further (the widget would clear its selection). */
  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    event.preventDefault();
    this.open = false;
    this.renderRoot.querySelector('button')?.focus();
  }

  private request(format: ExportRequest['format']): void {
    const detail: ExportRequest = {
      format,
      scope: this.scope,
      title: this.withTitle,
      legend: this.withLegend,
      pixelRatio: this.pixelRatio,
      theme: this.theme,
      selectionOnly: this.selectionOnly && this.selection,
    };
    this.open = false;
    this.dispatchEvent(new CustomEvent('gov-export-request', { detail, bubbles: true, composed: true }));
  }
}
