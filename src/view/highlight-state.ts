/**
 * The states a highlight can put a body or a line in, as the class names the Cytoscape
 * stylesheet, the tree-link layer and the exporter all key on. Paint for each state is in
 * `paint.ts`; which elements get which state is decided in `highlight.ts`.
 */
export const HighlightState = {
  /** The selected body. */
  selected: 'selected',
  /** On the selection's chain of command, up to the top. */
  superior: 'superior',
  /** Below the selection: what it oversees, directly or not. */
  subordinate: 'subordinate',
  /** A relation of the selection outside the chain of command, and the body at its other end. */
  related: 'related',
  /** Not reached by the selection or the path (in views that are not large). */
  dimmed: 'dimmed',
  /** On the path between two bodies. */
  onPath: 'on-path',
  /** New in the year shown: a body or a line that did not stand at the end of the year before. */
  added: 'added',
  /** The body the keyboard is on. */
  keyboardFocus: 'keyboard-focus',
} as const;

export type HighlightState = (typeof HighlightState)[keyof typeof HighlightState];

/** Every state, for removing whatever an element carried before. */
export const HIGHLIGHT_STATES: readonly HighlightState[] = Object.values(HighlightState);
