import cytoscape, { type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ConnectorLayer } from './view/connector-layer.js';
import { guardCytoscapeStylesheet } from './view/cytoscape-stylesheet-guard.js';
import type { ViewEdge } from './view/graph-view.js';
import type { Highlight } from './view/highlight.js';
import { LIGHT_THEME, type Theme } from './view/theme.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-canvas': GovCanvas;
  }
  interface HTMLElementEventMap {
    'gov-canvas-select': CustomEvent<{ id: string | null }>;
    'gov-canvas-hover': CustomEvent<{ id: string | null; x: number; y: number }>;
  }
}

/** Zoom below which 12 px labels drop under 9 px on screen. */
export const READABLE_ZOOM = 0.75;
/** Zoom beyond which framing a few bodies would only blow them up. */
const MAX_FRAME_ZOOM = 1.25;

const STATE_CLASSES = ['selected', 'superior', 'subordinate', 'related', 'dimmed', 'on-path', 'keyboard-focus'];

/**
 * Above this many new elements the canvas adds them over several tasks, those nearest the view
 * first: Cytoscape styles and measures every element it holds before its first frame, which for
 * ten thousand bodies would freeze the page for seconds.
 */
export const SLICE_ABOVE = 3000;
/**
 * Main-thread time each slice aims at, Cytoscape's frame included. Every frame also costs
 * Cytoscape a pass over all the elements it holds (depth sort, culling), so thinner slices would
 * make the whole load slower; this keeps input waiting no longer than a slow click.
 */
const SLICE_BUDGET_MS = 150;
const MIN_SLICE = 1500;

