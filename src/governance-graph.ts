import type { StylesheetJson } from 'cytoscape';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { GovernanceGraph } from '../model/graph.js';
import type { LoadResult } from '../model/load-result.js';
import { loadModelValue } from '../model/load-value.js';
import type { GovernancePath } from '../model/queries/path.js';
import { dateRange, structureAt } from '../model/queries/structure-at.js';
import type { ModelIssue } from '../model/types.js';
import './gov-canvas.js';
import type { GovCanvas } from './gov-canvas.js';
import './gov-details.js';
import type { GovDetails } from './gov-details.js';
import './gov-errors.js';
import './gov-export-menu.js';
import { exportFileName } from './export/file-name.js';
import type { ExportRequest } from './gov-export-menu.js';
import './gov-legend.js';
import './gov-outline.js';
import './gov-path-finder.js';
import './gov-search.js';
import './gov-timeline.js';
import './gov-toolbar.js';
import { kindLabel } from '../model/kinds.js';
import type { ToolbarAction } from './gov-toolbar.js';
import { layoutStyles } from './governance-graph.styles.js';
import { loadSource } from './load-source.js';
import { controls, tokens } from './styles/tokens.js';
import { toCytoscapeElements } from './view/cytoscape-elements.js';
import { cytoscapeStyle } from './view/cytoscape-style.js';
import { FONT_SIZE } from './view/graph-style.js';
import { buildGraphView, type GraphView, type ViewEdge } from './view/graph-view.js';
import { DIM_LIMIT, type Highlight, pathHighlight, selectionHighlight } from './view/highlight.js';
import { nextInDirection } from './view/keyboard-navigation.js';
import { DARK_THEME, LIGHT_THEME, type Theme, themeFromProperties } from './view/theme.js';
import type { LayoutDirection } from './view/tree-layout.js';
import { treeLinksOf } from './view/tree-links.js';
import type { MeasureText } from './view/wrap-label.js';
import { formatViewState, parseViewState, type ViewState } from './view-state.js';

export interface GovSelectDetail {
  id: string | null;
}
export interface GovReadyDetail {
  entities: number;
  relations: number;
  /** From receiving the model to the first painted frame. */
  milliseconds: number;
}
/** What an exported diagram includes. */
export interface ExportOptions {
  /** `all` (default): the whole diagram; `view`: what the view shows now. */
  scope?: 'all' | 'view';
  /** Title and source line above and below the diagram (default true). */
  title?: boolean;
  /** The legend (default true). */
  legend?: boolean;
  /** PNG only: pixels per diagram pixel, 1 to 4 (default 2). */
  pixelRatio?: number;
}

export interface GovErrorDetail {
  errors: ModelIssue[];
}

declare global {
  interface HTMLElementTagNameMap {
    'governance-graph': GovernanceGraphElement;
  }
  interface HTMLElementEventMap {
    'gov-select': CustomEvent<GovSelectDetail>;
    'gov-ready': CustomEvent<GovReadyDetail>;
    'gov-error': CustomEvent<GovErrorDetail>;
  }
}

/** Public events bubble and cross shadow roots, so a host page can listen anywhere above. */
const PUBLIC_EVENT = { bubbles: true, composed: true } as const;

type Tab = 'details' | 'legend' | 'path' | 'outline';
const TABS: { id: Tab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'legend', label: 'Legend' },
  { id: 'path', label: 'Path' },
  { id: 'outline', label: 'Outline' },
];

