/**
 * The bodies' boxes in a uniform grid of square cells, for finding the boxes near a line without
 * looking at every body.
 *
 * Written here rather than taken from a spatial-index package (flatbush, rbush): the widget's
 * bundle is held under its size target to a few hundred bytes, an R-tree costs about 2 kB gzip,
 * and a grid suits bodies that are all about one size, which an org chart's are.
 */

/** An axis-aligned rectangle in model pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A body's box: centre and size, in model pixels. */
export interface RouteBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /**
   * The sides whose middles a tree link leaves or enters, as bits: 1 right, 2 bottom, 4 left,
   * 8 top (route-lines.ts keeps lines from starting there).
   */
  linked?: number;
}

export function boxRect(box: RouteBox, margin = 0): Rect {
  return {
    left: box.x - box.w / 2 - margin,
    top: box.y - box.h / 2 - margin,
    right: box.x + box.w / 2 + margin,
    bottom: box.y + box.h / 2 + margin,
  };
}

/** Cells along one axis beyond which keys would collide (2^21 each way of the origin). */
const SPAN = 2 ** 21;

export class BoxIndex {
  readonly rects: readonly Rect[];
  private readonly cell: number;
  private readonly cells = new Map<number, number[]>();
  /** The query each box was last reported to, so that a box in several cells is reported once. */
  private readonly seen: Uint32Array;
  private query = 0;

  /** Indexes `boxes` (by their position in the array) grown by `margin` on every side. */
  constructor(boxes: readonly RouteBox[], margin: number) {
    this.rects = boxes.map((b) => boxRect(b, margin));
    this.seen = new Uint32Array(boxes.length);
    let largest = 1;
    for (const b of boxes) largest = Math.max(largest, b.w + 2 * margin, b.h + 2 * margin);
    // A box spans at most 2 × 2 cells, so a query visits few lists per box it can return.
    this.cell = largest;
    this.rects.forEach((r, i) => {
      this.forCells(r, false, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
        return false;
      });
    });
  }

  /**
   * Calls `visit` once with the index of each box whose rectangle meets `area` (edges touching
   * count), until `visit` returns true; returns whether one did.
   */
  some(area: Rect, visit: (index: number) => boolean): boolean {
    const stamp = ++this.query;
    return this.forCells(area, true, (key) => {
      const list = this.cells.get(key);
      if (!list) return false;
      for (const i of list) {
        if (this.seen[i] === stamp) continue;
        this.seen[i] = stamp;
        const r = this.rects[i]!;
        if (r.left <= area.right && r.right >= area.left && r.top <= area.bottom && r.bottom >= area.top && visit(i)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * The indices of the boxes whose rectangles meet `area`, in increasing order; null as soon as
   * there are more than `limit`.
   */
  within(area: Rect, limit = Number.POSITIVE_INFINITY): number[] | null {
    const found: number[] = [];
    const over = this.some(area, (i) => found.push(i) > limit);
    return over ? null : found.sort((a, b) => a - b);
  }

  /** Visits the keys of the cells `area` meets; with `filled`, only those that hold a box. */
  private forCells(area: Rect, filled: boolean, visit: (key: number) => boolean): boolean {
    const clamp = (v: number) => Math.max(-SPAN, Math.min(SPAN - 1, Math.floor(v / this.cell)));
    const x0 = clamp(area.left);
    const x1 = clamp(area.right);
    const y0 = clamp(area.top);
    const y1 = clamp(area.bottom);
    // An area far larger than the drawing visits the cells there are, not the cells it spans.
    if (filled && (x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size * 4) {
      for (const key of this.cells.keys()) {
        const cx = Math.floor(key / (2 * SPAN)) - SPAN;
        const cy = (key % (2 * SPAN)) - SPAN;
        if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 && visit(key)) return true;
      }
      return false;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) if (visit((cx + SPAN) * 2 * SPAN + (cy + SPAN))) return true;
    }
    return false;
  }
}
