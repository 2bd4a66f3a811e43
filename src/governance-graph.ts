// First of all, before Cytoscape.js registers its renderer (see prototype-guard.ts).
import './prototype-guard.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { bodyTooltip, type Hover } from './body-tooltip.js';
import { restoreRejected, themeAttribute, yearAttribute } from './checked-properties.js';
import { ColorSchemeController } from './controllers/color-scheme-controller.js';
import { ExportController } from './controllers/export-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LiveRegionController } from './controllers/live-region-controller.js';
import { LoadController } from './controllers/load-controller.js';
import { PanelController, PanelTab } from './controllers/panel-controller.js';
import { ViewStateController } from './controllers/view-state-controller.js';
import { landmarkRoles } from './landmarks.js';
import { emptyDrawing, loadStatus } from './load-status.js';
import './gov-canvas.js';
import type { CanvasErrorDetail, CanvasProgressDetail, GovCanvas } from './gov-canvas.js';
import './gov-details.js';
import './gov-export-menu.js';
import './gov-legend.js';
import './gov-outline.js';
import './gov-path-finder.js';
import './gov-search.js';
import './gov-timeline.js';
import './gov-toolbar.js';
import { defineElement } from './define-element.js';
import { layoutStyles } from './governance-graph.styles.js';
import type { ExportOptions, GovernanceModel, PngExport } from './public-types.js';
import { controls, tokens } from './styles/tokens.js';
import { type DerivedView, deriveView, NOTHING_DRAWN } from './view/derive-view.js';
import { countUndated, type GraphView, measureLabels } from './view/graph-view.js';
import { measureTextIn } from './view/measure-text.js';
import { RelationsShown } from './view/relations-shown.js';
import type { LayoutDirection } from './view/tree-layout.js';

export type * from './public-types.js';

declare global {
  interface HTMLElementTagNameMap {
    'governance-graph': GovernanceGraphElement;
  }
}

/**
 * An explorable map of who oversees whom. Give it a model (`src` or `model`); people select a
 * body to see its chain of command, what it oversees and the source's words for each line.
 *
 * @summary Governance graph explorer.
 * @event {GovSelectDetail} gov-select - The user selected a body (detail.id) or cleared the selection (null).
 * @event {GovReadyDetail} gov-ready - A model was loaded and first drawn (detail: entities, relations, milliseconds, warnings).
 * @event {GovErrorDetail} gov-error - A model could not be loaded or is invalid (detail.errors and detail.warnings, each with path and message).
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
 * @cssproperty --gov-path - Highlight of the path found between two bodies.
 * @cssproperty --gov-added - Outline of the bodies and lines new in the year shown.
 * @cssproperty --gov-font-family - Font stack of the widget and the diagram.
 */
@defineElement('governance-graph')
export class GovernanceGraphElement extends LitElement {
  static override styles = [tokens, controls, layoutStyles];

