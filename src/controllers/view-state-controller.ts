import type { ReactiveControllerHost } from 'lit';
import type { GovernanceGraph } from '../../model/graph.js';
import { findPath, type GovernancePath } from '../../model/queries/path.js';
import { structureAt } from '../../model/queries/structure-at.js';
import { afterPaint } from '../canvas/frames.js';
import { rejectionMessage } from '../checked-properties.js';
import type { GovCanvas } from '../gov-canvas.js';
import { ToolbarAction } from '../gov-toolbar.js';
import type { HashState, PathEnds } from '../hash-state.js';
import { publicEvent } from '../public-types.js';
import { type CollapseState, DEFAULT_COLLAPSE, type ExpandChangeDetail, isBelow } from '../view/collapse.js';
import type { DerivedView } from '../view/derive-view.js';
import { isNodeKey, modelId } from '../view/element-key.js';
import { HighlightState } from '../view/highlight-state.js';
import { NO_PATH, type PathChoice } from '../view/path-choice.js';
import { RelationsShown } from '../view/relations-shown.js';
import type { LayoutDirection } from '../view/tree-layout.js';
import { CollapseController } from './collapse-controller.js';
import { HashStateController } from './hash-state-controller.js';
import { type PanelController, PanelTab } from './panel-controller.js';

/** The host's public properties that the reader's choices set. */
export interface ViewStateHost extends ReactiveControllerHost, EventTarget {
  selected: string | null;
  year: number | null;
  layout: LayoutDirection;
  relations: RelationsShown;
  /** Whether the choices are kept in the location hash. */
  hashState: boolean;
  readonly governanceGraph: GovernanceGraph | null;
}

/** What the controller acts on besides the host's properties. */
export interface ViewStateParts {
  /** The drawing as derived now. */
  derived(): DerivedView;
  canvas(): GovCanvas | null;
  panel: PanelController;
}

/**
 * What the reader has chosen to see: the selection (the host's `selected`), the body the
 * keyboard is on, the Path panel's ends and path, the hidden kinds and relation types, year and
 * layout (the host's). It takes the panels' and the toolbar's events, fires gov-select when the
 * reader changes the selection, and keeps the choices in the location hash while the host's
 * `hashState` is on (see HashStateController).
 *
 * One rule holds the path and the Path panel together: whatever drops the path (a selection,
 * Escape, Reset, another year or model, a filter hiding part of it) also empties the panel,
 * which only shows `pathChoice`.
 */
export class ViewStateController {
  private kinds: ReadonlySet<string> = new Set();
  private types: ReadonlySet<string> = new Set();
  private choice: PathChoice = NO_PATH;
  /** The graph and year the path was found in, outside which it does not hold. */
  private choiceIn: { graph: GovernanceGraph | null; year: number | null } | null = null;
  /** Ends read from a link, to look the path up in once the graph they name is drawn. */
  private pendingEnds: PathEnds | null = null;
  private focus: string | null = null;
  private readonly hash: HashStateController;
  /** The collapsed and expanded subtrees, relative to the default. */
  readonly collapse: CollapseController;

  constructor(
    private readonly host: ViewStateHost,
    private readonly parts: ViewStateParts,
  ) {
    this.collapse = new CollapseController(host, () => parts.derived().view?.folding);
    this.hash = new HashStateController(host, {
      enabled: () => host.hashState,
      read: () => ({
        selected: host.selected,
        year: host.year,
        hiddenKinds: this.kinds,
        hiddenTypes: this.types,
        layout: host.layout,
        relations: host.relations,
        collapse: this.collapse.state,
        path: this.pathEnds(),
      }),
      apply: (state) => this.applyHash(state),
    });
  }

  get hiddenKinds(): ReadonlySet<string> {
    return this.kinds;
  }

  get hiddenTypes(): ReadonlySet<string> {
    return this.types;
  }

  /** The Path panel's ends and the path between them. */
  get pathChoice(): PathChoice {
    return this.choice;
  }

  /** The body the keyboard is on (marked, not selected), or null. */
  get focusId(): string | null {
    return this.focus;
  }

