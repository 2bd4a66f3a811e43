import type { Core, ElementDefinition } from 'cytoscape';
import { nodeKey } from '../view/element-key.js';
import { WINDOW_ABOVE } from '../view/thresholds.js';
import type { LayoutDirection } from '../view/tree-layout.js';
import { uncutView } from './uncut-view.js';
import {
  type Box,
  boxOf,
  fitBox,
  fitZoom,
  homeView,
  MAX_FRAME_ZOOM,
  nodeBoxes,
  READABLE_ZOOM,
  revealView,
  type Size,
  type Viewport,
  WHOLE_TREE_ZOOM,
  zoomedBy,
} from './viewport.js';

/*
 * Moves a Cytoscape instance's view by the rules of viewport.ts: each function reads the sizes
 * and zoom limits from the instance, asks the pure maths where to go, and goes there.
 */

/** Margin kept around what fitInView and showHome frame, in CSS pixels. */
const FIT_PADDING = 32;
/** Margin kept around a body brought into view with its context, in CSS pixels. */
const REVEAL_PADDING = 40;
const EASING = 'ease-in-out-cubic';

function sizeOf(cy: Core): Size {
  return { width: cy.width(), height: cy.height() };
}

/** Moves the view to `view`, stopping any move under way; animated over 300 ms or at once. */
function moveTo(cy: Core, view: Viewport, animate: boolean): void {
  cy.stop();
  if (animate) cy.animate(view, { duration: 300, easing: EASING });
  else cy.viewport(view);
}

/**
 * The box around the bodies `ids` (every body when undefined) with their labels and lines, from
 * Cytoscape; or from `elements` (the definitions) for a drawing held in part, whose bodies are not
 * all in Cytoscape (see draw-window.ts). Null when there is nothing to frame.
 */
function framedBox(cy: Core, elements: readonly ElementDefinition[], ids: readonly string[] | undefined): Box | null {
  if (elements.length > WINDOW_ABOVE) {
    const keys = ids ? ids.map(nodeKey) : elements.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
    const box = boxOf(elements, keys);
    return Number.isFinite(box.x1) ? box : null;
  }
  const eles = ids ? cy.collection() : cy.elements();
  if (ids) for (const id of ids) eles.merge(cy.getElementById(nodeKey(id)));
  if (eles.length === 0) return null;
  const { x1, y1, w, h } = eles.boundingBox({ includeLabels: true });
  return { x1, y1, w, h };
}

/**
 * Fits the whole drawing, or the bodies `ids`, into view with their labels. A whole drawing may
 * need any zoom to fit, so the least zoom the reader may reach goes down to it; a few bodies are
 * not blown up past MAX_FRAME_ZOOM. Nothing to fit, no move.
 */
export function fitInView(
  cy: Core,
  elements: readonly ElementDefinition[],
  ids: readonly string[] | undefined,
  animate: boolean,
): void {
  const box = framedBox(cy, elements, ids);
  if (!box) return;
  const size = sizeOf(cy);
  // (Cytoscape takes only a positive least zoom; a surface narrower than its padding gets a tiny one.)
  if (!ids) cy.minZoom(Math.max(1e-4, Math.min(cy.minZoom(), fitZoom(box, size, FIT_PADDING))));
  const range = { min: cy.minZoom(), max: ids ? MAX_FRAME_ZOOM : cy.maxZoom() };
  moveTo(cy, fitBox(box, size, FIT_PADDING, range), animate);
}

/**
 * Shows the starting view (see homeView) of the bodies `home`, or of every drawn body when it is
 * empty, placed from `elements` (the definitions with positions and sizes): asking Cytoscape for
 * the bounding box of thousands of nodes would make it measure every label before the first frame.
 * When all the bodies of `forest` (every tree of the chain of command) fit at READABLE_ZOOM, the
 * view shows them all instead.
 */
export function showHome(
  cy: Core,
  elements: readonly ElementDefinition[],
  home: readonly string[],
  forest: readonly string[],
  direction: LayoutDirection,
  animate: boolean,
): void {
  const ids =
    home.length > 0 ? home.map(nodeKey) : elements.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
  if (ids.length === 0) return;
  // When the home bodies do not fit, the view starts at the first of them: the head of the hierarchy.
  const head = elements.find((e) => e.data.id === ids[0])?.position ?? { x: 0, y: 0 };
  const size = sizeOf(cy);
  const whole = forest.length > ids.length ? boxOf(elements, forest.map(nodeKey)) : null;
  const box = whole && fitZoom(whole, size, FIT_PADDING) >= READABLE_ZOOM ? whole : boxOf(elements, ids);
  const fitted = homeView(box, head, size, direction, FIT_PADDING, cy.maxZoom());
  // Moved so that its edges fall between bodies, zoomed out if need be but labels kept readable.
  const zooms = { min: Math.min(fitted.zoom, READABLE_ZOOM), max: Math.max(fitted.zoom, MAX_FRAME_ZOOM) };
  const view = uncutView(fitted, size, nodeBoxes(elements), box, zooms, direction === 'TB' ? 'top' : 'left');
  if (animate) cy.animate(view, { duration: 300 });
  else cy.viewport(view);
}

