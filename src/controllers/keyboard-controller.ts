import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GovernanceGraph } from '../../model/graph.js';
import type { GovDetails } from '../gov-details.js';
import type { GraphView } from '../view/graph-view.js';
import { type Move, nextInDirection } from '../view/keyboard-navigation.js';
import { type PanelController, PanelTab } from './panel-controller.js';
import type { ViewStateController } from './view-state-controller.js';

/** Arrow keys and the moves they make through the drawn tree. */
const MOVES = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
} as const satisfies Record<string, Move>;

/** What is read out when there is nowhere to go. */
const NOWHERE: Record<Move, string> = {
  up: 'At the top',
  down: 'Nothing below',
  previous: 'No further sibling',
  next: 'No further sibling',
};

/** What the keys read and act on besides the view state. */
export interface KeyboardParts {
  /** The view as drawn, or null while none is. */
  view(): GraphView | null;
  /** The graph, for the names read out. */
  graph(): GovernanceGraph | null;
  /** Id of the selected body, or null. */
  selected(): string | null;
  /** Brings a body into view. */
  reveal(id: string): void;
  /** Says something to screen readers. */
  announce(text: string): void;
}

/** The element the keyboard controller serves: its shadow root holds `.stage` and `gov-details`. */
export type KeyboardHost = ReactiveControllerHost & HTMLElement;

const EXPANDED = 'Expanded. Down to move to its subordinates';

/** Keys that expand (true) or collapse (false) the body the keyboard is on. */
const FOLDS: Readonly<Record<string, boolean>> = { '+': true, '=': true, '-': false, _: false };

/**
 * Moving through the diagram by keyboard: arrows move the keyboard focus (a body marked, not
 * yet selected: the view state's `focusId`) to the superior, a subordinate or a sibling; Enter
 * selects it and moves focus to its details; `+` expands it and `-` collapses it (also `=` and
 * `_`, the same keys unshifted or shifted, so no layout needs a modifier), and Down on a
 * collapsed body expands it before moving into it. Bind `onKeyDown` to the focusable element
 * around the canvas (`.stage`).
 *
 * Escape clears the selection and the path wherever focus is in the widget, once whatever else
 * takes Escape there has had it: the Export menu, the search's list, a dialog close first, and
 * say so by stopping the key or marking it handled (`defaultPrevented`). With nothing to clear,
 * Escape is left to the page (which may close a dialog the widget sits in).
 *
 * Where focus goes: a click on the canvas puts it on the drawing, so Escape works straight
 * after; a body chosen in the Outline keeps it there (the Outline stays open, the details one
 * tab away), so a keyboard user goes on from where they were.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: KeyboardHost,
    private readonly state: ViewStateController,
    private readonly panel: PanelController,
    private readonly parts: KeyboardParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onWidgetKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onWidgetKeyDown);
  }

  /** A body or the background tapped on the canvas: selected as any choice, and focus on the drawing. */
  readonly onCanvasSelect = (event: CustomEvent<{ id: string | null }>): void => {
    this.state.onSelect(event);
    // Cytoscape keeps the pointer's mousedown from focusing anything.
    this.stage()?.focus({ preventScroll: true });
  };

  /** A body chosen in the Outline: selected, with the Outline kept open where focus is. */
  readonly onOutlineSelect = (event: CustomEvent<{ id: string | null }>): void => {
    this.state.onSelect(event);
    const id = this.parts.selected();
    if (id === null || id !== event.detail.id) return;
    this.panel.open(PanelTab.outline);
    const entity = this.parts.graph()?.getNodeAttributes(id);
    if (entity) this.parts.announce(`${entity.name} selected. Its details are on the Details tab.`);
  };

  private readonly onWidgetKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.composedPath().some((target) => target instanceof HTMLDialogElement && target.open)) return;
    const { state, parts } = this;
    const { from, to } = state.pathChoice;
    if (parts.selected() === null && state.focusId === null && from === null && to === null) return;
    event.preventDefault();
    state.focusId = null;
    state.select(null, true);
    parts.announce('Selection cleared');
    // Focus on what the selection showed (the details' heading) would fall to the page.
    void this.afterPanels().then(() => {
      if (!this.host.shadowRoot?.activeElement) this.stage()?.focus({ preventScroll: true });
    });
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const { state, parts } = this;
    const view = parts.view();
    if (!view || view.nodes.length === 0) return;
    const from = state.focusId ?? parts.selected();
    if (event.key === 'Enter' || event.key === ' ') {
      if (from === null) return;
      event.preventDefault();
      state.select(from, true);
      void this.afterPanels().then(() => this.details()?.focusHeading());
      return;
    }
    const fold = Object.hasOwn(FOLDS, event.key) ? FOLDS[event.key] : undefined;
    if (fold !== undefined && !event.ctrlKey && !event.metaKey) {
      if (from === null) return;
      event.preventDefault();
      if (!state.setExpanded(from, fold)) parts.announce(fold ? 'Nothing hidden below' : 'Nothing to collapse');
      else parts.announce(fold ? EXPANDED : 'Collapsed');
      return;
    }
    const move = MOVES[event.key as keyof typeof MOVES];
    if (!move) return;
    event.preventDefault();
    // From nowhere, the first arrow lands on the first top of the tree.
    const next = from === null ? (view.children.get('')?.[0] ?? view.nodes[0]!.id) : nextInDirection(view, from, move);
    if (next === null) {
      // Down from a collapsed body opens it; the next Down moves into what it showed.
      if (move === 'down' && from !== null && state.setExpanded(from, true)) parts.announce(EXPANDED);
      else parts.announce(NOWHERE[move]);
      return;
    }
    state.focusId = next;
    parts.reveal(next);
    const entity = parts.graph()?.getNodeAttributes(next);
    if (entity) parts.announce(`${entity.name}${entity.acronym ? ` (${entity.acronym})` : ''}. Enter to select.`);
  };

  private stage(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.stage') ?? null;
  }

  private details(): GovDetails | null {
    return this.host.shadowRoot?.querySelector('gov-details') ?? null;
  }

  /** After the host's pending update and the details', which it renders. */
  private async afterPanels(): Promise<void> {
    await this.state.detailsShown;
    await this.host.updateComplete;
    await this.details()?.updateComplete;
  }
}
