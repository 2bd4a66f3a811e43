import type { Box, Size, Viewport } from './viewport.js';

/*
 * A view whose edges fall between bodies, never through one: a body half in view reads as a
 * drawing cut off, and its label is lost. Pure; the camera applies the result.
 *
 * No layout or viewport library does this (they fit boxes, they do not look for gaps), so it is
 * written here: on each axis, the view's two edges must each stay out of every body's extent, a
 * one-dimensional search among the gaps; the axes are solved in turn, and when no gap fits at a
 * zoom, the next zoom a little further out is tried.
 */

/** Space kept between a view's edge and a body, in CSS pixels. */
const EDGE_CLEARANCE = 6;
/**
 * Each further try zooms out by this factor, up to ZOOM_TRIES times (to a zoom 26 % further out):
 * fine steps, because rows of bodies a regular step apart leave gaps at both edges only at some
 * zooms, and a coarse step jumps over them.
 */
const ZOOM_STEP = 0.995;
const ZOOM_TRIES = 60;

/** An open interval of positions, along one axis. */
type Span = readonly [number, number];

/**
 * The starts `s` of a window of length `length` within [lo, hi] such that neither `s` nor
 * `s + length` lies inside any of `spans`: one per stretch of such starts, the one nearest to
 * `wanted`, nearest first. Empty when there is none. Linear after sorting.
 */
export function freeStarts(spans: readonly Span[], length: number, lo: number, hi: number, wanted: number): number[] {
  if (lo > hi) return [];
  const forbidden: Span[] = [];
  for (const [a, b] of spans) forbidden.push([a, b], [a - length, b - length]);
  forbidden.sort((p, q) => p[0] - q[0]);
  // The free stretches between the merged forbidden intervals, within [lo, hi].
  const free: Span[] = [];
  let cursor = lo;
  for (const [a, b] of forbidden) {
    if (b <= cursor) continue;
    if (a >= hi) break;
    if (a > cursor) free.push([cursor, Math.min(a, hi)]);
    cursor = Math.max(cursor, b);
    if (cursor >= hi) break;
  }
  if (cursor <= hi) free.push([cursor, hi]);
  return free
    .map(([a, b]) => Math.min(b, Math.max(a, wanted)))
    .sort((p, q) => Math.abs(p - wanted) - Math.abs(q - wanted));
}

/** The free start nearest to `wanted` (see freeStarts), or null. */
export function freeStart(
  spans: readonly Span[],
  length: number,
  lo: number,
  hi: number,
  wanted: number,
): number | null {
  return freeStarts(spans, length, lo, hi, wanted)[0] ?? null;
}

/** The furthest a view is moved to cut nothing, as a share of its size along its anchor. */
const FAR_MOVE = 0.2;

/** How far a view may move, as a share of its size, on an axis where what it keeps overflows it. */
const OVERFLOW_MOVE = 0.25;

/** How many of the free vertical starts are tried at each zoom before zooming out. */
const STARTS_TRIED = 8;

/** How far, as a share of the view's height, a first search lets the view move from where it was wanted. */
const NEAR_MOVE = 0.08;

/**
 * `view`, moved (and, when it must, zoomed a little out or in, within `zooms`) so that no body of
 * `bodies` is cut by its edges, while `keep` (what the view is for, e.g. the main tree) stays in
 * view as far as it was. The view keeps its `anchor` edge where it can (`top`: the top stays, the
 * view centred across; `left`: the reverse), as a starting view of an org chart reads from there.
 * Zooms further out, then closer, are tried before moves further off. Boxes are in model coordinates. Returns
 * `view` unchanged when no such view is found.
 */
