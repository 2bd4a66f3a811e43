import type { ReactiveControllerHost } from 'lit';
import { type CollapseState, DEFAULT_COLLAPSE, type Folding, sameState, withExpanded } from '../view/collapse.js';

/**
 * Which subtrees of the org chart the reader collapsed or expanded (collapse.ts), relative to the
 * default, which collapses large models. The drawing opens the chain of command of a newly chosen
 * body by itself and hands the state back (`keep`); the reader's own changes come through `set`.
 */
export class CollapseController {
  private current: CollapseState = DEFAULT_COLLAPSE;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The folding of the view as drawn now; undefined while none is. */
    private readonly folding: () => Folding | undefined,
  ) {}

  /** The reader's changes from the default. */
  get state(): CollapseState {
    return this.current;
  }

  /** Takes the state the drawing was derived with (a chosen body's chain opened); asks for no update. */
  keep(state: CollapseState): void {
    this.current = state;
  }

  /** Takes a state read from a link or reset; asks for an update when it differs. */
  restore(state: CollapseState): void {
    if (sameState(state, this.current)) return;
    this.current = state;
    this.host.requestUpdate();
  }

  /**
   * Expands (or collapses) the drawn body `id`; false when that changes nothing (it already is
   * so, is not drawn, or has no subordinates).
   */
  set(id: string, expanded: boolean): boolean {
    const folding = this.folding();
    if (!folding || folding.hidden.has(id) || folding.collapsed.has(id) !== expanded) return false;
    const next = withExpanded(folding, id, expanded);
    if (next === this.current) return false;
    this.current = next;
    this.host.requestUpdate();
    return true;
  }
}
