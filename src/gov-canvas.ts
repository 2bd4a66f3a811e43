import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { bringIntoView, fitInView, framePath, showHome, zoomAtCentre } from './canvas/camera.js';
import { CanvasEvents, type CanvasHoverDetail, type CanvasSelectDetail } from './canvas/canvas-events.js';
import { guardCytoscapeStylesheet } from './canvas/cytoscape-stylesheet-guard.js';
import { ElementSync } from './canvas/element-sync.js';
import { HighlightPainter } from './canvas/highlight-painter.js';
import { LineLayer } from './canvas/line-layer.js';
import { SurfaceWatch } from './canvas/surface-watch.js';
import { defineElement } from './define-element.js';
import type { ExpandChangeDetail } from './view/collapse.js';
import { nodeKey } from './view/element-key.js';
import { EdgeRole, type ViewEdge } from './view/graph-view.js';
import type { Highlight } from './view/highlight.js';
import { LIGHT_THEME, type Theme } from './view/theme.js';
import type { LaneHeading } from './view/tree-layout.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-canvas': GovCanvas;
  }
  interface HTMLElementEventMap {
    'gov-canvas-select': CustomEvent<CanvasSelectDetail>;
    'gov-canvas-hover': CustomEvent<CanvasHoverDetail>;
    'gov-canvas-error': CustomEvent<CanvasErrorDetail>;
    'gov-canvas-progress': CustomEvent<CanvasProgressDetail>;
    'gov-canvas-resize': Event;
    'gov-expand-change': CustomEvent<ExpandChangeDetail>;
  }
}

/** A large drawing is added in slices: `fraction` (0 to 1) of its new elements are drawn. */
export interface CanvasProgressDetail {
  fraction: number;
}

/** Drawing failed: Cytoscape or the line layer threw `error`; what was drawn before stays. */
export interface CanvasErrorDetail {
  error: unknown;
}

/** What `drawn` waits for while there is no Cytoscape instance: nothing. */
const DRAWN: Promise<void> = Promise.resolve();

/** What exists while the element is connected: one Cytoscape instance and the helpers bound to it. */
interface Live {
  cy: Core;
  elements: ElementSync;
  painter: HighlightPainter;
  lines: LineLayer;
}

/**
 * The one owner of a Cytoscape instance: created on first render into a container that Lit never
 * re-renders, destroyed on disconnect, created again on reconnect. Everything it draws arrives as
 * properties; what the user does leaves as events. The layer lines are drawn on a canvas of its
 * own beneath Cytoscape's container, so that destroying Cytoscape leaves it in place.
 *
 * @summary Draws a graph view with Cytoscape.js.
 * @event gov-canvas-select - A node (detail.id) or the background (detail.id = null) was tapped.
 * @event gov-canvas-hover - The pointer entered a node (detail.id, and x/y below it) or left it (detail.id = null).
 * @event gov-expand-change - A collapsed body's "+N" badge was tapped (detail.id, detail.expanded = true).
 * @event gov-canvas-progress - A slice of a large drawing was added (detail.fraction of it is drawn).
 * @event gov-canvas-error - Drawing threw (detail.error): the host says so instead of leaving a blank box.
 * @event gov-canvas-resize - The drawing surface changed size (a panel unfolded beside it, the page was
 * resized). Cancelable: unless the host cancels it to place the view itself (around a selection,
 * say), the starting view is shown again.
 * @csspart canvas - The drawing surface: Cytoscape's container and, beneath it, the layer lines' canvas.
 */
