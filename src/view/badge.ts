import { badgeKey, nodeKey } from './element-key.js';
import type { GraphView } from './graph-view.js';
import type { Highlight } from './highlight.js';
import { HighlightState } from './highlight-state.js';

/*
 * The "+N" badge on a collapsed body: its text, its accessible name and its size, read by the
 * element adapter (cytoscape-elements.ts), the stylesheet (cytoscape-style.ts) and the SVG export.
 */

/** Height of a badge, in model pixels. */
export const BADGE_HEIGHT = 18;
/** Font size of a badge's text, in model pixels. */
export const BADGE_FONT_SIZE = 11;

/** What a badge reads: `+12`. */
export const badgeLabel = (hidden: number): string => `+${hidden.toLocaleString('en')}`;

/** A badge's accessible name and tooltip. */
export const badgeTitle = (hidden: number): string =>
  `Show ${hidden.toLocaleString('en')} hidden subordinate${hidden === 1 ? '' : 's'}`;

/** Width of a badge for its label: digits of the sans-serif stack run about 0.6 em, plus padding. */
export const badgeWidth = (label: string): number => Math.round(label.length * BADGE_FONT_SIZE * 0.6 + 14);

/**
 * Puts on each badge of `view` the dimmed state of its body, in `highlight` itself (which it
 * returns): a badge stands out only where its body does.
 */
export function dimBadges(highlight: Highlight, view: GraphView): Highlight {
  for (const id of view.folding?.hiddenBelow.keys() ?? []) {
    if (highlight.get(nodeKey(id))?.includes(HighlightState.dimmed))
      highlight.set(badgeKey(id), [HighlightState.dimmed]);
  }
  return highlight;
}
