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