@defineElement('gov-canvas')
export class GovCanvas extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 0;
      min-width: 0;
    }
    .drawing,
    .surface,
    .lines {
      position: absolute;
      inset: 0;
    }
    .lines {
      pointer-events: none;
    }
  `;

  /** Elements with their positions, as built by `toCytoscapeElements`. */
  @property({ attribute: false }) elements: ElementDefinition[] = [];
  /** The layer lines (tree links and hubs' bundled lines), drawn beneath Cytoscape (see layer-lines.ts). */
  @property({ attribute: false }) layerLines: readonly ViewEdge[] = [];
  /** The family names written over the lanes of bodies outside the chain of command, with the layer lines. */
  @property({ attribute: false }) headings: readonly LaneHeading[] | undefined = undefined;
  /** Colours for the lines drawn outside Cytoscape; the stylesheet carries the rest. */
  @property({ attribute: false }) theme: Theme = LIGHT_THEME;
  @property({ attribute: false }) stylesheet: StylesheetJson = [];
  @property({ attribute: false }) highlight: Highlight = new Map();
  /** Body outlined as the keyboard focus. */
  @property({ attribute: false }) focusId: string | null = null;
  /**
   * Bodies the first view frames (the chain of command, say); the view never starts zoomed out
   * so far that labels become unreadable, so a large drawing starts at its top instead.
   */
  @property({ attribute: false }) home: readonly string[] | null = null;
  /** Layout direction, which decides where a large drawing's starting view is anchored. */
  @property() direction: 'TB' | 'LR' = 'TB';
  /** Whether position changes after the first draw glide rather than jump. */
  @property({ type: Boolean }) glide = true;

  private live: Live | null = null;
  private readonly watch = new SurfaceWatch(this, () => {
    const resized = new Event('gov-canvas-resize', { bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(resized)) this.fitHome(false);
  });
  private readonly events = new CanvasEvents(this);
  /** Whether the home view waits for the drawing surface to get a size. */
  private fitPending = true;
  private looksFor: StylesheetJson | null = null;
  private looksOf: ReadonlyMap<string, { fill: string; border: string }> = new Map();
  private placedFor: readonly ElementDefinition[] | null = null;
  private placedById: ReadonlyMap<string, ElementDefinition> = new Map();
  /** The stylesheet the Cytoscape instance was last given, so that it is not applied twice. */
  private styled: StylesheetJson | null = null;

  /** The live Cytoscape instance, for exporters and tests; null while disconnected. */
  get core(): Core | null {
    return this.live?.cy ?? null;
  }

  /** Resolves once every element is in Cytoscape and a frame with all of them has been painted. */
  get drawn(): Promise<void> {
    // Newer elements may arrive while older ones are still being added: wait for the last.
    const drawing = () => this.live?.elements.drawing ?? DRAWN;
    const settle = async (): Promise<void> => {
      let current: Promise<void>;
      do {
        current = drawing();
        await current;
      } while (current !== drawing());
    };
    return settle();
  }

  protected override render() {
    // The part wraps both layers, so that a background a host page gives it lies under the lines too.
    return html`<div class="drawing" part="canvas"><canvas class="lines" aria-hidden="true"></canvas><div class="surface"></div></div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On reconnection the container already exists: build the instance again.
    if (this.hasUpdated && !this.live) this.guarded(() => this.create());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroy();
  }

  protected override firstUpdated(): void {
    this.guarded(() => this.create());
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.guarded(() => this.draw(changed));
  }

  /**
   * Runs a drawing step; whatever it throws (a Cytoscape failure on data it cannot draw, a canvas
   * out of memory) is reported as gov-canvas-error instead of escaping into Lit's update cycle,
   * where it would leave the box blank with nothing said.
   */
  private guarded(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.failed(error);
    }
  }

  private readonly failed = (error: unknown): void => {
    const detail: CanvasErrorDetail = { error };
    this.dispatchEvent(new CustomEvent('gov-canvas-error', { detail, bubbles: true, composed: true }));
  };

  private draw(changed: PropertyValues<this>): void {
    const live = this.live;
    if (!live) return;
    // On the first update, create() has just drawn these very elements with this very style.
    if (changed.has('stylesheet') && this.stylesheet !== this.styled) {
      this.styled = this.stylesheet;
      live.cy.style(this.stylesheet);
    }
    if (changed.has('elements') && this.elements !== live.elements.given) live.elements.sync(this.elements, this.glide);
    if (changed.has('highlight') || changed.has('elements') || changed.has('focusId')) {
      live.painter.paint(this.highlight, this.focusId);
    }
    if (
      changed.has('layerLines') ||
      changed.has('headings') ||
      changed.has('highlight') ||
      changed.has('elements') ||
      changed.has('theme') ||
      changed.has('direction')
    ) {
      this.drawLines(live);
    }
  }

  private drawLines(live: Live): void {
    live.lines.set({
      lines: this.layerLines,
      highlight: this.highlight,
      theme: this.theme,
      direction: this.direction,
      headings: this.headings,
      placed: this.placed(),
      looks: this.looks(),
    });
  }

  /**
   * The fill and border colours of each body's look by its style key, as the stylesheet gives them
   * (`node[styleKey = "…"]` rules), for the boxes of an overview (see LineLayer.setOverview): read
   * from the one stylesheet rather than worked out again.
   */
  private looks(): ReadonlyMap<string, { fill: string; border: string }> {
    if (this.looksFor !== this.stylesheet) {
      this.looksFor = this.stylesheet;
      const looks = new Map<string, { fill: string; border: string }>();
      for (const rule of this.stylesheet) {
        const key = /^node\[styleKey = "([^"]+)"\]$/.exec(rule.selector)?.[1];
        const style = 'style' in rule ? (rule.style as Record<string, unknown>) : {};
        const [fill, border] = [style['background-color'], style['border-color']];
        if (key !== undefined && typeof fill === 'string' && typeof border === 'string')
          looks.set(key, { fill, border });
      }
      this.looksOf = looks;
    }
    return this.looksOf;
  }

  /** The definitions by element id, made once per set of elements (see LineScene.placed). */
  private placed(): ReadonlyMap<string, ElementDefinition> {
    if (this.placedFor !== this.elements) {
      this.placedFor = this.elements;
      this.placedById = new Map(this.elements.map((def) => [def.data.id as string, def]));
    }
    return this.placedById;
  }

  private create(): void {
    const container = this.renderRoot.querySelector<HTMLDivElement>('.surface');
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.lines');
    if (!container || !canvas) return;
    guardCytoscapeStylesheet(this.ownerDocument);
    this.styled = this.stylesheet;
    const cy = cytoscape({
      container,
      style: this.stylesheet,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      // Selection is component state, drawn by a class; Cytoscape's own would restyle the tapped
      // body a second time on every click.
      autounselectify: true,
    });
    const painter = new HighlightPainter(cy);
    const lines = new LineLayer(cy, canvas, this.failed);
    const elements = new ElementSync(cy, {
      beforeAdd: () => {
        painter.forget();
        // The view is placed from the element definitions, so it can be placed before anything is added.
        if (this.fitPending && cy.width() > 0 && cy.height() > 0) this.fitHome(false);
      },
      sliceAdded: (slice, added, total) => {
        painter.paintAdded(slice);
        lines.nodesAdded();
        const detail: CanvasProgressDetail = { fraction: added / total };
        this.dispatchEvent(new CustomEvent('gov-canvas-progress', { detail, bubbles: true, composed: true }));
      },
      slicesDone: () => {
        painter.forget();
        painter.paint(this.highlight, this.focusId);
      },
      failed: this.failed,
      windowMoved: (added) => {
        painter.paintAdded(added);
        lines.nodesAdded();
      },
      overviewChanged: (on) => lines.setOverview(on),
    });
    const live: Live = { cy, elements, painter, lines };
    this.live = live;
    this.events.attach(cy);
    this.fitPending = true;
    elements.sync(this.elements, this.glide);
    painter.paint(this.highlight, this.focusId);
    this.drawLines(live);
    this.watch.attach(cy);
  }

  /** Undoes create(); harmless when there is nothing to undo. */
  private destroy(): void {
    this.watch.detach();
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.elements.stop();
    live.lines.destroy();
    this.events.detach();
    live.cy.destroy();
  }

  /**
   * The instance, when its drawing surface has a size to place the view in; otherwise null, and
   * the home view is placed by the next sync or resize.
   */
  private sized(): Core | null {
    const cy = this.live?.cy;
    if (!cy || cy.width() === 0 || cy.height() === 0) {
      this.fitPending = true;
      return null;
    }
    this.fitPending = false;
    return cy;
  }

  /** Fits the whole drawing (or the given bodies) into view (see fitInView). */
  fit(animate = true, ids?: readonly string[]): void {
    const cy = this.sized();
    if (cy) fitInView(cy, this.elements, ids, animate);
  }

  /**
   * Puts every element of a large drawing into Cytoscape at once (see draw-window.ts), for a
   * picture of all of it made in the same task; what is far from the view leaves again in the next
   * task. Nothing to do for a drawing held whole.
   */
  drawAll(): void {
    this.live?.elements.drawAll();
  }

  /**
   * The starting view: the home bodies fitted, but no further out than READABLE_ZOOM; when they
   * do not fit at that zoom, the view shows their top (left, in left-right layout) middle.
   */
  fitHome(animate = true): void {
    const cy = this.sized();
    if (!cy) return;
    // Every tree of the chain of command: the bodies its tree links join.
    const forest = new Set<string>();
    for (const line of this.layerLines) {
      if (line.role === EdgeRole.treeLink) forest.add(line.source).add(line.target);
    }
    showHome(cy, this.elements, this.home ?? [], [...forest], this.direction, animate);
  }

  /** Frames a path (its bodies, first to last) with readable labels (see framePath). */
  framePath(ids: readonly string[]): void {
    const cy = this.sized();
    if (cy) framePath(cy, this.elements, ids);
  }

  /** Zooms by `factor` (above 1 closer) about the centre of the view, within the zoom limits. */
  zoomBy(factor: number): void {
    const cy = this.live?.cy;
    if (cy) zoomAtCentre(cy, factor);
  }

  /**
   * Brings a body into view with the bodies around it that matter: the widest of the rings
   * `context` (each a list of body ids, widest first) that fits at a readable zoom, otherwise the
   * body itself, centred.
   */
  reveal(id: string, context: readonly (readonly string[])[] = []): void {
    const cy = this.live?.cy;
    if (!cy) return;
    // A body alone (the keyboard's focus moving) that is already wholly in view leaves the view be.
    const drawn = cy.getElementById(nodeKey(id));
    if (context.length === 0 && drawn.nonempty()) {
      const box = drawn.renderedBoundingBox({ includeLabels: false });
      if (box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height()) return;
    }
    bringIntoView(cy, this.elements, id, context);
  }
}