  set focusId(id: string | null) {
    if (id === this.focus) return;
    this.focus = id;
    this.host.requestUpdate();
  }

  /**
   * The chosen path, if it was found in this graph and year; otherwise the choice is forgotten
   * (ends and all) and null returned. A path read in another year's structure does not hold.
   */
  pathIn(graph: GovernanceGraph | null, year: number | null): GovernancePath | null {
    const where = this.choiceIn;
    if (where && (where.graph !== graph || where.year !== year)) this.forgetPath(true);
    if (this.pendingEnds && graph) this.takePendingEnds(graph, year);
    return this.choice.path;
  }

  /** Forgets the chosen path when the drawing no longer shows it (`drawn`: the path as drawn). */
  keepPath(drawn: GovernancePath | null): void {
    if (this.choice.path && drawn !== this.choice.path) this.forgetPath(true);
  }

  /**
   * The ends a link named, looked up in the structure of `year` (as the Path panel would): the
   * path between them is chosen and framed, or, when either end is missing there, nothing is.
   */
  private takePendingEnds(graph: GovernanceGraph, year: number | null): void {
    const { from, to } = this.pendingEnds!;
    this.pendingEnds = null;
    const shown = year === null ? graph : structureAt(graph, year);
    if (!shown.hasNode(from) || !shown.hasNode(to)) return;
    const path = findPath(shown, from, to);
    this.choice = { from, to, path };
    this.choiceIn = { graph, year };
    if (path) this.frameAfterUpdate(path.nodes);
  }

  /** The ends to keep in the hash: the chosen ones, or those a link named that wait for their graph. */
  private pathEnds(): PathEnds | null {
    const { from, to } = this.choice;
    return from !== null && to !== null ? { from, to } : this.pendingEnds;
  }

  private frameAfterUpdate(nodes: readonly string[]): void {
    void this.afterCanvasUpdate().then(() => this.parts.canvas()?.framePath(nodes));
  }

  /**
   * Selects a body (null clears), which ends any path: the body gets the keyboard focus, its
   * details open and it comes into view with what it highlights. An id the model does not have
   * changes nothing but a console warning. Only the reader's change (`byReader`) fires gov-select
   * and is recorded in the location hash.
   */
  select(id: string | null, byReader: boolean): void {
    const { host } = this;
    const graph = host.governanceGraph;
    // Before a model is loaded any id is taken; the load drops one the model lacks.
    if (id !== null && graph && !graph.hasNode(id)) {
      console.warn(rejectionMessage('selected', id));
      return;
    }
    const next = id;
    const hadPath = this.pathEnds() !== null;
    this.forgetPath();
    if (next !== null) {
      this.focusId = next;
      this.showDetails(next);
      this.revealAfterUpdate(next);
    }
    if (next === host.selected) {
      // The selection stays, but the path it drops is a change of view: an entry of its own.
      if (hadPath && byReader) this.hash.push();
      return;
    }
    host.selected = next;
    if (!byReader) return;
    host.dispatchEvent(publicEvent('gov-select', { id: next }));
    this.hash.push();
  }

  /**
   * A new model arrived: the keyboard starts afresh, a selection it lacks is dropped, and once
   * drawn the view shows the selection it has (from the attribute or a link) or else its
   * starting view, whatever view the model before it left.
   */
  modelChanged(graph: GovernanceGraph): void {
    this.focusId = null;
    const { host } = this;
    if (host.selected !== null && !graph.hasNode(host.selected)) {
      console.warn(rejectionMessage('selected', host.selected));
      host.selected = null;
    }
    // The update that draws the new graph has not been asked for yet: wait for that one.
    host.requestUpdate();
    const selected = host.selected;
    if (selected !== null) this.revealAfterUpdate(selected);
    else void this.afterCanvasUpdate().then(() => this.parts.canvas()?.fitHome(false));
  }

  /** A body chosen in the search, the details, the outline or on the canvas (null: the background). */
  readonly onSelect = (e: CustomEvent<{ id: string | null }>): void => {
    e.stopPropagation();
    this.select(e.detail.id, true);
  };

