import { HighlightState } from './highlight-state.js';
import type { Theme, ThemeColor } from './theme.js';

/*
 * The one paint table: how a body and a line look in each highlight state. The Cytoscape
 * stylesheet generates its class selectors from it (cytoscape-style.ts), and the tree-link
 * layer and the SVG exporter resolve the same table for the lines Cytoscape does not draw
 * (tree-links.ts), so the three cannot drift apart. Widths are in diagram pixels (before zoom).
 */

/** Border width of a body, and width of a reporting line, when no highlight touches it. */
export const PLAIN_WIDTH = 1.5;
/** Width on the selection's chain of command (borders and lines). */
export const CHAIN_WIDTH = 3;
/** Width of the selected body's border and of everything on a path. */
export const EMPHASIS_WIDTH = 4;

/** Width of the keyboard focus ring around a body. */
export const FOCUS_RING_WIDTH = 4;

/** Opacity of a line nothing highlights. */
export const EDGE_OPACITY = 0.9;
/**
 * Opacity of a relation outside the chain of command until a body it touches is selected: such
 * lines recede behind the org chart. Solid lines read heavier than dashed ones, so a large
 * drawing (whose relations are solid until highlighted) recedes them further.
 */
export const RELATION_OPACITY = { normal: 0.4, large: 0.25 } as const;

/**
 * Highlight states under which a large drawing's relations, drawn solid for speed, get their
 * dashes back (see LARGE_VIEW in thresholds.ts). The canvas dashes a line
 * along its whole length, on screen or not: a thousand dashed lines across a drawing cost over a
 * second per frame. Colour still tells the types apart.
 */
export const DASHED_WHEN_HIGHLIGHTED: readonly HighlightState[] = [
  HighlightState.superior,
  HighlightState.subordinate,
  HighlightState.related,
  HighlightState.onPath,
];

/** What a state changes on a body; absent fields keep the body's own paint. */
export interface NodeStatePaint {
  /** Border colour, from the theme. */
  border?: ThemeColor;
  borderWidth?: number;
  opacity?: number;
  bold?: boolean;
  /** Drawn above bodies without it. */
  zIndex?: number;
  /** A translucent halo around the body: colour, opacity (0–1) and padding in pixels. */
  overlay?: { color: ThemeColor; opacity: number; padding: number };
  /** An opaque ring outside the border, following the body's shape: colour, width and gap in pixels. */
  outline?: { color: ThemeColor; width: number; offset: number };
}

/** What a state changes on a line; absent fields keep the line's own paint. */
export interface EdgeStatePaint {
  /** Line and arrow colour, from the theme. */
  color?: ThemeColor;
  width?: number;
  opacity?: number;
}

export interface StatePaint {
  state: HighlightState;
  node?: NodeStatePaint;
  edge?: EdgeStatePaint;
}

/**
 * The states in order of precedence, lowest first: where an element carries two states, the
 * later one's fields win (a selected body on a path has the selection's border).
 */
export const HIGHLIGHT_PAINT: readonly StatePaint[] = [
  { state: HighlightState.dimmed, node: { opacity: 0.18 }, edge: { opacity: 0.1 } },
  // Below the selection's states: a new body on the chain of command takes the chain's colour.
  {
    state: HighlightState.added,
    node: { border: 'addedHighlight', borderWidth: CHAIN_WIDTH },
    edge: { color: 'addedHighlight', width: CHAIN_WIDTH, opacity: 1 },
  },
  {
    state: HighlightState.superior,
    node: { border: 'chainHighlight', borderWidth: CHAIN_WIDTH },
    edge: { color: 'chainHighlight', width: CHAIN_WIDTH },
  },
  {
    state: HighlightState.subordinate,
    node: { border: 'subordinateHighlight', borderWidth: CHAIN_WIDTH },
    edge: { color: 'subordinateHighlight', width: CHAIN_WIDTH },
  },
  { state: HighlightState.related, edge: { opacity: 1, width: 2.4 } },
  {
    state: HighlightState.onPath,
    node: { border: 'pathHighlight', borderWidth: EMPHASIS_WIDTH },
    edge: { color: 'pathHighlight', width: EMPHASIS_WIDTH, opacity: 1 },
  },
  {
    state: HighlightState.selected,
    node: { border: 'selection', borderWidth: EMPHASIS_WIDTH, bold: true, zIndex: 10 },
  },
  // A ring in the focus colour, apart from the border by a gap of background, so that it stands
  // out at 3:1 or more against the background and every fill in either theme
  // (tests/view/focus-mark.test.ts measures it) and reads apart from the selection's border. The
  // body the keyboard is on is drawn whole even where the selection dims it.
  {
    state: HighlightState.keyboardFocus,
    node: { opacity: 1, zIndex: 11, outline: { color: 'focusRing', width: FOCUS_RING_WIDTH, offset: 3 } },
  },
];

/** A line's paint after its states: colour, width in pixels, opacity 0–1. */
export interface ResolvedEdgePaint {
  color: string;
  width: number;
  opacity: number;
}

/** Applies the table to a line whose own paint is `base`, for the states it carries. */
export function resolveEdgePaint(base: ResolvedEdgePaint, states: readonly string[], theme: Theme): ResolvedEdgePaint {
  const paint = { ...base };
  for (const { state, edge } of HIGHLIGHT_PAINT) {
    if (!edge || !states.includes(state)) continue;
    if (edge.color) paint.color = theme[edge.color];
    if (edge.width !== undefined) paint.width = edge.width;
    if (edge.opacity !== undefined) paint.opacity = edge.opacity;
  }
  return paint;
}

/** A body's opacity under its states, from the paint table (1 where no state sets one). */
export function resolveNodeOpacity(states: readonly string[]): number {
  let opacity = 1;
  for (const { state, node } of HIGHLIGHT_PAINT) {
    if (node?.opacity !== undefined && states.includes(state)) opacity = node.opacity;
  }
  return opacity;
}

/** A body's border width in pixels under its states (the tree links end on the border's outer edge). */
export function resolveBorderWidth(states: readonly string[] | undefined): number {
  let width = PLAIN_WIDTH;
  if (!states) return width;
  for (const { state, node } of HIGHLIGHT_PAINT) {
    if (node?.borderWidth !== undefined && states.includes(state)) width = node.borderWidth;
  }
  return width;
}
