import FlatQueue from 'flatqueue';
import type { Point } from './arrow-head.js';
import { BoxIndex, boxRect, type Rect, type RouteBox } from './box-index.js';
import type { EdgeRole, GraphView } from './graph-view.js';

/*
 * Routes for the lines Cytoscape draws (relations and second superiors' lines), so that none runs
 * through a body other than its two ends. A line whose straight course is clear stays straight;
 * any other is routed orthogonally by A* over a sparse grid made of the edges of the bodies near
 * it (an orthogonal visibility graph, as diagram editors route connectors), with a cost per bend,
 * then each inner leg is moved to the middle of the channel it runs in, and legs that share a
 * channel are spread a few pixels apart.
 *
 * Written here: the maintained orthogonal connector routers are LGPL (libavoid and its ports) or
 * MPL, and the grid path finders search a pixel grid, far too fine for a drawing of thousands
 * of bodies. Only the priority queue is a library (flatqueue).
 */

export type { RouteBox } from './box-index.js';

/** How far a leg may move across its channel, in model pixels: towards lower coordinates and higher. */
export interface Room {
  down: number;
  up: number;
}

/** The least distance, in model pixels, between a routed line and a body it passes. */
export const ROUTE_CLEARANCE = 10;
/** What a bend costs, in pixels of length: a route takes up to this much longer a way to save one. */
const BEND_COST = 150;
/**
 * Channels narrower than this, in model pixels between the boxes grown by the clearance, cost up to
 * twice their length to run along: a line takes a wider way round unless it is much longer.
 */
const WIDE_CHANNEL = 60;
/**
 * How far past the middle of its channel a leg runs, in model pixels (at most a quarter of the
 * channel's width): a tree link's crossbar runs in the very middle between two ranks.
 */
const OFF_MIDDLE = 8;
/** The spacing of lines that share a channel, in model pixels (less where the channel is narrow). */
const LANE_SPACING = 6;
/** The least spacing of lines side by side in a channel; a channel too narrow for it bundles them. */
const MIN_LANE_SPACING = 3;
/**
 * The closest a line spread aside comes to a body, in model pixels: beyond the thickest border
 * (4 px, half of it outside the box, paint.ts), with room to spare for rounding.
 */
const SPREAD_MARGIN = 6;
/**
 * The most bodies a line's search area may hold. A line between bodies far apart in a large drawing
 * would otherwise search a grid of millions of points; it is drawn straight instead.
 */
const MAX_NEAR_BODIES = 160;

const RIGHT = 0;
const DOWN = 1;
const LEFT = 2;
const UP = 3;
const STEP_X = [1, 0, -1, 0] as const;
const STEP_Y = [0, 1, 0, -1] as const;

/**
 * Does the segment a→b pass through the inside of `r`? Touching its edges, or passing within
 * half a pixel of them, does not count.
 */
export function crossesRect(a: Point, b: Point, r: Rect): boolean {
  const inset = 0.5;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a.x - (r.left + inset)],
    [dx, r.right - inset - a.x],
    [-dy, a.y - (r.top + inset)],
    [dy, r.bottom - inset - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The points of a line with the middle one of every three in a row on one axis left out. */
function withoutStraightBends(points: Point[]): Point[] {
  const kept: Point[] = [];
  for (const p of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = kept[kept.length - 2];
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
      kept[kept.length - 1] = p;
    } else kept.push(p);
  }
  return kept;
}

/** Index of `value` in the sorted `values`, or of the first larger one. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedUnique(values: number[]): number[] {
  values.sort((a, b) => a - b);
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/**
 * Routes lines between the bodies of one layout. Pure in effect: the same boxes and ends give
 * the same route, which is kept for the next request (the drawing asks again on each selection).
 */
export class LineRouter {
  private readonly boxes: readonly RouteBox[];
  private readonly indexOf = new Map<string, number>();
  private built: BoxIndex | null = null;
  private readonly found = new Map<string, readonly Point[]>();
  /** How far around two ends a route searches at first, then further. */
  private readonly reach: number;

