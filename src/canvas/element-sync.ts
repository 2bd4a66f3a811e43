import type {
  AnimationManipulation,
  Collection,
  Core,
  ElementDefinition,
  NodeCollection,
  Position,
  SingularAnimationOptionsPos,
} from 'cytoscape';
import { ROUTED_LINE } from '../view/cytoscape-style.js';
import { GLIDE_BELOW, MIN_SLICE, OVERVIEW_ABOVE, SLICE_ABOVE, WINDOW_ABOVE } from '../view/thresholds.js';
import { contains, DrawIndex, type Extent, grown, KEEP_MARGIN, WINDOW_MARGIN } from './draw-window.js';
import { afterPaint, nextTask } from './frames.js';
import type { Point } from './viewport.js';

/**
 * Main-thread time each slice aims at, Cytoscape's frame included. Every frame also costs
 * Cytoscape a pass over all the elements it holds (depth sort, culling), so thinner slices would
 * make the whole load slower; this keeps input waiting no longer than a slow click.
 */
const SLICE_BUDGET_MS = 150;
/** The largest slice, in elements: a fast slice should not turn the next into a long freeze. */
const MAX_SLICE = 8 * MIN_SLICE;

/**
 * A drawing of more than DEFER_ABOVE elements, more than YIELD_ABOVE of them new, is synced in the
 * task after the one that asks: a new large drawing's view was derived and laid out in that task
 * (about 130 ms for 10,000 bodies), while a selection adds a few lines, to be drawn in the same
 * frame. Below DEFER_ABOVE both together stay short, and waiting would only cost a frame.
 */
const DEFER_ABOVE = 3000;
const YIELD_ABOVE = 200;

/** How bodies glide to new places: 250 ms, slow at both ends. */
const GLIDE = { duration: 250, easing: 'ease-in-out-cubic' } as const;

/**
 * A glide's options. Cytoscape's typings mark every animation option required (style and rendered
 * position too), though its own documentation and code take any of them.
 */
function glideTo(position: Position): SingularAnimationOptionsPos {
  return { position, ...GLIDE } as SingularAnimationOptionsPos;
}

/** Whether the reader asked for less motion: bodies then jump to their places and appear at once. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Fades bodies just added in while the others glide (a new year's new bodies), from nothing to
 * the opacity their classes give them; the bypass is then removed, so later classes rule again.
 */
function fadeIn(nodes: NodeCollection): void {
  nodes.forEach((node) => {
    const opacity = node.numericStyle('opacity') as number;
    node.style('opacity', 0);
    const fade = { style: { opacity }, ...GLIDE } as unknown as SingularAnimationOptionsPos;
    void node
      .animation(fade)
      .play()
      .promise('completed')
      .then(() => node.removeStyle('opacity'));
  });
}

/** What the owner of the Cytoscape instance does at points of a sync. */
export interface ElementSyncHooks {
  /**
   * After the elements that stay were updated and before new ones are added: every element's
   * classes were rewritten, and the view can be placed from the definitions already.
   */
  beforeAdd(): void;
  /** After each slice of new elements (see SLICE_ABOVE): `slice` came in, `added` of the `total` new ones are in. */
  sliceAdded(slice: Collection, added: number, total: number): void;
  /** After the last slice, whose elements were not there when the highlight was last painted. */
  slicesDone(): void;
  /** A slice could not be added (`error` is what Cytoscape threw); no later slice is added. */
  failed(error: unknown): void;
  /**
   * The view moved in a drawing held in part (see draw-window.ts), and `added` came into
   * Cytoscape, or (`added` empty) elements left it; between syncs, so nothing else changed.
   */
  windowMoved(added: Collection): void;
  /** The view came to show too many bodies to draw as such (`on`), or came back from that. */
  overviewChanged(on: boolean): void;
}

/**
 * Brings one Cytoscape instance's elements in line with element definitions: removes what went,
 * updates what stays (gliding bodies to new places in small drawings) and adds what is new, in
 * slices nearest the view first when there is much of it. A drawing of more than WINDOW_ABOVE
 * elements is held in part: only what lies in and near the view is in Cytoscape, and the rest
 * comes in as the view moves (see draw-window.ts). One per Cytoscape instance; `stop()` ends any
 * slicing and stops following the view when the instance goes.
 */
