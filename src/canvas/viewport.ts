import type { ElementDefinition } from 'cytoscape';
import { FONT_SIZE } from '../view/graph-style.js';
import type { LayoutDirection } from '../view/tree-layout.js';

/*
 * Viewport maths: where the view goes, as zoom and pan, given boxes in model coordinates and the
 * size of the drawing surface in CSS pixels. Pure functions, so that every rule is checked with
 * exact numbers; the canvas applies the results to Cytoscape. A rendered point is
 * `model * zoom + pan`, as in Cytoscape.
 */

/** The smallest label size a starting or revealing view shows, in CSS pixels. */
export const READABLE_LABEL = 10;
/** Zoom below which labels drop under READABLE_LABEL on screen. */
export const READABLE_ZOOM = READABLE_LABEL / FONT_SIZE;
/**
 * The least zoom at which a starting view shows the whole main tree (labels of 9 px): a tree that
 * fits no further out is shown whole; a larger one from its top at READABLE_ZOOM.
 */
export const WHOLE_TREE_ZOOM = 9 / FONT_SIZE;
/** Zoom beyond which framing a few bodies would only blow them up. */
export const MAX_FRAME_ZOOM = 1.25;
/**
 * The zoom at which a selection is framed with its context when that fits: one zoom for every
 * selection, so that moving from body to body does not pump the view in and out.
 */
export const SELECTION_ZOOM = 1;
/**
 * The zoom at which a body whose context does not fit at READABLE_ZOOM is centred alone: a view
 * further out zooms in to it, a closer one keeps its zoom.
 */
export const REVEAL_ZOOM = 0.9;

/** A box in model coordinates: top-left corner, width and height. */
export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** The drawing surface, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What the view shows: `zoom` scales model units to CSS pixels, `pan` is where the model origin lands. */
export interface Viewport {
  zoom: number;
  pan: Point;
}

/** The zoom levels the view keeps to. */
export interface ZoomRange {
  min: number;
  max: number;
}

/** The zoom at which `box` just fits into `size` less `padding` on every side, unclamped. */
export function fitZoom(box: Box, size: Size, padding: number): number {
  return Math.min((size.width - 2 * padding) / box.w, (size.height - 2 * padding) / box.h);
}

/** The pan that puts the centre of `box` at the centre of `size`, at `zoom`. */
export function centredPan(box: Box, size: Size, zoom: number): Point {
  return { x: size.width / 2 - zoom * (box.x1 + box.w / 2), y: size.height / 2 - zoom * (box.y1 + box.h / 2) };
}

/**
 * The fit: `box` centred at the largest zoom at which it fits with `padding` (see fitZoom),
 * clamped to `range` (`range.min` wins should the two cross).
 */
export function fitBox(box: Box, size: Size, padding: number, range: ZoomRange): Viewport {
  const zoom = Math.max(range.min, Math.min(range.max, fitZoom(box, size, padding)));
  return { zoom, pan: centredPan(box, size, zoom) };
}

/**
 * The starting view: `box` (around the home bodies) at the zoom that fits it with `padding`, but
 * no further out than WHOLE_TREE_ZOOM (READABLE_ZOOM when it does not fit at that) and no closer
 * than MAX_FRAME_ZOOM, both within `maxZoom`,
 * its top `padding` below the view's top (its left, in LR). Across the layout it is centred when
 * it fits, and otherwise centred on `head`, the first home body: the head of the hierarchy.
 */
export function homeView(
  box: Box,
  head: Point,
  size: Size,
  direction: LayoutDirection,
  padding: number,
  maxZoom: number,
): Viewport {
  // The whole tree at 9 px rather than part of it at 10: an org chart reads from its shape.
  const least = fitZoom(box, size, padding) >= WHOLE_TREE_ZOOM ? WHOLE_TREE_ZOOM : READABLE_ZOOM;
  const range = { min: Math.min(least, maxZoom), max: Math.min(MAX_FRAME_ZOOM, maxZoom) };
  const fitted = fitBox(box, size, padding, range);
  const { zoom } = fitted;
  // Within a thousandth of a pixel: the fitted zoom times the box is the room, give or take rounding.
  const fits = zoom * box.w <= size.width - 2 * padding + 1e-3 && zoom * box.h <= size.height - 2 * padding + 1e-3;
  // Across the layout, centred on the box when it fits, else on the head; along it, from the top
  // (the left, in LR), as org charts read, with whatever lies below in view under it.
  const across = fits ? { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 } : head;
  return direction === 'TB'
    ? { zoom, pan: { x: size.width / 2 - zoom * across.x, y: padding - zoom * box.y1 } }
    : { zoom, pan: { x: padding - zoom * box.x1, y: size.height / 2 - zoom * across.y } };
}

/** How to bring a body into view: frame it with its context, or centre the body alone at `zoom`. */
export type RevealView = { kind: 'frame'; view: Viewport } | { kind: 'centre'; zoom: number };

/**
 * Bringing a body into view with the bodies around it that matter (`box` holds them all): framed
 * together, at SELECTION_ZOOM or the zoom that fits them, when they fit at `least` (READABLE_ZOOM
 * unless given) or closer; otherwise the body alone is centred, at `zoom` (the current one) or
 * REVEAL_ZOOM, whichever is closer.
 */
export function revealView(
  box: Box,
  size: Size,
  padding: number,
  zoom: number,
  range: ZoomRange,
  least = READABLE_ZOOM,
): RevealView {
  if (fitZoom(box, size, padding) >= least) {
    return { kind: 'frame', view: fitBox(box, size, padding, { min: range.min, max: SELECTION_ZOOM }) };
  }
  return { kind: 'centre', zoom: Math.max(zoom, REVEAL_ZOOM) };
}

/**
 * The box around the nodes of `elements` whose Cytoscape ids (element keys) are in `ids`, from their positions and the
 * `width` and `height` in their data (labels lie inside), so that nothing needs measuring. Width
 * and height are at least 1; with no such node the box is degenerate (x1, y1 infinite).
 */
export function boxOf(elements: readonly ElementDefinition[], ids: readonly string[]): Box {
  const wanted = new Set(ids);
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const def of elements) {
    if (!def.position || !wanted.has(def.data.id as string)) continue;
    const w = Number(def.data.width ?? 0) / 2;
    const h = Number(def.data.height ?? 0) / 2;
    x1 = Math.min(x1, def.position.x - w);
    x2 = Math.max(x2, def.position.x + w);
    y1 = Math.min(y1, def.position.y - h);
    y2 = Math.max(y2, def.position.y + h);
  }
  return { x1, y1, w: Math.max(1, x2 - x1), h: Math.max(1, y2 - y1) };
}

/** The boxes of every node of `elements` that has a position, from their data's `width` and `height`. */
export function nodeBoxes(elements: readonly ElementDefinition[]): Box[] {
  const boxes: Box[] = [];
  for (const def of elements) {
    if (!def.position || def.group !== 'nodes') continue;
    const w = Number(def.data.width ?? 0);
    const h = Number(def.data.height ?? 0);
    boxes.push({ x1: def.position.x - w / 2, y1: def.position.y - h / 2, w, h });
  }
  return boxes;
}

/** The zoom level after zooming by `factor` from `zoom`, kept within `range`. */
export function zoomedBy(zoom: number, factor: number, range: ZoomRange): number {
  return Math.min(range.max, Math.max(range.min, zoom * factor));
}