/** Resolves in a task of its own, after whatever input is waiting. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Resolves after the next frame has been drawn and painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      void nextTask().then(resolve);
    }),
  );
}

/** The pointer events that start whatever Cytoscape does with the pointer (hover, tap, zoom). */
const POINTER_EVENTS = ['mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * The one owner of a Cytoscape instance: created on first render into a container that Lit never
 * re-renders, destroyed on disconnect, created again on reconnect. Everything it draws arrives as
 * properties; what the user does leaves as events.
 *
 * @summary Draws a graph view with Cytoscape.js.
 * @event gov-canvas-select - A node (detail.id) or the background (detail.id = null) was tapped.
 * @event gov-canvas-hover - The pointer entered a node (detail.id, and x/y below it) or left it (detail.id = null).
 * @csspart canvas - The drawing surface.
 */
@customElement('gov-canvas')
export class GovCanvas extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 0;
      min-width: 0;
    }
    .surface {
      position: absolute;
      inset: 0;
    }
  `;

  /** Elements with their positions, as built by `toCytoscapeElements`. */
  @property({ attribute: false }) elements: ElementDefinition[] = [];
  /** The tree's own lines, drawn beneath Cytoscape (see connectors.ts). */
  @property({ attribute: false }) connectors: readonly ViewEdge[] = [];
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

  private cy: Core | null = null;
  private lines: ConnectorLayer | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private fitPending = true;
  private lastSize = { width: 0, height: 0 };
  /** Where the drawing surface was on screen when Cytoscape last measured it. */
  private surfaceAt = { x: Number.NaN, y: Number.NaN };

  /** Counts syncs, so that a slicing loop notices when newer elements replaced the ones it adds. */
  private generation = 0;
  private drawing: Promise<void> = Promise.resolve();
  /** What the Cytoscape instance was last given, so that nothing is applied twice. */
  private synced: ElementDefinition[] | null = null;
  private styled: StylesheetJson | null = null;

  /** The live Cytoscape instance, for exporters and tests; null while disconnected. */
  get core(): Core | null {
    return this.cy;
  }

  /** Resolves once every element is in Cytoscape and a frame with all of them has been painted. */
  get drawn(): Promise<void> {
    // Newer elements may arrive while older ones are still being added: wait for the last.
    const settle = async (): Promise<void> => {
      let current: Promise<void>;
      do {
        current = this.drawing;
        await current;
      } while (current !== this.drawing);
    };
    return settle();
  }

  protected override render() {
    return html`<div class="surface" part="canvas"></div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On reconnection the container already exists: build the instance again.
    if (this.hasUpdated && !this.cy) this.create();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroy();
  }

  protected override firstUpdated(): void {
    this.create();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const cy = this.cy;
    if (!cy) return;
    // On the first update, create() has just drawn these very elements with this very style.
    if (changed.has('stylesheet') && this.stylesheet !== this.styled) {
      this.styled = this.stylesheet;
      cy.style(this.stylesheet);
    }
    if (changed.has('elements') && this.elements !== this.synced) this.sync(cy);
    if (changed.has('highlight') || changed.has('elements') || changed.has('focusId')) this.paintHighlight(cy);
    if (
      changed.has('connectors') ||
      changed.has('highlight') ||
      changed.has('elements') ||
      changed.has('theme') ||
      changed.has('direction')
    ) {
      this.drawLines();
    }
  }

  private drawLines(): void {
    this.lines?.set({
      connectors: this.connectors,
      highlight: this.highlight,
      theme: this.theme,
      direction: this.direction,
    });
  }

  private create(): void {
    const container = this.renderRoot.querySelector<HTMLDivElement>('.surface');
    if (!container) return;
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
    this.cy = cy;
    this.lines = new ConnectorLayer(cy, container);
    this.painted = new Map();
    cy.on('tap', this.onTap);
    cy.on('mouseover', 'node', this.onHover);
    cy.on('mouseout', 'node', this.onHover);
    cy.on('viewport', this.onViewport);
    this.fitPending = true;
    this.sync(cy);
    this.paintHighlight(cy);
    this.drawLines();
    this.resizeObserver = new ResizeObserver(this.onResize);
    this.resizeObserver.observe(this);
    this.surfaceAt = { x: Number.NaN, y: Number.NaN };
    for (const type of POINTER_EVENTS) this.addEventListener(type, this.onPointer, { capture: true, passive: true });
  }

  private destroy(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    for (const type of POINTER_EVENTS) this.removeEventListener(type, this.onPointer, { capture: true });
    this.lines?.destroy();
    this.lines = null;
    if (this.cy) {
      this.cy.off('tap', this.onTap);
      this.cy.off('mouseover', 'node', this.onHover);
      this.cy.off('mouseout', 'node', this.onHover);
      this.cy.off('viewport', this.onViewport);
      this.cy.destroy();
      this.cy = null;
    }
  }

  private hovered: string | null = null;

  /** Where a body's tooltip goes: just below the body as drawn now, in the canvas's pixels. */
  private readonly onHover = (event: EventObject): void => {
    const node = event.target as cytoscape.NodeSingular;
    const over = event.type === 'mouseover';
    this.hovered = over ? node.id() : null;
    const box = node.renderedBoundingBox({ includeLabels: false });
    this.dispatchEvent(
      new CustomEvent('gov-canvas-hover', {
        detail: { id: this.hovered, x: (box.x1 + box.x2) / 2, y: box.y2 + 6 },
        bubbles: true,
        composed: true,
      }),
    );
  };

  /** A tooltip would point at nothing once the view moves. */
  private readonly onViewport = (): void => {
    if (this.hovered === null) return;
    this.hovered = null;
    this.dispatchEvent(
      new CustomEvent('gov-canvas-hover', { detail: { id: null, x: 0, y: 0 }, bubbles: true, composed: true }),
    );
  };

  private readonly onTap = (event: EventObject): void => {
    let id: string | null;
    if (event.target === this.cy) id = null;
    else {
      const element = event.target as cytoscape.SingularElementReturnValue;
      if (!element.isNode()) return;
      id = element.id();
    }
    this.dispatchEvent(new CustomEvent('gov-canvas-select', { detail: { id }, bubbles: true, composed: true }));
  };

  /**
   * Cytoscape caches where its container is on screen, and forgets it when an ancestor scrolls;
   * but it looks for ancestors only up to the shadow root, so it never hears the page scroll, and
   * nothing tells it when the page's layout moves the widget. Then clicks would miss their body.
   */
  private readonly onPointer = (): void => {
    const cy = this.cy;
    if (!cy) return;
    const box = cy.container()?.getBoundingClientRect();
    if (!box || (box.left === this.surfaceAt.x && box.top === this.surfaceAt.y)) return;
    this.surfaceAt = { x: box.left, y: box.top };
    cy.resize();
  };

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    const box = entries[entries.length - 1]?.contentRect;
    const cy = this.cy;
    if (!box || !cy) return;
    if (box.width === this.lastSize.width && box.height === this.lastSize.height) return;
    this.lastSize = { width: box.width, height: box.height };
    cy.resize();
    // Also covers a widget that started hidden (0×0): it fits once it gets a size.
    if (box.width > 0 && box.height > 0) this.fitHome(false);
  };

  /** Replaces the drawn elements, keeping those that stay and gliding them to their new places. */
  private sync(cy: Core): void {
    const generation = ++this.generation;
    this.synced = this.elements;
    const wanted = new Map(this.elements.map((e) => [e.data.id as string, e]));
    const glide = this.glide && cy.nodes().length > 0 && cy.nodes().length < 1500;
    const fresh: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const next = wanted.get(ele.id());
        if (
          !next ||
          (ele.isEdge() && (ele.data('source') !== next.data.source || ele.data('target') !== next.data.target))
        ) {
          cy.remove(ele);
        }
      });
      for (const [id, def] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.length === 0) {
          fresh.push(def);
          continue;
        }
        existing.data(def.data);
        existing.classes(def.classes ?? '');
        if (existing.isNode() && def.position && !glide) existing.position(def.position);
      }
    });
    if (glide) {
      for (const def of this.elements) {
        if (!def.position) continue;
        const node = cy.getElementById(def.data.id as string);
        // Bodies still waiting in a slice are added where they belong.
        if (node.empty()) continue;
        const p = node.position();
        if (p.x !== def.position.x || p.y !== def.position.y) {
          node.animate({ position: def.position }, { duration: 250, easing: 'ease-in-out-cubic' });
        }
      }
    }
    // Syncing rewrote every element's classes: the next highlight starts from nothing.
    this.painted = new Map();
    // The view is placed from the element definitions, so it can be placed before anything is added.
    if (this.fitPending && cy.width() > 0 && cy.height() > 0) this.fitHome(false);
    if (fresh.length <= SLICE_ABOVE) {
      if (fresh.length > 0) cy.add(fresh);
      this.drawing = afterPaint();
      return;
    }
    this.drawing = this.addInSlices(cy, this.nearestFirst(cy, fresh), generation);
  }

  /**
   * Adds elements over as many tasks as it takes, each slice drawn before the next is added.
   * Slices are sized by how long the last one took, since Cytoscape's cost per element varies
   * with labels, edge shapes and the machine.
   */
  private async addInSlices(cy: Core, queue: ElementDefinition[], generation: number): Promise<void> {
    let size = MIN_SLICE;
    // The model and its layout were just built in this task: let input through before the first slice.
    await nextTask();
    if (generation !== this.generation || this.cy !== cy) return;
    for (let next = 0; next < queue.length; ) {
      const started = performance.now();
      cy.add(queue.slice(next, next + size));
      this.lines?.nodesAdded();
      next += size;
      await afterPaint();
      if (generation !== this.generation || this.cy !== cy) return;
      const spent = Math.max(1, performance.now() - started);
      size = Math.round(Math.min(8 * MIN_SLICE, Math.max(MIN_SLICE, (size * SLICE_BUDGET_MS) / spent)));
    }
    // Highlight classes were painted on the elements present at the time.
    this.painted = new Map();
    this.paintHighlight(cy);
  }

  /**
   * New elements ordered for slicing: nodes by distance from the centre of the view, each edge
   * right after the later of its two ends, so that what the user sees comes first and no slice
   * holds an edge without its nodes.
   */
  private nearestFirst(cy: Core, fresh: ElementDefinition[]): ElementDefinition[] {
    const zoom = cy.zoom();
    const pan = cy.pan();
    const cx = (cy.width() / 2 - pan.x) / zoom;
    const cy0 = (cy.height() / 2 - pan.y) / zoom;
    const nodes: { def: ElementDefinition; distance: number }[] = [];
    const edges: ElementDefinition[] = [];
    const edgesAt = new Map<string, ElementDefinition[]>();
    for (const def of fresh) {
      if (def.group === 'nodes') {
        const p = def.position ?? { x: 0, y: 0 };
        nodes.push({ def, distance: (p.x - cx) ** 2 + (p.y - cy0) ** 2 });
        continue;
      }
      edges.push(def);
      const ends = new Set([def.data.source as string, def.data.target as string]);
      for (const end of ends) {
        const list = edgesAt.get(end);
        if (list) list.push(def);
        else edgesAt.set(end, [def]);
      }
    }
    nodes.sort((a, b) => a.distance - b.distance);
    const present = new Set<string>();
    const placed = new Set<ElementDefinition>();
    const ordered: ElementDefinition[] = [];
    for (const { def } of nodes) {
      const id = def.data.id as string;
      present.add(id);
      ordered.push(def);
      for (const edge of edgesAt.get(id) ?? []) {
        const other = edge.data.source === id ? (edge.data.target as string) : (edge.data.source as string);
        if (other !== id && !present.has(other) && cy.getElementById(other).empty()) continue;
        placed.add(edge);
        ordered.push(edge);
      }
    }
    // New edges between bodies that were already drawn.
    for (const edge of edges) if (!placed.has(edge)) ordered.push(edge);
    return ordered;
  }

  /** The state classes each element carries now, so a new highlight only touches what changes. */
  private painted = new Map<string, string>();

  private paintHighlight(cy: Core): void {
    const next = new Map<string, string>();
    for (const [id, classes] of this.highlight) next.set(id, classes.join(' '));
    if (this.focusId !== null) next.set(this.focusId, `${next.get(this.focusId) ?? ''} keyboard-focus`.trim());
    // Restyling every element costs Cytoscape a full style pass; a selection in a large model
    // changes the classes of a few hundred at most, or dims everything once.
    cy.batch(() => {
      for (const [id, was] of this.painted) {
        if (next.get(id) === was) continue;
        cy.getElementById(id).removeClass(STATE_CLASSES);
      }
      for (const [id, classes] of next) {
        if (this.painted.get(id) === classes) continue;
        cy.getElementById(id).removeClass(STATE_CLASSES).addClass(classes);
      }
    });
    this.painted = next;
  }

  /** Fits the whole drawing (or the given bodies) into view. */
  fit(animate = true, ids?: readonly string[]): void {
    const cy = this.cy;
    if (!cy || cy.width() === 0 || cy.height() === 0) {
      this.fitPending = true;
      return;
    }
    this.fitPending = false;
    const eles = ids ? cy.collection() : cy.elements();
    if (ids) for (const id of ids) eles.merge(cy.getElementById(id));
    if (eles.length === 0) return;
    // A whole drawing may need any zoom to fit; a few bodies should not be blown up past MAX_FRAME_ZOOM.
    this.frame(cy, eles, 32, ids ? MAX_FRAME_ZOOM : cy.maxZoom(), animate);
  }

  /** Centres `eles` at the largest zoom (up to `maxZoom`) at which they fit with `padding`. */
  private frame(
    cy: Core,
    eles: cytoscape.CollectionReturnValue,
    padding: number,
    maxZoom: number,
    animate: boolean,
  ): void {
    const box = eles.boundingBox({ includeLabels: true });
    const fitZoom = Math.min((cy.width() - 2 * padding) / box.w, (cy.height() - 2 * padding) / box.h);
    const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, fitZoom));
    const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
    cy.stop();
    if (animate) cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
    else cy.viewport({ zoom, pan });
  }

  /**
   * The starting view: the home bodies fitted, but no further out than READABLE_ZOOM; when they
   * do not fit at that zoom, the view shows their top (left, in left-right layout) middle.
   */
  fitHome(animate = true): void {
    const cy = this.cy;
    if (!cy || cy.width() === 0 || cy.height() === 0) {
      this.fitPending = true;
      return;
    }
    this.fitPending = false;
    const home = this.home && this.home.length > 0 ? this.home : cy.nodes().map((n) => n.id());
    if (home.length === 0) return;
    const padding = 32;
    // The box comes from the element definitions: asking Cytoscape for the bounding box of
    // thousands of nodes would make it measure every label before the first frame.
    const box = this.boxOf(home);
    const fitZoom = Math.min((cy.width() - 2 * padding) / box.w, (cy.height() - 2 * padding) / box.h);
    const zoom = Math.min(cy.maxZoom(), Math.max(READABLE_ZOOM, Math.min(fitZoom, 1.25)));
    const topDown = this.direction === 'TB';
    // When the home bodies do not fit, start at the first top body: the head of the hierarchy.
    const head = this.elements.find((e) => e.data.id === home[0])?.position ?? { x: 0, y: 0 };
    const fits = zoom * box.w <= cy.width() - 2 * padding && zoom * box.h <= cy.height() - 2 * padding;
    const pan = fits
      ? { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) }
      : topDown
        ? { x: cy.width() / 2 - zoom * head.x, y: padding - zoom * box.y1 }
        : { x: padding - zoom * box.x1, y: cy.height() / 2 - zoom * head.y };
    if (animate) cy.animate({ zoom, pan }, { duration: 300 });
    else cy.viewport({ zoom, pan });
  }

  /** The box around the given nodes, from their positions and sizes as defined (labels lie inside). */
  private boxOf(ids: readonly string[]): { x1: number; y1: number; w: number; h: number } {
    const wanted = new Set(ids);
    let x1 = Number.POSITIVE_INFINITY;
    let y1 = Number.POSITIVE_INFINITY;
    let x2 = Number.NEGATIVE_INFINITY;
    let y2 = Number.NEGATIVE_INFINITY;
    for (const def of this.elements) {
      if (!def.position || !wanted.has(def.data.id as string)) continue;
      const w = Number(def.data.width ?? 0) / 2;
      const h = Number(def.data.height ?? 0) / 2;
      x1 = Math.min(x1, def.position.x - w);
      x2 = Math.max(x2, def.position.x + w);
      y1 = Math.min(y1, def.position.y - h);
      y2 = Math.max(y2, def.position.y + h);
    }
    return { x1, y1, w: Math.max(1, x2 - x1), h: Math.max(1, y2 - y1) };
  }

  /** Zooms about the centre of the view. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  }

  /**
   * Brings a body into view with the bodies around it that matter (its chain of command, what it
   * oversees): all of them when they fit at a readable zoom, otherwise the body itself, centred.
   */
  reveal(id: string, context: readonly string[] = []): void {
    const cy = this.cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty() || cy.width() === 0) return;
    const eles = cy.collection().merge(node);
    for (const other of context) eles.merge(cy.getElementById(other));
    const padding = 40;
    const box = eles.boundingBox({ includeLabels: true });
    const fitZoom = Math.min((cy.width() - 2 * padding) / box.w, (cy.height() - 2 * padding) / box.h);
    if (fitZoom >= READABLE_ZOOM) {
      this.frame(cy, eles, padding, MAX_FRAME_ZOOM, true);
      return;
    }
    cy.stop();
    cy.animate(
      { center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) },
      { duration: 350, easing: 'ease-in-out-cubic' },
    );
  }
}