  /** `boxes`: every drawn body's box by its id, in model pixels. */
  constructor(boxes: ReadonlyMap<string, RouteBox>) {
    this.boxes = [...boxes.values()];
    let largest = 1;
    for (const [id, box] of boxes) {
      this.indexOf.set(id, this.indexOf.size);
      largest = Math.max(largest, box.w, box.h);
    }
    this.reach = largest + 2 * ROUTE_CLEARANCE;
  }

  /**
   * The routes of `lines` drawn together: each line's route (see `route`), with the inner legs
   * that share a channel spread apart (spreadRoutes).
   */
  routes(lines: readonly { source: string; target: string }[]): Point[][] {
    return spreadRoutes(
      lines.map((line) => this.route(line.source, line.target)),
      (a, b) => this.room(a, b),
    );
  }

  /** The centre of body `id`'s box; the origin for an unknown body. */
  centre(id: string): Point {
    const box = this.boxes[this.indexOf.get(id) ?? -1];
    return box ? { x: box.x, y: box.y } : { x: 0, y: 0 };
  }

  /** The bodies' boxes grown by the clearance, indexed when the first line is routed. */
  private get index(): BoxIndex {
    this.built ??= new BoxIndex(this.boxes, ROUTE_CLEARANCE);
    return this.built;
  }

  /**
   * The route from body `source` to body `target`: the point where it leaves the source's box,
   * its bends, and the point where it enters the target's box, in model pixels. Its legs are
   * straight; a route with bends leaves and enters its ends' boxes at right angles, along the line
   * through the middle of the side. Empty when either body is unknown or the two overlap.
   */
  route(source: string, target: string): readonly Point[] {
    const key = `${source}\u0000${target}`;
    let route = this.found.get(key);
    if (!route) {
      route = this.compute(source, target);
      this.found.set(key, route);
    }
    return route;
  }

  private compute(source: string, target: string): Point[] {
    const s = this.indexOf.get(source);
    const t = this.indexOf.get(target);
    if (s === undefined || t === undefined || s === t) return [];
    const sb = this.boxes[s]!;
    const tb = this.boxes[t]!;
    const straight = straightBetween(sb, tb);
    if (!straight) return [];
    if (this.clear(straight[0]!, straight[1]!, s, t)) return straight;
    for (const reach of [this.reach, 4 * this.reach]) {
      const found = this.search(s, t, reach);
      if (found) return this.centred(found, s, t);
      if (found === undefined) break;
    }
    return straight;
  }

  /** Whether a→b passes through no body's box (grown by the clearance) but those of `s` and `t`. */
  private clear(a: Point, b: Point, s: number, t: number): boolean {
    const area = {
      left: Math.min(a.x, b.x),
      top: Math.min(a.y, b.y),
      right: Math.max(a.x, b.x),
      bottom: Math.max(a.y, b.y),
    };
    const rects = this.index.rects;
    return !this.index.some(area, (i) => i !== s && i !== t && crossesRect(a, b, rects[i]!));
  }