export class ElementSync {
  /** The definitions last synced, so that the same ones are never applied twice. */
  given: readonly ElementDefinition[] | null = null;
  /** Resolves once the last sync's elements are all in Cytoscape and a frame with them has been painted. */
  drawing: Promise<void> = Promise.resolve();
  /** Counts syncs, so that a slicing loop notices when newer elements replaced the ones it adds. */
  private generation = 0;
  private stopped = false;
  /**
   * The glides this instance started, by body. Cytoscape queues a body's animations, so a glide
   * still under way when the next elements arrive would otherwise carry the body on to where it
   * no longer belongs; these are stopped, and only these (highlight fades are animations too).
   */
  private readonly glides = new Map<string, AnimationManipulation>();
  /**
   * The definition each element was last given. Derivations hand on the very same definition
   * for an element that has not changed (a selection that adds its relations leaves every body's
   * alone), and updating the data of thousands of elements for nothing costs a style pass.
   */
  private definitions = new Map<string, ElementDefinition>();
  /**
   * Routed lines drawn straight while bodies glide. A route's bends are placed relative to its
   * ends' centres, so while the ends move they land anywhere, inside a body even, where Cytoscape
   * cannot draw the line; each gets its route back when the glides end, or at the next sync.
   */
  private straightened: Collection | null = null;
  /** The definitions' boxes, while the drawing is held in part; null while it is held whole. */
  private index: DrawIndex | null = null;
  /** The box in model coordinates whose elements are all in Cytoscape, while held in part. */
  private covered: Extent | null = null;
  /** The zoom at which `covered` was worked out. */
  private coveredZoom = 0;
  private frameRequest = 0;
  /** Applies the last sync, while it waits for a task of its own (see YIELD_ABOVE). */
  private pending: (() => void) | null = null;

  constructor(
    private readonly cy: Core,
    private readonly hooks: ElementSyncHooks,
  ) {
    cy.on('viewport', this.onViewport);
  }

  /**
   * Whether the window of a drawing held in part holds more than OVERVIEW_ABOVE elements, which
   * are then drawn as boxes on the line layer rather than by Cytoscape.
   */
  private overview = false;

  /**
   * Replaces the drawn elements with `elements` (ids unique), keeping those that stay; with
   * `glide`, bodies that stay move to their new places in an animation and new ones fade in, in
   * drawings of fewer than GLIDE_BELOW bodies, unless the reader prefers reduced motion.
   */
  sync(elements: readonly ElementDefinition[], glide: boolean): void {
    const generation = ++this.generation;
    this.given = elements;
    this.pending = null;
    if (elements.length > DEFER_ABOVE && this.mostlyNew(elements)) {
      // A new large drawing was just derived and laid out in this task; placing its view and
      // giving Cytoscape its bodies waits for the next, so that input waits for neither one long.
      const pending = () => {
        if (this.pending !== pending) return;
        this.pending = null;
        this.apply(elements, glide, generation);
      };
      this.pending = pending;
      this.drawing = nextTask().then(() => {
        if (generation !== this.generation || this.stopped) return;
        pending();
        return this.drawing;
      });
      return;
    }
    this.apply(elements, glide, generation);
  }

  /** Whether more than YIELD_ABOVE of `elements` were not among the definitions synced last. */
  private mostlyNew(elements: readonly ElementDefinition[]): boolean {
    let fresh = 0;
    for (const def of elements) {
      if (this.definitions.has(def.data.id as string)) continue;
      if (++fresh > YIELD_ABOVE) return true;
    }
    return false;
  }