/**
 * The pan at `zoom` that puts the centre of `towards` as near the view's centre as it can while
 * `keep` stays `padding` pixels inside the view.
 */
function leaningPan(keep: Box, towards: Box, size: Size, zoom: number, padding: number): Viewport['pan'] {
  const axis = (start: number, length: number, goal: number, extent: number) => {
    const half = extent / zoom / 2;
    const inset = padding / zoom;
    const lo = start + length + inset - half;
    const hi = start - inset + half;
    const centre = lo <= hi ? Math.min(hi, Math.max(lo, goal)) : start + length / 2;
    return extent / 2 - zoom * centre;
  };
  return {
    x: axis(keep.x1, keep.w, towards.x1 + towards.w / 2, size.width),
    y: axis(keep.y1, keep.h, towards.y1 + towards.h / 2, size.height),
  };
}

/** Zooms by `factor` (above 1 closer) about the centre of the view, within the zoom limits, over 150 ms. */
export function zoomAtCentre(cy: Core, factor: number): void {
  const level = zoomedBy(cy.zoom(), factor, { min: cy.minZoom(), max: cy.maxZoom() });
  cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
}

/**
 * Brings the body `id` into view with the widest of the rings `context` that fits at a readable
 * zoom (the rings from widest to narrowest: its relations, what it oversees, its chain of
 * command; see revealView), placed from
 * `elements` (the definitions, where bodies are going: read while they glide after a change of
 * layout, Cytoscape's positions would be where they were). Nothing happens when the body is not
 * drawn or the surface has no width.
 */
export function bringIntoView(
  cy: Core,
  elements: readonly ElementDefinition[],
  id: string,
  context: readonly (readonly string[])[],
): void {
  const key = nodeKey(id);
  const at = elements.find((e) => e.data.id === key)?.position;
  if (!at || cy.width() === 0) return;
  const size = sizeOf(cy);
  const range = { min: cy.minZoom(), max: cy.maxZoom() };
  let kept = boxOf(elements, [key]);
  let how = revealView(kept, size, REVEAL_PADDING, cy.zoom(), range);
  for (const [i, ring] of context.entries()) {
    // The narrowest ring (a chain of command) whole at 9 px labels rather than cut at 10.
    const least = i === context.length - 1 ? WHOLE_TREE_ZOOM : READABLE_ZOOM;
    const box = boxOf(elements, [key, ...ring.map(nodeKey)]);
    const framed = revealView(box, size, REVEAL_PADDING, cy.zoom(), range, least);
    if (framed.kind === 'frame') {
      [how, kept] = [framed, box];
      break;
    }
  }
  const zoom = how.kind === 'frame' ? how.view.zoom : how.zoom;
  // What is framed stays whole; within that, the view leans towards the widest ring, so that as
  // much of what did not fit shows as can.
  const widest = context.length > 0 ? boxOf(elements, [key, ...context[0]!.map(nodeKey)]) : kept;
  const view = { zoom, pan: leaningPan(kept, widest, size, zoom, REVEAL_PADDING) };
  moveTo(cy, view, true);
}

/**
 * Frames a path (`nodes`, its first body to its last) with labels of READABLE_LABEL or more: the
 * whole path when it fits so; otherwise its two ends, when they do; otherwise its first body,
 * centred, for the reader to follow the highlighted path from there. A path is read along its
 * names, so it is never zoomed out to where they cannot be read. Placed from `elements`, as
 * bringIntoView; nothing happens when the surface has no width.
 */
export function framePath(cy: Core, elements: readonly ElementDefinition[], nodes: readonly string[]): void {
  const first = nodes[0];
  if (first === undefined || cy.width() === 0) return;
  const size = sizeOf(cy);
  const range = { min: cy.minZoom(), max: cy.maxZoom() };
  for (const ids of [nodes, [first, nodes[nodes.length - 1]!]]) {
    const how = revealView(boxOf(elements, ids.map(nodeKey)), size, REVEAL_PADDING, cy.zoom(), range);
    if (how.kind === 'frame') {
      moveTo(cy, how.view, true);
      return;
    }
  }
  bringIntoView(cy, elements, first, []);
}