  /**
   * A* over the grid of the edges of the boxes (grown by the clearance) within `reach` of the two
   * ends. Null when no route lies within that area, undefined when the area holds too many bodies.
   */
  private search(s: number, t: number, reach: number): Point[] | null | undefined {
    const sb = this.boxes[s]!;
    const tb = this.boxes[t]!;
    const sr = boxRect(sb, ROUTE_CLEARANCE);
    const tr = boxRect(tb, ROUTE_CLEARANCE);
    const area: Rect = {
      left: Math.min(sr.left, tr.left) - reach,
      top: Math.min(sr.top, tr.top) - reach,
      right: Math.max(sr.right, tr.right) + reach,
      bottom: Math.max(sr.bottom, tr.bottom) + reach,
    };
    const within = this.index.within(area, MAX_NEAR_BODIES + 2);
    if (!within) return undefined;
    const near = within.filter((i) => i !== s && i !== t);
    // The ends are obstacles too: a route leaves its source's box once and does not cross it again.
    const obstacles = [sr, tr, ...near.map((i) => this.index.rects[i]!)];
    const clampX = (v: number) => Math.min(area.right, Math.max(area.left, v));
    const clampY = (v: number) => Math.min(area.bottom, Math.max(area.top, v));
    const xs = sortedUnique([
      area.left,
      area.right,
      sb.x,
      tb.x,
      ...obstacles.flatMap((r) => [clampX(r.left), clampX(r.right)]),
    ]);
    const ys = sortedUnique([
      area.top,
      area.bottom,
      sb.y,
      tb.y,
      ...obstacles.flatMap((r) => [clampY(r.top), clampY(r.bottom)]),
    ]);
    const nx = xs.length;
    const ny = ys.length;
    const grid = new Uint8Array(nx * ny);
    // Bits of `grid` for each point: inside a box, and the steps right and down from it cross one.
    const INSIDE = 1;
    const RIGHT_BLOCKED = 2;
    const DOWN_BLOCKED = 4;
    for (const r of obstacles) {
      const i0 = lowerBound(xs, r.left + 1e-9);
      const i1 = lowerBound(xs, r.right) - 1;
      const j0 = lowerBound(ys, r.top + 1e-9);
      const j1 = lowerBound(ys, r.bottom) - 1;
      for (let j = j0; j <= j1; j++) {
        for (let i = Math.max(0, i0 - 1); i <= Math.min(nx - 2, i1); i++) grid[j * nx + i]! |= RIGHT_BLOCKED;
        for (let i = i0; i <= i1; i++) grid[j * nx + i]! |= INSIDE;
      }
      for (let i = i0; i <= i1; i++) {
        for (let j = Math.max(0, j0 - 1); j <= Math.min(ny - 2, j1); j++) grid[j * nx + i]! |= DOWN_BLOCKED;
      }
    }
    // The width of the free channel across each point, between the nearest boxes on either side
    // (infinite where the area ends first): along a column for a vertical step, a row for a
    // horizontal one. Narrow channels cost more, so that lines spread over the wider ones.
    const across = [new Float64Array(nx * ny), new Float64Array(nx * ny)];
    // Rows (their points `step` 1 apart, rows `nx` apart), then columns (points `nx` apart).
    const measureAcross = (columns: boolean) => {
      const [count, size, start, step, coords] = columns ? [nx, ny, 1, nx, ys] : [ny, nx, nx, 1, xs];
      const widths = across[columns ? 1 : 0]!;
      for (let line = 0; line < count; line++) {
        let from = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < size; k++) {
          const n = line * start + k * step;
          if (grid[n]! & INSIDE) from = coords[Math.min(size - 1, k + 1)]!;
          widths[n] = from;
        }
        let to = Number.POSITIVE_INFINITY;
        for (let k = size - 1; k >= 0; k--) {
          const n = line * start + k * step;
          if (grid[n]! & INSIDE) to = coords[Math.max(0, k - 1)]!;
          widths[n] = to - widths[n]!;
        }
      }
    };
    measureAcross(false);
    measureAcross(true);
    const node = (x: number, y: number) => lowerBound(ys, y) * nx + lowerBound(xs, x);
    const stepBlocked = (n: number, dir: number): boolean => {
      const i = n % nx;
      const j = (n - i) / nx;
      if (dir === RIGHT) return i === nx - 1 || (grid[n]! & RIGHT_BLOCKED) !== 0;
      if (dir === LEFT) return i === 0 || (grid[n - 1]! & RIGHT_BLOCKED) !== 0;
      if (dir === DOWN) return j === ny - 1 || (grid[n]! & DOWN_BLOCKED) !== 0;
      return j === 0 || (grid[n - nx]! & DOWN_BLOCKED) !== 0;
    };
    // Where a line may leave or enter a box, the middle of each side, and what that costs: more
    // where a tree link leaves or enters, which the line would run along.
    const ports = (b: RouteBox, r: Rect) =>
      [
        { at: node(b.x, r.top), out: UP },
        { at: node(b.x, r.bottom), out: DOWN },
        { at: node(r.left, b.y), out: LEFT },
        { at: node(r.right, b.y), out: RIGHT },
      ].map((port) => ({ ...port, extra: (b.linked ?? 0) & (1 << port.out) ? BEND_COST : 0 }));