  /**
   * Takes the collapse state the drawing settled on (see DerivedView.collapse). When that opened
   * a chosen body's chain of command, the location hash says so in place of what it held, so
   * that going back to this entry later draws the same.
   */
  keepCollapse(drawn: CollapseState): void {
    if (drawn === this.collapse.state) return;
    this.collapse.keep(drawn);
    this.hash.push(true);
  }

  /**
   * Expands or collapses a drawn body (see CollapseController.set), recording it in the hash;
   * false when nothing changed.
   */
  setExpanded(id: string, expanded: boolean): boolean {
    const treeParent = this.parts.derived().view?.folding?.treeParent;
    if (!this.collapse.set(id, expanded)) return false;
    this.hash.push();
    // The keyboard stays on what is drawn: from below a collapsed body, it moves up to it.
    if (!expanded && this.focus !== null && treeParent && isBelow(treeParent, this.focus, id)) this.focusId = id;
    // What was opened is brought into view: the body and the subordinates it now shows.
    if (expanded) {
      void this.afterCanvasUpdate().then(() =>
        this.parts.canvas()?.reveal(id, [this.parts.derived().view?.children.get(id) ?? []]),
      );
    }
    return true;
  }

  /** A badge tapped on the canvas, or a tree item opened or closed in the outline. */
  readonly onExpandChange = (e: CustomEvent<ExpandChangeDetail>): void => {
    e.stopPropagation();
    this.setExpanded(e.detail.id, e.detail.expanded);
  };

  readonly onFilterChange = (e: CustomEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>): void => {
    e.stopPropagation();
    this.kinds = e.detail.hiddenKinds;
    this.types = e.detail.hiddenTypes;
    this.host.requestUpdate();
    this.hash.push();
  };

  /** The legend's switch between every relation and the selected body's. */
  readonly onRelationsChange = (e: CustomEvent<{ relations: RelationsShown }>): void => {
    e.stopPropagation();
    this.host.relations = e.detail.relations;
    this.hash.push();
  };

  readonly onYearChange = (e: CustomEvent<{ year: number | null }>): void => {
    e.stopPropagation();
    this.host.year = e.detail.year;
    // Dragging the slider would otherwise leave a history entry per year passed.
    this.hash.push(true);
  };

  readonly onPathChange = (e: CustomEvent<PathChoice>): void => {
    e.stopPropagation();
    this.choice = e.detail;
    this.choiceIn = { graph: this.host.governanceGraph, year: this.host.year };
    this.pendingEnds = null;
    this.host.requestUpdate();
    this.hash.push();
    const nodes = e.detail.path?.nodes;
    if (nodes) this.frameAfterUpdate(nodes);
  };

  readonly onToolbar = (e: CustomEvent<{ action: ToolbarAction }>): void => {
    e.stopPropagation();
    const { host } = this;
    const canvas = this.parts.canvas();
    switch (e.detail.action) {
      case ToolbarAction.fit:
        canvas?.fit(true);
        break;
      case ToolbarAction.zoomIn:
        canvas?.zoomBy(1.25);
        break;
      case ToolbarAction.zoomOut:
        canvas?.zoomBy(0.8);
        break;
      case ToolbarAction.direction:
        host.layout = host.layout === 'TB' ? 'LR' : 'TB';
        this.hash.push();
        break;
      case ToolbarAction.relations:
        host.relations = host.relations === RelationsShown.all ? RelationsShown.selected : RelationsShown.all;
        this.hash.push();
        break;
      case ToolbarAction.reset:
        [this.kinds, this.types, host.year] = [new Set(), new Set(), null];
        this.collapse.restore(DEFAULT_COLLAPSE);
        host.requestUpdate();
        this.focusId = null;
        this.select(null, true);
        this.hash.push();
        void host.updateComplete.then(() => this.parts.canvas()?.fitHome(true));
        break;
    }
  };