  /** URL of a model file: the JSON model format, a CSV org chart (`id,parentId,name,…`), an Excel workbook, GraphML or GEXF. */
  @property() src: string | null = null;
  /** Which header to read for some columns of a CSV file or an array of rows: `id:Emp No;parentId:Boss No`, or an object. */
  @property() columns: string | Readonly<Record<string, string>> | null = null;
  /** A model object in the JSON model format, or its JSON text (the `model` attribute takes the text); takes precedence over `src` when set. */
  // Any assignment counts, the same object too: a page may change a model in place and hand it over again.
  @property({ hasChanged: () => true }) model: GovernanceModel | string | null | undefined = null;
  /** Id of the selected body, or null. */
  @property({ reflect: true }) selected: string | null = null;
  /** Show the structure as it stood at the end of this year; null for every body whatever its dates. */
  @property({ converter: yearAttribute, reflect: true }) year: number | null = null;
  /** Direction of the chain of command: `TB` (top-down) or `LR` (left-right). */
  @property({ reflect: true }) layout: LayoutDirection = 'TB';
  /** Relations outside the chain of command drawn: the selected body's (`selected`), `all` or `none`. */
  @property({ reflect: true }) relations: RelationsShown = RelationsShown.selected;
  /** `light` or `dark`; without it the widget follows the reader's colour-scheme preference. */
  @property({ converter: themeAttribute, reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Keep selection, year, filters and layout in the page's location hash (for the full-page explorer). */
  @property({ type: Boolean, attribute: 'hash-state' }) hashState = false;
  /** Open every body expanded, however large the model (by default one of over 150 bodies opens collapsed). */
  @property({ type: Boolean, attribute: 'expand-all' }) expandAll = false;

  @state() private hover: Hover | null = null;

  @query('gov-canvas') private canvas!: GovCanvas | null;

  private readonly loader = new LoadController(this, {
    loaded: (graph) => this.viewState.modelChanged(graph),
    prepare: (graph) => measureLabels(graph, measureTextIn(this.scheme.theme.fontFamily)),
    drawn: async () => {
      // The canvas builds Cytoscape in its own first update, which comes after ours; a large
      // model is then added over several tasks.
      await this.canvas?.updateComplete;
      await this.canvas?.drawn;
      return Boolean(this.canvas?.core);
    },
  });
  private readonly scheme = new ColorSchemeController(this, () => this.theme);
  private readonly panel = new PanelController(this);
  private readonly live = new LiveRegionController(this);
  private readonly viewState = new ViewStateController(this, {
    derived: () => this.derived,
    canvas: () => this.canvas,
    panel: this.panel,
  });
  private readonly keys = new KeyboardController(this, this.viewState, this.panel, {
    view: () => this.derived.view,
    graph: () => this.loader.graph,
    selected: () => this.selected,
    reveal: (id) => this.canvas?.reveal(id),
    announce: (text) => this.live.announce(text),
  });
  private readonly exporter = new ExportController(
    this,
    () => ({
      canvas: this.canvas,
      derived: this.derived,
      graph: this.loader.graph,
      model: this.loader.model,
      selected: this.selected,
      year: this.year,
    }),
    (text) => this.live.announce(text),
  );
  private derived: DerivedView = deriveView(NOTHING_DRAWN);

  /** Selects a body (or clears the selection with null) and brings it into view. Fires no event. */
  select(id: string | null): void {
    this.viewState.select(id, false);
  }

  /** Fits the whole diagram into view. */
  fit(): void {
    this.canvas?.fit(true);
  }

  /** The diagram as a standalone SVG document as drawn now (year, filters, highlighting); rejects if none is. */
  exportSvg(options: ExportOptions = {}): Promise<string> {
    return this.exporter.svg(options);
  }

  /** The diagram as a PNG image (the SVG export rasterised at `pixelRatio`, lowered to fit a canvas; see PngExport). */
  exportPng(options: ExportOptions = {}): Promise<PngExport> {
    return this.exporter.png(options);
  }

  /** The loaded graph (all years), or null while none is loaded. */
  get governanceGraph(): GovernanceGraph | null {
    return this.loader.graph;
  }

  /** The view as drawn: bodies and relations after the year and the filters, with positions. */
  get graphView(): GraphView | null {
    return this.derived.view;
  }

  protected override willUpdate(changed: PropertyValues): void {
    restoreRejected(this, changed, this.loader.graph);
    if (['model', 'src', 'columns'].some((key) => changed.has(key))) this.loader.load(this);
    const { graph } = this.loader;
    const [state, theme] = [this.viewState, this.scheme.theme];
    const input = {
      graph,
      year: this.year,
      hiddenKinds: state.hiddenKinds,
      hiddenTypes: state.hiddenTypes,
      layout: this.layout,
      theme,
      measure: measureTextIn(theme.fontFamily),
      selected: this.selected,
      path: state.pathIn(graph, this.year),
      relations: this.relations,
      collapse: state.collapse.state,
      autoCollapse: !this.expandAll,
      routing: this.loader.routing,
    };
    try {
      this.derived = deriveView(input, this.derived);
    } catch (error) {
      // A model too large or too deep to lay out says so in the box instead of stopping the widget.
      this.derived = deriveView(NOTHING_DRAWN);
      this.loader.fail('laid out', error);
      return;
    }
    state.keepPath(this.derived.path);
    state.keepCollapse(this.derived.collapse);
  }

  protected override updated(changed: PropertyValues): void {
    if ((['layout', 'year', 'expandAll'] as const).some((k) => changed.has(k) && changed.get(k) !== undefined))
      this.viewState.reframe();
  }

  protected override render() {
    const graph = this.loader.graph;
    if (!graph) return loadStatus(this.loader, Boolean(this.src));
    const d = this.derived;
    const shown = d.shown ?? graph;
    const title = graph.getAttribute('title');
    const { panel } = this;
    return html`<div class="frame ${panel.collapsed ? '' : 'panel-open'}">
      <header part="header" role="region" aria-label="Search and view">
        <h1 title=${title}>${title}</h1>
        <gov-search .graph=${shown} .everyYear=${graph} .chosen=${this.selected} @gov-search-select=${this.viewState.onSelect}></gov-search>
        <div class="tools">
          <gov-toolbar direction=${this.layout} relations=${this.relations} @gov-toolbar-action=${this.viewState.onToolbar}></gov-toolbar>
        </div>
        <gov-export-menu .failure=${this.exporter.failure} .notice=${this.exporter.notice} ?selection=${this.selected !== null}></gov-export-menu>
        <button class="panel-toggle" aria-expanded=${panel.collapsed ? 'false' : 'true'} aria-controls="panel" @click=${() => panel.toggle()}>
          Panel
        </button>
      </header>
      <div
        class="stage"
        tabindex="0"
        role=${landmarkRoles(this).drawing}
        aria-label="${title} diagram: arrow keys move between bodies, Enter selects, + and - expand and collapse, Escape clears"
        @keydown=${this.keys.onKeyDown}
      >
        <gov-canvas
          exportparts="canvas"
          .elements=${d.elements}
          .layerLines=${d.layerLines}
          .headings=${d.view?.headings}
          .theme=${d.input.theme}
          .stylesheet=${d.stylesheet}
          .highlight=${d.highlight}
          .focusId=${this.viewState.focusId}
          .home=${d.home}
          direction=${this.layout}
          @gov-canvas-select=${this.keys.onCanvasSelect}
          @gov-expand-change=${this.viewState.onExpandChange}
          @gov-canvas-hover=${this.onCanvasHover} @gov-canvas-resize=${this.viewState.onCanvasResize}
          @gov-canvas-error=${this.onCanvasError}
          @gov-canvas-progress=${(e: CustomEvent<CanvasProgressDetail>) => this.loader.drawingProgress(e.detail.fraction)}
        ></gov-canvas>
        ${bodyTooltip(d.shown, this.hover)} ${this.live.render()} ${loadStatus(this.loader, Boolean(this.src))} ${emptyDrawing(graph, d.view)}
      </div>
      <aside id="panel" part="panel" role=${landmarkRoles(this).panel} aria-label="Side panel" class=${panel.collapsed ? 'collapsed' : ''}>
        ${panel.renderTabs()}
        ${panel.renderPanel(
          PanelTab.details,
          html`<gov-details .graph=${shown} entity=${this.selected ?? nothing} @gov-navigate=${this.viewState.onSelect}></gov-details>`,
        )}
        ${panel.renderPanel(
          PanelTab.legend,
          html`<gov-legend .graph=${shown} year=${this.year ?? nothing} .theme=${d.input.theme} .hiddenKinds=${this.viewState.hiddenKinds} .hiddenTypes=${this.viewState.hiddenTypes}
            ?large=${d.large} .undated=${countUndated(d.view)} relations=${this.relations} @gov-filter-change=${this.viewState.onFilterChange}
            @gov-relations-change=${this.viewState.onRelationsChange}></gov-legend>`,
        )}
        ${panel.renderPanel(
          PanelTab.path,
          html`<gov-path-finder .graph=${shown} .from=${this.viewState.pathChoice.from} .to=${this.viewState.pathChoice.to}
            @gov-path-change=${this.viewState.onPathChange}></gov-path-finder>`,
        )}
        ${panel.renderPanel(
          PanelTab.outline,
          html`<gov-outline .view=${panel.tab === PanelTab.outline ? d.view : null} selected=${this.selected ?? nothing}
            @gov-navigate=${this.keys.onOutlineSelect} @gov-expand-change=${this.viewState.onExpandChange}></gov-outline>`,
        )}
      </aside>
      ${
        d.dated
          ? html`<footer role="region" aria-label="Year"><gov-timeline .graph=${graph} year=${this.year ?? nothing} @gov-year-change=${this.viewState.onYearChange}></gov-timeline></footer>`
          : nothing
      }
    </div>`;
  }

  private readonly onCanvasHover = (e: HTMLElementEventMap['gov-canvas-hover']) => {
    e.stopPropagation();
    this.hover = e.detail.id === null ? null : (e.detail as Hover);
  };

  /** Drawing threw: the box says so, as for a model that cannot be read, instead of staying blank. */
  private readonly onCanvasError = (e: CustomEvent<CanvasErrorDetail>) => {
    e.stopPropagation();
    this.loader.fail('drawn', e.detail.error);
  };
}