    const states = nx * ny * 4;
    const goal = states;
    const cost = new Float64Array(states + 1).fill(Number.POSITIVE_INFINITY);
    const previous = new Int32Array(states + 1).fill(-1);
    const done = new Uint8Array(states + 1);
    const arrival = new Map<number, { into: number; extra: number }>();
    for (const port of ports(tb, tr)) {
      if (!(grid[port.at]! & INSIDE)) arrival.set(port.at, { into: (port.out + 2) % 4, extra: port.extra });
    }
    const toTarget = (n: number) => {
      const x = xs[n % nx]!;
      const y = ys[Math.floor(n / nx)]!;
      return Math.max(0, tr.left - x, x - tr.right) + Math.max(0, tr.top - y, y - tr.bottom);
    };
    const queue = new FlatQueue<number>();
    for (const port of ports(sb, sr)) {
      if (grid[port.at]! & INSIDE) continue;
      const state = port.at * 4 + port.out;
      cost[state] = port.extra;
      queue.push(state, port.extra + toTarget(port.at));
    }
    while (queue.length > 0) {
      const state = queue.pop()!;
      if (state === goal) break;
      if (done[state]) continue;
      done[state] = 1;
      const n = state >> 2;
      const dir = state & 3;
      const g = cost[state]!;
      const end = arrival.get(n);
      if (end !== undefined) {
        const total = g + end.extra + (end.into === dir ? 0 : BEND_COST);
        if (total < cost[goal]!) {
          cost[goal] = total;
          previous[goal] = state;
          queue.push(goal, total);
        }
      }
      for (let turn = 0; turn < 4; turn++) {
        if (turn === (dir + 2) % 4 || stepBlocked(n, turn)) continue;
        const next = n + STEP_X[turn]! + STEP_Y[turn]! * nx;
        if (grid[next]! & INSIDE) continue;
        const length =
          Math.abs(xs[next % nx]! - xs[n % nx]!) + Math.abs(ys[Math.floor(next / nx)]! - ys[Math.floor(n / nx)]!);
        const nextState = next * 4 + turn;
        // Across a vertical step is a row's width; across a horizontal one, a column's.
        const width = across[turn === UP || turn === DOWN ? 0 : 1]![n]!;
        const narrow = width >= WIDE_CHANNEL ? 1 : 2 - width / WIDE_CHANNEL;
        const nextCost = g + length * narrow + (turn === dir ? 0 : BEND_COST);
        if (nextCost < cost[nextState]!) {
          cost[nextState] = nextCost;
          previous[nextState] = state;
          queue.push(nextState, nextCost + toTarget(next));
        }
      }
    }
    if (previous[goal] === -1) return null;