  /**
   * Drops the path and its ends. One dropped by the drawing (`inPlace`: another year, a filter)
   * leaves the hash in place of the entry that had it; a reader's change records its own entry.
   */
  private forgetPath(inPlace = false): void {
    this.pendingEnds = null;
    if (this.choice === NO_PATH) return;
    this.choice = NO_PATH;
    this.choiceIn = null;
    this.host.requestUpdate();
    if (inPlace) this.hash.push(true);
  }

  private applyHash(state: HashState): void {
    const { host } = this;
    [host.year, this.kinds, this.types, host.layout] = [state.year, state.hiddenKinds, state.hiddenTypes, state.layout];
    host.relations = state.relations;
    this.collapse.restore(state.collapse);
    this.host.requestUpdate();
    if (state.selected !== host.selected) {
      this.forgetPath();
      host.selected = state.selected;
      if (state.selected !== null) {
        // A link to a body opens on its details, as a click on it does.
        this.parts.panel.open(PanelTab.details);
        if (!state.path) this.revealAfterUpdate(state.selected);
      }
    }
    this.applyPathEnds(state.path);
  }

  /** A path a link or a step through history names: looked up once drawn (see pathIn), or dropped. */
  private applyPathEnds(ends: PathEnds | null): void {
    const now = this.pathEnds();
    if (ends?.from === now?.from && ends?.to === now?.to) return;
    this.forgetPath();
    if (!ends) return;
    this.pendingEnds = ends;
    this.parts.panel.open(PanelTab.path, false);
  }

  /**
   * The drawing surface changed size (the panel unfolded beside it for a selection, the page was
   * resized): a selection is framed again in the room it now has, instead of the starting view.
   */
  readonly onCanvasResize = (event: Event): void => {
    const selected = this.host.selected;
    if (selected === null) return;
    event.preventDefault();
    this.revealAfterUpdate(selected);
  };

  /** After a change of layout: the selection framed again where it went, or else the starting view. */
  reframe(): void {
    const selected = this.host.selected;
    if (selected !== null) this.revealAfterUpdate(selected);
    else void this.afterCanvasUpdate().then(() => this.parts.canvas()?.fitHome(true));
  }

  /**
   * Once drawn, brings a body into view with as much around it as fits: its chain of command,
   * what it oversees directly and the other ends of its relations; or the first two; or its chain.
   */
  private revealAfterUpdate(id: string): void {
    void this.afterCanvasUpdate().then(() => {
      const { view, highlight } = this.parts.derived();
      // From the highlight, which names the few elements a selection lights up, rather than from
      // every body of the view.
      const inState = (state: HighlightState) =>
        [...highlight].filter(([key, states]) => isNodeKey(key) && states.includes(state)).map(([key]) => modelId(key));
      const chain = inState(HighlightState.superior);
      const overseen = [...chain, ...(view?.children.get(id) ?? [])];
      this.parts.canvas()?.reveal(id, [[...overseen, ...inState(HighlightState.related)], overseen, chain]);
    });
  }

  /**
   * Opens the details of a selected body. The tab is shown at once; the panel unfolds once the
   * selection's highlight has been painted: unfolding narrows the drawing, which Cytoscape then
   * redraws whole, and the reader's click is answered first by the highlight where they clicked.
   */
  private showDetails(id: string): void {
    const { panel } = this.parts;
    if (!panel.collapsed) {
      panel.open(PanelTab.details);
      this.detailsShown = Promise.resolve();
      return;
    }
    panel.open(PanelTab.details, false);
    this.detailsShown = this.afterCanvasUpdate()
      .then(afterPaint)
      .then(() => {
        if (this.host.selected === id) panel.open(PanelTab.details);
      });
  }

  /** Resolves once the panel shows the details of the last selection (see showDetails). */
  detailsShown: Promise<void> = Promise.resolve();

  /** After the host's pending update and the canvas's, which creates Cytoscape in its first one. */
  private async afterCanvasUpdate(): Promise<void> {
    await this.host.updateComplete;
    await this.parts.canvas()?.updateComplete;
  }
}