  private apply(elements: readonly ElementDefinition[], glide: boolean, generation: number): void {
    const cy = this.cy;
    const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
    const before = this.definitions;
    this.definitions = wanted;
    this.index = elements.length > WINDOW_ABOVE ? new DrawIndex(elements) : null;
    this.covered = null;
    if (!this.index) this.setOverview(false);
    const gliding =
      glide && !this.index && cy.nodes().length > 0 && cy.nodes().length < GLIDE_BELOW && !reducedMotion();
    // Bodies that were gliding stay where they are now, and go from there to their new places.
    for (const glide of this.glides.values()) glide.stop();
    this.glides.clear();
    this.straightened?.removeStyle('curve-style');
    this.straightened = null;
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
        // Most elements of a large drawing are not in Cytoscape (see draw-window.ts): asking for
        // one that is not would make an empty collection.
        if (!cy.hasElementWithId(id)) {
          fresh.push(def);
          continue;
        }
        if (before.get(id) === def) continue;
        const existing = cy.getElementById(id);
        existing.data(def.data);
        existing.classes(def.classes ?? '');
        if (existing.isNode() && def.position && !gliding) existing.position(def.position);
      }
    });
    if (gliding) {
      for (const def of elements) {
        if (!def.position) continue;
        const node = cy.getElementById(def.data.id as string);
        // Bodies still waiting in a slice are added where they belong.
        if (node.empty()) continue;
        const p = node.position();
        if (p.x === def.position.x && p.y === def.position.y) continue;
        this.glides.set(node.id(), node.animation(glideTo(def.position)).play());
      }
    }
    this.hooks.beforeAdd();
    // The view was just placed: held in part, only what is near it comes in now.
    const near = this.nearView(fresh);
    if (near.length <= SLICE_ABOVE) {
      if (near.length > 0) {
        const added = cy.add(near);
        if (gliding) fadeIn(added.nodes());
      }
      if (this.glides.size > 0) {
        const straightened = cy.$(ROUTED_LINE).style('curve-style', 'straight');
        this.straightened = straightened;
        void Promise.all([...this.glides.values()].map((glide) => glide.promise('completed'))).then(() => {
          if (this.straightened === straightened) straightened.removeStyle('curve-style');
        });
      }
      this.drawing = afterPaint();
      return;
    }
    this.drawing = this.addInSlices(this.queue(near), generation);
  }

  /** `fresh` in the order to add them in slices: nearest the centre of the view first. */
  private queue(fresh: readonly ElementDefinition[]): ElementDefinition[] {
    const cy = this.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const centre = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
    return nearestFirst(fresh, centre, (id) => cy.hasElementWithId(id));
  }

  /**
   * Of `fresh`, those to add now: all of them for a drawing held whole; for one held in part,
   * those near the view (see window()).
   */
  private nearView(fresh: ElementDefinition[]): ElementDefinition[] {
    if (!this.index) return fresh;
    const near = this.window();
    return fresh.filter((def) => near.has(def.data.id as string));
  }

  /**
   * For a drawing held in part: the ids of the elements near the view, which it marks as
   * covered; drawn elements far from the view are taken out. None while the surface has no size:
   * the view is placed, and they come in, once it has one.
   */
  private window(): Set<string> {
    const cy = this.cy;
    const index = this.index;
    if (!index || cy.width() === 0 || cy.height() === 0) return new Set();
    const extent = cy.extent();
    this.covered = grown(extent, WINDOW_MARGIN);
    this.coveredZoom = cy.zoom();
    const near = index.within(this.covered);
    if (near.size > OVERVIEW_ABOVE) {
      // Too many to draw as bodies, and too small to read: Cytoscape holds none, and the line
      // layer draws them all as boxes (see LineLayer.setOverview).
      if (cy.elements().nonempty()) cy.remove(cy.elements());
      this.setOverview(true);
      return new Set();
    }
    this.setOverview(false);
    const keep = index.within(grown(extent, KEEP_MARGIN));
    const far = cy.elements().filter((ele) => !keep.has(ele.id()));
    if (far.nonempty()) cy.remove(far);
    return near;
  }

  private setOverview(on: boolean): void {
    if (on === this.overview) return;
    this.overview = on;
    this.hooks.overviewChanged(on);
  }

  /**
   * Every element into Cytoscape at once, for a picture of the whole drawing (an export, print),
   * made in the same task: synchronous, since a page about to print waits for nothing. In the
   * next task, those far from the view are taken out again.
   */
  drawAll(): void {
    this.pending?.();
    const cy = this.cy;
    if (!this.index || !this.given) return;
    const missing = this.given.filter((def) => !cy.hasElementWithId(def.data.id as string));
    const generation = ++this.generation;
    this.covered = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };
    if (missing.length === 0) return;
    const added = cy.add(missing);
    this.drawing = afterPaint();
    this.hooks.windowMoved(added);
    // The picture is made in the caller's task; in the next, what is far from the view leaves again.
    void nextTask().then(() => {
      if (generation !== this.generation || this.stopped) return;
      this.covered = null;
      this.follow();
    });
  }

  /** Ends any slicing under way and stops following the view: the instance is going. Harmless twice. */
  stop(): void {
    this.stopped = true;
    this.cy.off('viewport', this.onViewport);
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
  }

  /** The view moved: once a frame at most, a drawing held in part gains what came near it. */
  private readonly onViewport = (): void => {
    if (!this.index || this.frameRequest !== 0 || this.stopped) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.follow();
    });
  };

  /**
   * Brings Cytoscape's elements in line with the view, when it has left the box last covered:
   * what came near is added (in slices, when the view was zoomed far out over many), what went
   * far is taken out.
   */
  private follow(): void {
    const cy = this.cy;
    if (!this.index || this.stopped || cy.width() === 0 || cy.height() === 0) return;
    // A pan inside the box covered needs nothing; a zoom may cross into an overview or out of
    // one, decided the same way in both directions.
    if (cy.zoom() === this.coveredZoom && this.covered && contains(this.covered, cy.extent())) return;
    let near = new Set<string>();
    cy.batch(() => {
      near = this.window();
    });
    const missing: ElementDefinition[] = [];
    for (const id of near) if (!cy.hasElementWithId(id)) missing.push(this.definitions.get(id)!);
    // Slices still being added from an earlier view stop; what of them is near this one is among `missing`.
    const generation = ++this.generation;
    if (missing.length <= SLICE_ABOVE) {
      this.hooks.windowMoved(missing.length > 0 ? cy.add(missing) : cy.collection());
      return;
    }
    this.drawing = this.addInSlices(this.queue(missing), generation);
  }

  /**
   * Adds elements over as many tasks as it takes, each slice drawn before the next is added.
   * Slices are sized by how long the last one took, since Cytoscape's cost per element varies
   * with labels, edge shapes and the machine.
   */
  private async addInSlices(queue: readonly ElementDefinition[], generation: number): Promise<void> {
    try {
      await this.addEachSlice(queue, generation);
    } catch (error) {
      // Slices run in tasks of their own, where nothing else would hear of a failure.
      this.hooks.failed(error);
    }
  }

  private async addEachSlice(queue: readonly ElementDefinition[], generation: number): Promise<void> {
    const current = () => generation === this.generation && !this.stopped;
    let size = MIN_SLICE;
    // The model and its layout were just built in this task: let input through before the first slice.
    await nextTask();
    if (!current()) return;
    for (let next = 0; next < queue.length; ) {
      const started = performance.now();
      const slice = this.cy.add(queue.slice(next, next + size));
      next += size;
      this.hooks.sliceAdded(slice, Math.min(next, queue.length), queue.length);
      await afterPaint();
      if (!current()) return;
      const spent = Math.max(1, performance.now() - started);
      size = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (size * SLICE_BUDGET_MS) / spent)));
    }
    this.hooks.slicesDone();
  }
}

/**
 * New elements ordered for slicing: nodes by distance from `centre` (the middle of the view, in
 * model coordinates), each edge right after the later of its two ends, so that what the user sees
 * comes first and no slice holds an edge without its nodes. `drawn` says whether a node not among
 * `fresh` is in Cytoscape already; edges between such nodes come last.
 */
export function nearestFirst(
  fresh: readonly ElementDefinition[],
  centre: Point,
  drawn: (id: string) => boolean,
): ElementDefinition[] {
  const nodes: { def: ElementDefinition; distance: number }[] = [];
  const edges: ElementDefinition[] = [];
  const edgesAt = new Map<string, ElementDefinition[]>();
  for (const def of fresh) {
    if (def.group === 'nodes') {
      const p = def.position ?? { x: 0, y: 0 };
      nodes.push({ def, distance: (p.x - centre.x) ** 2 + (p.y - centre.y) ** 2 });
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
      if (other !== id && !present.has(other) && !drawn(other)) continue;
      placed.add(edge);
      ordered.push(edge);
    }
  }
  // New edges between bodies that were already drawn.
  for (const edge of edges) if (!placed.has(edge)) ordered.push(edge);
  return ordered;
}