/**
 * An explorable map of who oversees whom. Give it a model (`src` or `model`); people select a
 * body to see its chain of command, what it oversees and the source's words for each line.
 *
 * @summary Governance graph explorer.
 * @event gov-select - The user selected a body (detail.id) or cleared the selection (null).
 * @event gov-ready - A model was loaded and first drawn (detail: entities, relations, milliseconds).
 * @event gov-error - A model could not be loaded or is invalid (detail.errors, each with path and message).
 * @csspart canvas - The diagram's drawing surface.
 * @csspart header - The bar with the title, search and view controls.
 * @csspart panel - The side panel with details, legend, path and outline.
 * @cssproperty --gov-background - Background colour.
 * @cssproperty --gov-surface - Background of bars and panels.
 * @cssproperty --gov-text - Text colour.
 * @cssproperty --gov-muted-text - Secondary text colour.
 * @cssproperty --gov-border - Border colour.
 * @cssproperty --gov-accent - Colour of links, switches and the current tab.
 * @cssproperty --gov-accent-text - Text on accent-coloured backgrounds (the current switch, the selected outline item).
 * @cssproperty --gov-danger - Colour of error headings.
 * @cssproperty --gov-radius - Corner radius of the frame, buttons and panels.
 * @cssproperty --gov-focus-ring - Keyboard focus colour.
 * @cssproperty --gov-selection - Outline of the selected body.
 * @cssproperty --gov-chain - Highlight of the chain of command above the selection.
 * @cssproperty --gov-subordinate - Highlight of what the selection oversees.
 * @cssproperty --gov-font-family - Font stack of the widget and the diagram.
 */
@customElement('governance-graph')
export class GovernanceGraphElement extends LitElement {
  static override styles = [tokens, controls, layoutStyles];

  /** URL of a model file: the JSON model format, or a CSV org chart (`id,parentId,name,…`). */
  @property() src: string | null = null;
  /** A model object in the JSON model format, or its JSON text; takes precedence over `src` when set. */
  @property({ attribute: false }) model: unknown = null;
  /** Id of the selected body, or null. */
  @property({ reflect: true }) selected: string | null = null;
  /** Show the structure as it stood at the end of this year; null for every body whatever its dates. */
  @property({ type: Number, reflect: true }) year: number | null = null;
  /** Direction of the chain of command: `TB` (top-down) or `LR` (left-right). */
  @property({ reflect: true }) layout: LayoutDirection = 'TB';
  /** `light` or `dark`; without it the widget follows the reader's colour-scheme preference. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Keep selection, year, filters and layout in the page's location hash (for the full-page explorer). */
  @property({ type: Boolean, attribute: 'hash-state' }) hashState = false;

  @state() private graph: GovernanceGraph | null = null;
  @state() private issues: ModelIssue[] = [];
  @state() private loading: { fraction: number | null } | null = null;
  @state() private hiddenKinds: ReadonlySet<string> = new Set();
  @state() private hiddenTypes: ReadonlySet<string> = new Set();
  @state() private path: GovernancePath | null = null;
  @state() private tab: Tab = 'legend';
  @state() private focusId: string | null = null;
  @state() private panelCollapsed = true;
  @state() private resolvedTheme: Theme = LIGHT_THEME;
  @state() private announcement = '';
  @state() private hover: { id: string; x: number; y: number } | null = null;

  @query('gov-canvas') private canvas!: GovCanvas | null;
  @query('gov-details') private details!: GovDetails | null;

  private shownGraph: GovernanceGraph | null = null;
  private loadedModel: unknown = null;
  /** Whether the model has any dates (no year slider otherwise). */
  private dated = false;
  private view: GraphView | null = null;
  private elements: ReturnType<typeof toCytoscapeElements> = [];
  /** The tree's own lines, which the canvas draws beneath Cytoscape. */
  private connectors: ViewEdge[] = [];
  private stylesheet: StylesheetJson = [];
  private highlight: Highlight = new Map();
  private home: string[] = [];
  /** Whether the view is too large for fades and dimming (see DIM_LIMIT). */
  private large = false;
  private loadStarted = 0;
  private readyPending = false;
  private abort: AbortController | null = null;
  private colorScheme: MediaQueryList | null = null;
  private measureCache = new Map<string, number>();
  private measureContext: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.colorScheme = window.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
    this.colorScheme?.addEventListener('change', this.onColorScheme);
    if (this.hashState) this.bindHash();
    this.resolveTheme();
    // Moving the element disconnects it, which aborts a load in progress: start that load again.
    if (this.loading && !this.abort && this.src && this.model === null) void this.fetchSource(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.colorScheme?.removeEventListener('change', this.onColorScheme);
    this.colorScheme = null;
    window.removeEventListener('hashchange', this.onHashChange);
    this.abort?.abort();
    this.abort = null;
  }