    const path: Point[] = [];
    for (let state = previous[goal]!; state !== -1; state = previous[state]!) {
      const n = state >> 2;
      path.push({ x: xs[n % nx]!, y: ys[Math.floor(n / nx)]! });
    }
    path.reverse();
    return withoutStraightBends([onBorder(sb, path[0]!), ...path, onBorder(tb, path[path.length - 1]!)]);
  }

  /**
   * The channel an axis-aligned leg a→b runs in: the nearest edges of the boxes (grown by the
   * clearance) on either side of it along its span, within three reaches; infinite where none.
   */
  private channel(a: Point, b: Point): { lo: number; hi: number } {
    const vertical = a.x === b.x;
    const at = vertical ? a.x : a.y;
    const from = vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x);
    const to = vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x);
    const span = 3 * this.reach;
    const band = vertical
      ? { left: at - span, right: at + span, top: from, bottom: to }
      : { left: from, right: to, top: at - span, bottom: at + span };
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    this.index.some(band, (i) => {
      const r = this.index.rects[i]!;
      const [rFrom, rTo, rLo, rHi] = vertical ? [r.top, r.bottom, r.left, r.right] : [r.left, r.right, r.top, r.bottom];
      if (rTo <= from || rFrom >= to) return false;
      if (rHi <= at + 1e-9) lo = Math.max(lo, rHi);
      else if (rLo >= at - 1e-9) hi = Math.min(hi, rLo);
      return false;
    });
    return { lo, hi };
  }

  /**
   * How far the axis-aligned leg a→b can move towards lower and higher coordinates and stay
   * SPREAD_MARGIN from every box:
   * the room spreadRoutes sets lines side by side in.
   */
  room(a: Point, b: Point): Room {
    const at = a.x === b.x ? a.x : a.y;
    const { lo, hi } = this.channel(a, b);
    const spare = ROUTE_CLEARANCE - SPREAD_MARGIN;
    return { down: Math.max(0, at - lo + spare), up: Math.max(0, hi - at + spare) };
  }

  /**
   * The route with each inner leg moved to the middle of the channel it runs in (between the
   * nearest boxes on either side; just past it, see OFF_MIDDLE), as long as the legs it joins
   * stay clear: the search leaves legs along the boxes' grown edges, hugging them.
   */
  private centred(route: Point[], s: number, t: number): Point[] {
    const points = route.map((p) => ({ ...p }));
    for (let k = 1; k + 2 < points.length; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      const vertical = a.x === b.x;
      const at = vertical ? a.x : a.y;
      let { lo, hi } = this.channel(a, b);
      // The legs this one joins keep their directions.
      for (const end of [points[k - 1]!, points[k + 2]!]) {
        const other = vertical ? end.x : end.y;
        if (other < at) lo = Math.max(lo, other);
        else if (other > at) hi = Math.min(hi, other);
      }
      const middle =
        Number.isFinite(lo) && Number.isFinite(hi)
          ? (lo + hi) / 2 + Math.min(OFF_MIDDLE, (hi - lo) / 4)
          : Number.isFinite(lo)
            ? Math.max(at, lo + ROUTE_CLEARANCE)
            : Number.isFinite(hi)
              ? Math.min(at, hi - ROUTE_CLEARANCE)
              : at;
      if (middle === at) continue;
      const moved = (p: Point) => (vertical ? { x: middle, y: p.y } : { x: p.x, y: middle });
      const ma = moved(a);
      const mb = moved(b);
      if (this.clear(points[k - 1]!, ma, s, t) && this.clear(mb, points[k + 2]!, s, t) && this.clear(ma, mb, s, t)) {
        points[k] = ma;
        points[k + 1] = mb;
      }
    }
    return points;
  }
}

/** A router for the bodies of `view` where they are laid out. */
export function routerFor(view: GraphView): LineRouter {
  const linked = new Map<string, number>();
  const mark = (id: string, side: number) => linked.set(id, (linked.get(id) ?? 0) | (1 << side));
  const topDown = view.direction === 'TB';
  // Where the tree links of layer-lines.ts (treeLinkPoints) leave and enter their bodies.
  // EdgeRole.treeLink, spelt out: importing graph-view.ts at run time would move it into a chunk
  // shared with the bundle loaded up front, which then would be two files.
  const treeLink: EdgeRole = 'tree-link';
  for (const edge of view.edges) {
    if (edge.role !== treeLink) continue;
    mark(edge.source, topDown ? DOWN : RIGHT);
    mark(edge.target, edge.stacked === topDown ? LEFT : UP);
  }
  return new LineRouter(
    new Map(view.nodes.map((n) => [n.id, { x: n.x, y: n.y, w: n.width, h: n.height, linked: linked.get(n.id) ?? 0 }])),
  );
}

/** Where a straight leg from `box`'s centre to `p`, on one of its axes, leaves the box. */
function onBorder(box: RouteBox, p: Point): Point {
  if (p.x === box.x) return { x: box.x, y: box.y + (Math.sign(p.y - box.y) * box.h) / 2 };
  return { x: box.x + (Math.sign(p.x - box.x) * box.w) / 2, y: box.y };
}

/** The straight line between two boxes' borders along the line between their centres; null if they overlap. */
function straightBetween(s: RouteBox, t: RouteBox): Point[] | null {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  // The fraction of the centre line inside a box of half-size (hw, hh).
  const inside = (hw: number, hh: number) =>
    Math.min(
      dx === 0 ? Number.POSITIVE_INFINITY : hw / Math.abs(dx),
      dy === 0 ? Number.POSITIVE_INFINITY : hh / Math.abs(dy),
    );
  const from = inside(s.w / 2, s.h / 2);
  const to = inside(t.w / 2, t.h / 2);
  if (from + to >= 1) return null;
  return [
    { x: s.x + dx * from, y: s.y + dy * from },
    { x: t.x - dx * to, y: t.y - dy * to },
  ];
}

