import type { GovernanceGraph } from '../../model/graph.js';
import type { GraphView } from '../view/graph-view.js';
import { type Move, nextInDirection } from '../view/keyboard-navigation.js';
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
  /** Moves focus to the details of the body just selected with Enter. */
  focusDetails(): void;
}

const EXPANDED = 'Expanded. Down to move to its subordinates';

/** Keys that expand (true) or collapse (false) the body the keyboard is on. */
const FOLDS: Readonly<Record<string, boolean>> = { '+': true, '=': true, '-': false, _: false };

/**
 * Moving through the diagram by keyboard: arrows move the keyboard focus (a body marked, not
 * yet selected: the view state's `focusId`) to the superior, a subordinate or a sibling; Enter
 * selects it and moves focus to its details; `+` expands it and `-` collapses it (also `=` and
 * `_`, the same keys unshifted or shifted, so no layout needs a modifier), and Down on a
 * collapsed body expands it before moving into it; Escape clears the
 * selection and the path. Bind `onKeyDown` to the focusable element around the canvas.
 */
export class KeyboardController {
  constructor(
    private readonly state: ViewStateController,
    private readonly parts: KeyboardParts,
  ) {}

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const { state, parts } = this;
    const view = parts.view();
    if (!view || view.nodes.length === 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      state.focusId = null;
      state.select(null, true);
      parts.announce('Selection cleared');
      return;
    }
    const from = state.focusId ?? parts.selected();
    if (event.key === 'Enter' || event.key === ' ') {
      if (from === null) return;
      event.preventDefault();
      state.select(from, true);
      parts.focusDetails();
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
}