  /** Selects a body (or clears the selection with null) and brings it into view. Fires no event. */
  select(id: string | null): void {
    this.applySelection(id, false);
  }

  /** Fits the whole diagram into view. */
  fit(): void {
    this.canvas?.fit(true);
  }

  /**
   * The diagram as a standalone SVG document, as drawn now: year, filters and highlighting
   * included. Rejects when no model is drawn.
   */
  async exportSvg(options: ExportOptions = {}): Promise<string> {
    await this.updateComplete;
    const canvas = this.canvas;
    await canvas?.updateComplete;
    await canvas?.drawn;
    const cy = canvas?.core;
    const graph = this.graph;
    if (!cy || !graph || !this.view) throw new Error('governance-graph: no diagram to export yet');
    // The exporters are fetched on first use, from beside the widget's own file.
    const { exportSvg: serialise, whenSettled } = await import('./export/export-svg.js');
    // Highlight fades and position glides take a few frames; exporting mid-way would catch them half done.
    await whenSettled(cy);
    return serialise(cy, this.view, {
      theme: this.resolvedTheme,
      scope: options.scope ?? 'all',
      title: options.title === false ? null : graph.getAttribute('title'),
      legend: options.legend ?? true,
      source: options.title === false ? null : (graph.getAttribute('source') ?? null),
      graph,
      highlight: this.highlight,
    });
  }

  /** The diagram as a PNG image (the SVG export, rasterised at `pixelRatio`). */
  async exportPng(options: ExportOptions = {}): Promise<Blob> {
    const svg = await this.exportSvg(options);
    const { exportPng: rasterise } = await import('./export/export-png.js');
    return rasterise(svg, options.pixelRatio ?? 2);
  }

  /** The loaded graph (all years), or null while none is loaded. */
  get governanceGraph(): GovernanceGraph | null {
    return this.graph;
  }

