import type { Collection, Core } from 'cytoscape';
import { nodeKey } from '../view/element-key.js';
import type { Highlight } from '../view/highlight.js';
import { HIGHLIGHT_STATES, HighlightState } from '../view/highlight-state.js';

/** Every highlight state's class, as one argument for Cytoscape's removeClass. */
const STATE_CLASSES = HIGHLIGHT_STATES.join(' ');

/**
 * Puts highlight states on a Cytoscape instance's elements as classes, touching only the elements
 * whose classes change: restyling every element costs Cytoscape a full style pass, while a
 * selection in a large model changes the classes of a few hundred at most, or dims everything once.
 */
export class HighlightPainter {
  /** The state classes each element carries now, space-separated, by element id. */
  private painted = new Map<string, string>();
  /** Elements that may still carry classes painted before the last forget(). */
  private stale = new Set<string>();
  /** The state classes last asked for, by element id, drawn or not. */
  private wanted = new Map<string, string>();

  constructor(private readonly cy: Core) {}

  /**
   * Paints `highlight` (state classes by element key), with the keyboard-focus state added to
   * the body `focusId`; elements it no longer names lose every state. Ids not in Cytoscape are skipped.
   */
  paint(highlight: Highlight, focusId: string | null): void {
    const cy = this.cy;
    const next = new Map<string, string>();
    for (const [id, classes] of highlight) next.set(id, classes.join(' '));
    if (focusId !== null) {
      const key = nodeKey(focusId);
      next.set(key, `${next.get(key) ?? ''} ${HighlightState.keyboardFocus}`.trim());
    }
    cy.batch(() => {
      for (const id of this.stale) {
        if (!next.has(id) && cy.hasElementWithId(id)) cy.getElementById(id).removeClass(STATE_CLASSES);
      }
      for (const [id, was] of this.painted) {
        if (next.get(id) === was || !cy.hasElementWithId(id)) continue;
        cy.getElementById(id).removeClass(STATE_CLASSES);
      }
      for (const [id, classes] of next) {
        // The highlight also keys the lines drawn outside Cytoscape (a hub's thousands of them):
        // looking each up would make an empty collection per line.
        if (this.painted.get(id) === classes || !cy.hasElementWithId(id)) continue;
        cy.getElementById(id).removeClass(STATE_CLASSES).addClass(classes);
      }
    });
    this.painted = next;
    this.wanted = next;
    this.stale.clear();
  }

  /**
   * Paints elements that just came into Cytoscape (a slice of a large drawing, or what came near
   * the view) with the states last asked for, touching no other element.
   */
  paintAdded(added: Collection): void {
    this.cy.batch(() => {
      added.forEach((ele) => {
        const classes = this.wanted.get(ele.id());
        if (classes === undefined) return;
        ele.addClass(classes);
        this.painted.set(ele.id(), classes);
      });
    });
  }

  /**
   * Forgets what was painted, so that the next paint puts every state on again, and takes the
   * states off whatever it no longer names: for when some elements' classes were rewritten (and
   * others kept theirs), or elements were added since.
   */
  forget(): void {
    for (const id of this.painted.keys()) this.stale.add(id);
    this.painted = new Map();
  }
}