/**
 * The routes with their inner legs that share a channel spread apart: legs on one line whose
 * spans overlap are set side by side, LANE_SPACING apart, or closer where `room(a, b)` (how far
 * the leg a→b may move either way; LineRouter.room) is too little for them all, down to
 * MIN_LANE_SPACING; a channel too narrow even for that runs them together, as one trunk. A route's first
 * and last legs stay on its ends' axes. Returns new arrays.
 */
export function spreadRoutes(
  routes: readonly (readonly Point[])[],
  room: (a: Point, b: Point) => Room = () => ({
    down: ROUTE_CLEARANCE - SPREAD_MARGIN,
    up: ROUTE_CLEARANCE - SPREAD_MARGIN,
  }),
): Point[][] {
  const out = routes.map((r) => r.map((p) => ({ ...p })));
  interface Leg {
    route: number;
    k: number;
    vertical: boolean;
    /** Where the leg runs across its channel, and its span along it. */
    at: number;
    from: number;
    to: number;
  }
  const legs: Leg[] = [];
  out.forEach((points, route) => {
    for (let k = 1; k + 2 < points.length; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      const vertical = a.x === b.x;
      if (!vertical && a.y !== b.y) continue;
      const [at, from, to] = vertical
        ? [a.x, Math.min(a.y, b.y), Math.max(a.y, b.y)]
        : [a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)];
      legs.push({ route, k, vertical, at, from, to });
    }
  });
  /** Sets the legs of `group`, which share a channel, side by side around their middle. */
  const spread = (group: Leg[]) => {
    if (group.length < 2) return;
    const middle = group.reduce((sum, leg) => sum + leg.at, 0) / group.length;
    // The room around the middle that every leg of the group has, on each side.
    let down = Number.POSITIVE_INFINITY;
    let up = Number.POSITIVE_INFINITY;
    for (const leg of group) {
      const free = room(out[leg.route]![leg.k]!, out[leg.route]![leg.k + 1]!);
      down = Math.min(down, Math.max(0, free.down + leg.at - middle));
      up = Math.min(up, Math.max(0, free.up + middle - leg.at));
    }
    const fitted = Math.min(LANE_SPACING, (down + up) / (group.length - 1));
    // Lines squeezed closer than this read as a hatched bar: they run as one trunk instead.
    const spacing = fitted < MIN_LANE_SPACING ? 0 : fitted;
    const width = spacing * (group.length - 1);
    // Centred on the middle where there is room, else moved towards the side that has more.
    const first = Math.min(Math.max(middle - width / 2, middle - down), middle + up - width);
    group.sort((a, b) => a.at - b.at || a.route - b.route);
    group.forEach((leg, lane) => {
      const at = first + lane * spacing;
      for (const p of [out[leg.route]![leg.k]!, out[leg.route]![leg.k + 1]!]) {
        if (leg.vertical) p.x = at;
        else p.y = at;
      }
    });
  };
  /** Splits legs that run within LANE_SPACING of each other into groups whose spans overlap. */
  const overlapping = (near: Leg[]) => {
    near.sort((a, b) => a.from - b.from || a.route - b.route);
    let group: Leg[] = [];
    let reach = Number.NEGATIVE_INFINITY;
    for (const leg of near) {
      if (leg.from >= reach) {
        spread(group);
        group = [];
      }
      group.push(leg);
      reach = Math.max(reach, leg.to);
    }
    spread(group);
  };
  for (const vertical of [true, false]) {
    const across = legs.filter((leg) => leg.vertical === vertical).sort((a, b) => a.at - b.at || a.route - b.route);
    let first = 0;
    for (let i = 1; i <= across.length; i++) {
      if (i < across.length && across[i]!.at - across[i - 1]!.at < LANE_SPACING) continue;
      overlapping(across.slice(first, i));
      first = i;
    }
  }
  return out;
}