  /** The view as drawn: bodies and relations after the year and the filters, with positions. */
  get graphView(): GraphView | null {
    return this.view;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('model') && this.model !== null) this.acceptModel(this.model);
    else if (changed.has('src') && this.src && this.model === null) void this.fetchSource(this.src);
    if (changed.has('theme')) this.resolveTheme();
    if (changed.has('graph')) this.dated = this.graph !== null && dateRange(this.graph) !== null;
    if (changed.has('graph') || changed.has('year')) {
      this.shownGraph = this.graph && this.year !== null ? structureAt(this.graph, this.year) : this.graph;
    }
    const viewChanged =
      changed.has('graph') ||
      changed.has('year') ||
      changed.has('hiddenKinds') ||
      changed.has('hiddenTypes') ||
      changed.has('layout') ||
      changed.has('resolvedTheme');
    if (viewChanged && this.shownGraph) {
      this.view = buildGraphView(this.shownGraph, {
        direction: this.layout,
        hiddenKinds: this.hiddenKinds,
        hiddenTypes: this.hiddenTypes,
        measure: this.measure,
      });
      this.elements = toCytoscapeElements(this.view);
      this.connectors = treeLinksOf(this.view);
      const view = this.view;
      this.home = view.nodes.filter((n) => view.parent.has(n.id) || view.children.has(n.id)).map((n) => n.id);
      if (this.path && !this.path.nodes.every((n) => this.view?.nodes.some((v) => v.id === n))) this.path = null;
    }
    const large = this.view !== null && this.view.nodes.length + this.view.edges.length > DIM_LIMIT;
    if (changed.has('resolvedTheme') || large !== this.large) {
      this.large = large;
      this.stylesheet = cytoscapeStyle(this.resolvedTheme, { large });
    }
    if (viewChanged || changed.has('selected') || changed.has('path')) {
      this.highlight = !this.view
        ? new Map()
        : this.path
          ? pathHighlight(this.view, this.path.nodes, this.path.edges)
          : selectionHighlight(this.view, this.selected);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.readyPending && this.graph) {
      this.readyPending = false;
      void this.announceReady(this.graph);
    }
    if (changed.has('layout') && changed.get('layout') !== undefined)
      requestAnimationFrame(() => this.canvas?.fit(true));
  }

  private async announceReady(graph: GovernanceGraph): Promise<void> {
    // The canvas builds Cytoscape in its own first update, which comes after ours; a large model
    // is then added over several frames.
    await this.canvas?.updateComplete;
    await this.canvas?.drawn;
    if (this.graph !== graph || !this.canvas?.core) return;
    this.dispatchEvent(
      new CustomEvent<GovReadyDetail>('gov-ready', {
        detail: { entities: graph.order, relations: graph.size, milliseconds: performance.now() - this.loadStarted },
        ...PUBLIC_EVENT,
      }),
    );
  }

  protected override render() {
    if (this.issues.some((i) => i.severity === 'error')) {
      return html`<div class="error-frame"><gov-errors .issues=${this.issues} heading=${this.src ? 'This model could not be loaded' : 'This model cannot be shown'}></gov-errors></div>`;
    }
    if (!this.graph) {
      return html`<div class="status" role="status">
        ${
          this.loading
            ? html`<div>
              <p>Loading the model…</p>
              <progress max="1" value=${this.loading.fraction ?? nothing} aria-label="Loading the model"></progress>
            </div>`
            : html`<p>No model yet: set <code>src</code> or <code>model</code>.</p>`
        }
      </div>`;
    }
    const graph = this.graph;
    const shown = this.shownGraph ?? graph;
    return html`<div class="frame ${this.panelCollapsed ? '' : 'panel-open'}">
      <header part="header">
        <h1 title=${graph.getAttribute('title')}>${graph.getAttribute('title')}</h1>
        <gov-search .graph=${shown} @gov-search-select=${this.onSearchSelect}></gov-search>
        <div class="tools">
          <gov-toolbar direction=${this.layout} @gov-toolbar-action=${this.onToolbar}></gov-toolbar>
        </div>
        <gov-export-menu @gov-export-request=${this.onExportRequest}></gov-export-menu>
        <button
          class="panel-toggle"
          aria-expanded=${this.panelCollapsed ? 'false' : 'true'}
          aria-controls="panel"
          @click=${() => {
            this.panelCollapsed = !this.panelCollapsed;
          }}
        >
          Panel
        </button>
      </header>
      <div
        class="stage"
        tabindex="0"
        role="group"
        aria-roledescription="diagram"
        aria-label="${graph.getAttribute('title')}: arrow keys move between bodies, Enter selects, Escape clears"
        @keydown=${this.onStageKey}
      >
        <gov-canvas
          exportparts="canvas"
          .elements=${this.elements}
          .connectors=${this.connectors}
          .theme=${this.resolvedTheme}
          .stylesheet=${this.stylesheet}
          .highlight=${this.highlight}
          .focusId=${this.focusId}
          .home=${this.home}
          direction=${this.layout}
          @gov-canvas-select=${this.onCanvasSelect}
          @gov-canvas-hover=${this.onCanvasHover}
        ></gov-canvas>
        ${this.renderTooltip()}
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </div>
      <aside id="panel" part="panel" class=${this.panelCollapsed ? 'collapsed' : ''}>
        <div role="tablist" aria-label="Panels">
          ${TABS.map(
            (t) => html`<button
              role="tab"
              id="tab-${t.id}"
              aria-controls="panel-${t.id}"
              aria-selected=${this.tab === t.id ? 'true' : 'false'}
              tabindex=${this.tab === t.id ? '0' : '-1'}
              @click=${() => this.openTab(t.id)}
              @keydown=${this.onTabKey}
            >
              ${t.label}
            </button>`,
          )}
        </div>
        <div role="tabpanel" id="panel-details" aria-labelledby="tab-details" ?hidden=${this.tab !== 'details'}>
          <gov-details .graph=${shown} entity=${this.selected ?? nothing} @gov-navigate=${this.onNavigate}></gov-details>
        </div>
        <div role="tabpanel" id="panel-legend" aria-labelledby="tab-legend" ?hidden=${this.tab !== 'legend'}>
          <gov-legend
            .graph=${graph}
            .theme=${this.resolvedTheme}
            .hiddenKinds=${this.hiddenKinds}
            .hiddenTypes=${this.hiddenTypes}
            ?large=${this.large}
            @gov-filter-change=${this.onFilterChange}
          ></gov-legend>
        </div>
        <div role="tabpanel" id="panel-path" aria-labelledby="tab-path" ?hidden=${this.tab !== 'path'}>
          <gov-path-finder .graph=${shown} @gov-path-change=${this.onPathChange}></gov-path-finder>
        </div>
        <div role="tabpanel" id="panel-outline" aria-labelledby="tab-outline" ?hidden=${this.tab !== 'outline'}>
          <gov-outline .view=${this.tab === 'outline' ? this.view : null} selected=${this.selected ?? nothing} @gov-navigate=${this.onNavigate}></gov-outline>
        </div>
      </aside>
      ${
        this.dated
          ? html`<footer>
            <gov-timeline .graph=${graph} year=${this.year ?? nothing} @gov-year-change=${this.onYearChange}></gov-timeline>
          </footer>`
          : nothing
      }
    </div>`;
  }

  // ---- loading ----

  private async fetchSource(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loadStarted = performance.now();
    this.loading = { fraction: null };
    this.graph = null;
    this.issues = [];
    try {
      const result = await loadSource(url, abort.signal, (fraction) => {
        if (this.abort === abort) this.loading = { fraction };
      });
      if (this.abort === abort) this.accept(result, false);
    } catch {
      // Aborted because src changed or the element left the page: the newer load owns the state.
    }
  }

  /** An object is read at once; JSON text waits for the JSON reader, which is loaded on first use. */
  private acceptModel(model: unknown): void {
    if (typeof model !== 'string') {
      this.accept(loadModelValue(model));
      return;
    }
    this.loadStarted = performance.now();
    void import('../model/load.js').then(({ loadModel }) => {
      if (this.model === model) this.accept(loadModel(model), false);
    });
  }

  private accept(result: LoadResult, restartClock = true): void {
    if (restartClock) this.loadStarted = performance.now();
    this.loading = null;
    if (!result.ok) {
      this.graph = null;
      this.issues = [...result.errors, ...result.warnings];
      this.dispatchEvent(
        new CustomEvent<GovErrorDetail>('gov-error', { detail: { errors: result.errors }, ...PUBLIC_EVENT }),
      );
      return;
    }
    this.issues = result.warnings;
    this.graph = result.graph;
    this.loadedModel = result.model;
    this.path = null;
    this.focusId = null;
    this.readyPending = true;
    if (this.selected !== null && !result.graph.hasNode(this.selected)) this.selected = null;
  }

  // ---- selection ----

  private applySelection(id: string | null, byUser: boolean): void {
    const next = id !== null && this.graph?.hasNode(id) ? id : null;
    this.path = null;
    if (next !== null) {
      this.focusId = next;
      this.tab = 'details';
      this.panelCollapsed = false;
      this.updateComplete.then(() => this.canvas?.reveal(next, this.litNodes()));
    }
    if (next === this.selected) return;
    this.selected = next;
    if (byUser) {
      this.dispatchEvent(new CustomEvent<GovSelectDetail>('gov-select', { detail: { id: next }, ...PUBLIC_EVENT }));
      this.pushHash();
    }
  }

  private readonly onCanvasSelect = (e: CustomEvent<{ id: string | null }>) => {
    e.stopPropagation();
    if (e.detail.id === null) this.clearSelection();
    else this.applySelection(e.detail.id, true);
  };

  private readonly onCanvasHover = (e: CustomEvent<{ id: string | null; x: number; y: number }>) => {
    e.stopPropagation();
    this.hover = e.detail.id === null ? null : { id: e.detail.id, x: e.detail.x, y: e.detail.y };
  };

  /** Canvas labels cannot carry a title attribute, so the full name, kind and dates show here on hover. */
  private renderTooltip() {
    const hover = this.hover;
    const graph = this.shownGraph;
    if (!hover || !graph?.hasNode(hover.id)) return nothing;
    const e = graph.getNodeAttributes(hover.id);
    const dates = [e.since ? `since ${e.since}` : '', e.until ? `until ${e.until}` : ''].filter(Boolean).join(', ');
    // styleMap writes through the CSSOM, which a strict style-src policy allows (a style attribute it would not).
    return html`<div class="tooltip" role="tooltip" style=${styleMap({ left: `${hover.x}px`, top: `${hover.y}px` })}>
      <strong>${e.name}</strong>${e.acronym ? ` (${e.acronym})` : ''}
      <span>${kindLabel(e.kind)}${dates ? ` · ${dates}` : ''}</span>
    </div>`;
  }

  private readonly onSearchSelect = (e: CustomEvent<{ id: string }>) => {
    e.stopPropagation();
    this.applySelection(e.detail.id, true);
  };

  private readonly onNavigate = (e: CustomEvent<{ id: string }>) => {
    e.stopPropagation();
    this.applySelection(e.detail.id, true);
  };

  private clearSelection(): void {
    this.path = null;
    if (this.selected === null) return;
    this.selected = null;
    this.dispatchEvent(new CustomEvent<GovSelectDetail>('gov-select', { detail: { id: null }, ...PUBLIC_EVENT }));
    this.pushHash();
  }

  /** Bodies the current highlight lights up (not dimmed). */
  private litNodes(): string[] {
    const nodes = new Set(this.view?.nodes.map((n) => n.id));
    return [...this.highlight]
      .filter(([id, classes]) => nodes.has(id) && !classes.includes('dimmed'))
      .map(([id]) => id);
  }

  // ---- keyboard ----

  private readonly onStageKey = (e: KeyboardEvent) => {
    const view = this.view;
    if (!view || view.nodes.length === 0) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.focusId = null;
      this.clearSelection();
      this.announce('Selection cleared');
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      const id = this.focusId ?? this.selected;
      if (id === null) return;
      e.preventDefault();
      this.applySelection(id, true);
      this.updateComplete.then(() => this.details?.updateComplete).then(() => this.details?.focusHeading());
      return;
    }
    const direction = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'previous', ArrowRight: 'next' } as const;
    const move = direction[e.key as keyof typeof direction];
    if (!move) return;
    e.preventDefault();
    const from = this.focusId ?? this.selected;
    const next = from === null ? (view.children.get('')?.[0] ?? view.nodes[0]!.id) : nextInDirection(view, from, move);
    if (next === null) {
      this.announce(move === 'up' ? 'At the top' : move === 'down' ? 'Nothing below' : 'No further sibling');
      return;
    }
    this.focusId = next;
    this.canvas?.reveal(next);
    const entity = this.graph?.getNodeAttributes(next);
    if (entity) this.announce(`${entity.name}${entity.acronym ? ` (${entity.acronym})` : ''}. Enter to select.`);
  };

  private announce(text: string): void {
    // Re-setting the same text would not be read again.
    this.announcement = this.announcement === text ? `${text} ` : text;
  }

  private readonly onTabKey = (e: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === this.tab);
    let next = index;
    if (e.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else return;
    e.preventDefault();
    this.openTab(TABS[next]!.id);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${TABS[next]!.id}`)?.focus());
  };

  private openTab(tab: Tab): void {
    this.tab = tab;
    this.panelCollapsed = false;
  }

  // ---- controls ----

  private readonly onToolbar = (e: CustomEvent<{ action: ToolbarAction }>) => {
    e.stopPropagation();
    switch (e.detail.action) {
      case 'fit':
        this.canvas?.fit(true);
        break;
      case 'zoom-in':
        this.canvas?.zoomBy(1.25);
        break;
      case 'zoom-out':
        this.canvas?.zoomBy(0.8);
        break;
      case 'direction':
        this.layout = this.layout === 'TB' ? 'LR' : 'TB';
        this.pushHash();
        break;
      case 'reset':
        this.hiddenKinds = new Set();
        this.hiddenTypes = new Set();
        this.year = null;
        this.path = null;
        this.focusId = null;
        this.clearSelection();
        this.pushHash();
        this.updateComplete.then(() => this.canvas?.fitHome(true));
        break;
    }
  };

  private readonly onFilterChange = (e: CustomEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>) => {
    e.stopPropagation();
    this.hiddenKinds = e.detail.hiddenKinds;
    this.hiddenTypes = e.detail.hiddenTypes;
    this.pushHash();
  };

  private readonly onYearChange = (e: CustomEvent<{ year: number | null }>) => {
    e.stopPropagation();
    this.year = e.detail.year;
    this.pushHash(true);
  };

  private readonly onPathChange = (e: CustomEvent<{ path: GovernancePath | null }>) => {
    e.stopPropagation();
    this.path = e.detail.path;
    if (this.path) {
      const nodes = this.path.nodes;
      this.updateComplete.then(() => this.canvas?.fit(true, nodes));
    }
  };

  private readonly onExportRequest = async (e: CustomEvent<ExportRequest>) => {
    e.stopPropagation();
    const graph = this.graph;
    if (!graph) return;
    const { format, ...options } = e.detail;
    const selected =
      this.selected !== null && graph.hasNode(this.selected) ? graph.getNodeAttributes(this.selected).name : null;
    const name = exportFileName(graph.getAttribute('title'), format === 'json' ? null : selected, format);
    try {
      const blob =
        format === 'svg'
          ? new Blob([await this.exportSvg(options)], { type: 'image/svg+xml' })
          : format === 'png'
            ? await this.exportPng(options)
            : new Blob([`${JSON.stringify(this.loadedModel, null, 2)}\n`], { type: 'application/json' });
      this.download(blob, name);
      this.announce(`Downloaded ${name}`);
    } catch (error) {
      this.announce(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The click starts the download synchronously in every current browser; free the URL after it.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- theme ----

  private readonly onColorScheme = () => this.resolveTheme();

  private resolveTheme(): void {
    const dark = this.theme === 'dark' || (this.theme === null && (this.colorScheme?.matches ?? false));
    const style = getComputedStyle(this);
    const theme = themeFromProperties(dark ? DARK_THEME : LIGHT_THEME, (p) => style.getPropertyValue(p));
    this.measureCache.clear();
    this.resolvedTheme = theme;
  }

  private readonly measure: MeasureText = (text) => {
    const cached = this.measureCache.get(text);
    if (cached !== undefined) return cached;
    if (!this.measureContext) {
      this.measureContext =
        typeof OffscreenCanvas === 'function'
          ? new OffscreenCanvas(1, 1).getContext('2d')
          : document.createElement('canvas').getContext('2d');
    }
    const context = this.measureContext!;
    context.font = `${FONT_SIZE}px ${this.resolvedTheme.fontFamily}`;
    const width = context.measureText(text).width;
    this.measureCache.set(text, width);
    return width;
  };

  // ---- location hash ----

  private bindHash(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.applyHash(parseViewState(location.hash));
  }

  private readonly onHashChange = () => this.applyHash(parseViewState(location.hash));

  private applyHash(state: ViewState): void {
    this.year = state.year;
    this.hiddenKinds = state.hiddenKinds;
    this.hiddenTypes = state.hiddenTypes;
    this.layout = state.layout;
    if (state.selected !== this.selected) {
      this.path = null;
      this.selected = state.selected;
      if (state.selected !== null) {
        this.tab = 'details';
        const id = state.selected;
        this.updateComplete.then(() => this.canvas?.reveal(id, this.litNodes()));
      }
    }
  }

  private pushHash(replace = false): void {
    if (!this.hashState) return;
    const hash = formatViewState({
      selected: this.selected,
      year: this.year,
      hiddenKinds: new Set(this.hiddenKinds),
      hiddenTypes: new Set(this.hiddenTypes),
      layout: this.layout,
    });
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
}