export function uncutView(
  view: Viewport,
  size: Size,
  bodies: readonly Box[],
  keep: Box,
  zooms: { min: number; max: number },
  anchor: 'top' | 'left' = 'top',
): Viewport {
  // Further out first (more in view), then closer (fewer bodies across, when they are cut anyway).
  const tries: number[] = [];
  for (let i = 0, zoom = view.zoom; i < ZOOM_TRIES && zoom >= zooms.min; i++, zoom *= ZOOM_STEP) tries.push(zoom);
  for (let i = 1, zoom = view.zoom / ZOOM_STEP; i < ZOOM_TRIES && zoom <= zooms.max; i++, zoom /= ZOOM_STEP) {
    tries.push(zoom);
  }
  const origin = { x: -view.pan.x / view.zoom, y: -view.pan.y / view.zoom };
  const centre = { x: origin.x + size.width / view.zoom / 2, y: origin.y + size.height / view.zoom / 2 };
  // Keep what `keep` showed: its part inside the original view stays inside.
  const shown = {
    x1: Math.max(keep.x1, origin.x),
    y1: Math.max(keep.y1, origin.y),
    x2: Math.min(keep.x1 + keep.w, origin.x + size.width / view.zoom),
    y2: Math.min(keep.y1 + keep.h, origin.y + size.height / view.zoom),
  };
  const at = anchor === 'top' ? { x: centre.x, y: origin.y } : { x: origin.x, y: centre.y };
  // First the zooms that need only a small move; otherwise, of all zooms, the least move, in pixels,
  // up to FAR_MOVE.
  for (const zoom of tries) {
    const found = gapView(zoom, size, bodies, shown, at, anchor, NEAR_MOVE);
    if (found) return found;
  }
  let best: Viewport | null = null;
  let bestMove = Number.POSITIVE_INFINITY;
  for (const zoom of tries) {
    const found = gapView(zoom, size, bodies, shown, at, anchor, Number.POSITIVE_INFINITY);
    if (!found) continue;
    const move = anchor === 'top' ? Math.abs(found.pan.y + at.y * zoom) : Math.abs(found.pan.x + at.x * zoom);
    if (move < bestMove) [best, bestMove] = [found, move];
  }
  // A view moved further than that leaves a band of nothing above (or left of) the drawing: worse
  // than a body cut at the edge.
  const limit = FAR_MOVE * (anchor === 'top' ? size.height : size.width);
  return best && bestMove <= limit ? best : view;
}

/** A view at `zoom` that cuts no body and shows `shown`, near `at` (its anchor edge's point), or null. */
function gapView(
  zoom: number,
  size: Size,
  bodies: readonly Box[],
  shown: { x1: number; y1: number; x2: number; y2: number },
  at: { x: number; y: number },
  anchor: 'top' | 'left',
  reach: number,
): Viewport | null {
  const width = size.width / zoom;
  const height = size.height / zoom;
  const clear = EDGE_CLEARANCE / zoom;
  const wanted = anchor === 'top' ? { x: at.x - width / 2, y: at.y } : { x: at.x, y: at.y - height / 2 };
  // Where `keep` overflows the view on an axis, nothing of it can stay whole there anyway: the view
  // may move by up to OVERFLOW_MOVE of its size to find a gap.
  const span = (lo: number, hi: number, size: number, at: number): readonly [number, number] =>
    hi - lo >= size - 1e-6 ? [at - size * OVERFLOW_MOVE, at + size * OVERFLOW_MOVE] : [hi - size, lo];
  const range = {
    x: span(shown.x1, shown.x2, width, wanted.x),
    y: span(shown.y1, shown.y2, height, wanted.y),
  };
  // Bodies that could meet the view at all, with the clearance around them.
  const near = bodies.filter(
    (b) =>
      b.x1 + b.w > range.x[0] - clear &&
      b.x1 < range.x[1] + width + clear &&
      b.y1 + b.h > range.y[0] - clear &&
      b.y1 < range.y[1] + height + clear,
  );
  // The anchored axis first; nearest first, since a start further off may leave out a row of bodies
  // that no start across avoids.
  const along = anchor === 'top' ? 'y' : 'x';
  const other = anchor === 'top' ? 'x' : 'y';
  const extent = (b: Box, axis: 'x' | 'y'): Span =>
    axis === 'x' ? [b.x1 - clear, b.x1 + b.w + clear] : [b.y1 - clear, b.y1 + b.h + clear];
  const length = { x: width, y: height };
  const starts = freeStarts(
    near.map((b) => extent(b, along)),
    length[along],
    range[along][0],
    range[along][1],
    wanted[along],
  ).filter((s) => Math.abs(s - wanted[along]) <= reach * height);
  for (const start of starts.slice(0, STARTS_TRIED)) {
    const across = near.filter((b) => {
      const [a, c] = extent(b, along);
      return c - clear > start && a + clear < start + length[along];
    });
    const second = freeStart(
      across.map((b) => extent(b, other)),
      length[other],
      range[other][0],
      range[other][1],
      wanted[other],
    );
    if (second === null) continue;
    const place = along === 'y' ? { x: second, y: start } : { x: start, y: second };
    return { zoom, pan: { x: -place.x * zoom, y: -place.y * zoom } };
  }
  return null;
}
