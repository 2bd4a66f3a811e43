import { describe, expect, it } from 'vitest';
import { freeStart, uncutView } from '../../src/canvas/uncut-view.js';
import type { Box, Size, Viewport } from '../../src/canvas/viewport.js';

/** The bodies a view cuts: those partly, not wholly, inside it. */
function cut(view: Viewport, size: Size, bodies: readonly Box[]): Box[] {
  const x1 = -view.pan.x / view.zoom;
  const y1 = -view.pan.y / view.zoom;
  const x2 = x1 + size.width / view.zoom;
  const y2 = y1 + size.height / view.zoom;
  return bodies.filter((b) => {
    const meets = b.x1 < x2 && b.x1 + b.w > x1 && b.y1 < y2 && b.y1 + b.h > y1;
    const inside = b.x1 >= x1 && b.x1 + b.w <= x2 && b.y1 >= y1 && b.y1 + b.h <= y2;
    return meets && !inside;
  });
}

/** Rows of 100 × 40 bodies, 20 apart across and 30 apart down, from the origin. */
function grid(columns: number, rows: number): Box[] {
  const boxes: Box[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) boxes.push({ x1: c * 120, y1: r * 70, w: 100, h: 40 });
  }
  return boxes;
}

describe('freeStart', () => {
  it('keeps the wanted start when neither edge falls inside a span', () => {
    expect(freeStart([[10, 20]], 50, 0, 100, 25)).toBe(25);
  });

  it('moves to the nearest start whose two edges are free', () => {
    // Start inside (10, 20) is out, and so is an end inside it: starts in (-40, -30).
    expect(freeStart([[10, 20]], 50, -100, 100, 12)).toBe(10);
    expect(freeStart([[10, 20]], 50, -100, 100, 17)).toBe(20);
    expect(freeStart([[10, 20]], 50, -100, 100, -33)).toBe(-30);
  });

  it('says so when the range has no free start', () => {
    expect(freeStart([[0, 100]], 10, 10, 50, 20)).toBeNull();
    expect(freeStart([], 10, 5, 1, 3)).toBeNull();
  });
});

describe('uncutView', () => {
  const size = { width: 500, height: 300 };

  it('leaves a view that cuts nothing as it is', () => {
    const view = { zoom: 1, pan: { x: 10, y: 10 } };
    expect(uncutView(view, size, grid(3, 2), { x1: 0, y1: 0, w: 340, h: 110 }, { min: 1, max: 1 })).toEqual(view);
  });

  it('moves a view whose edges run through bodies to the gaps, keeping what it was for in view', () => {
    const bodies = grid(10, 10);
    const view = { zoom: 1, pan: { x: -50, y: -20 } };
    expect(cut(view, size, bodies).length).toBeGreaterThan(0);
    const keep = { x1: 120, y1: 70, w: 220, h: 110 };
    const moved = uncutView(view, size, bodies, keep, { min: 1, max: 1 });
    expect(cut(moved, size, bodies)).toEqual([]);
    expect(moved.zoom).toBe(1);
    // `keep` is still wholly in view.
    expect(cut(moved, size, [keep])).toEqual([]);
    expect(-moved.pan.x).toBeLessThanOrEqual(keep.x1);
    expect(-moved.pan.y).toBeLessThanOrEqual(keep.y1);
  });

  it('zooms out a little when no move would do, never below the least zoom given', () => {
    // Bodies 80 wide every 100: at zoom 1 a view 550 wide ends in a body wherever it starts in a gap.
    const wide = { width: 550, height: 300 };
    const bodies = Array.from({ length: 40 }, (_, i) => ({ x1: i * 100, y1: 0, w: 80, h: 40 }));
    const view = { zoom: 1, pan: { x: -1000, y: 50 } };
    expect(cut(view, wide, bodies).length).toBeGreaterThan(0);
    const moved = uncutView(view, wide, bodies, { x1: 1100, y1: 0, w: 80, h: 40 }, { min: 0.8, max: 1 });
    expect(moved.zoom).toBeLessThan(1);
    expect(moved.zoom).toBeGreaterThanOrEqual(0.8);
    expect(cut(moved, wide, bodies)).toEqual([]);
  });

  it('zooms in a little when what it keeps overflows it and no move or zoom out would do', () => {
    // Bodies 100 wide every 120, wider than the view: it may only come closer.
    const bodies = Array.from({ length: 20 }, (_, i) => ({ x1: i * 120, y1: 0, w: 100, h: 40 }));
    const narrow = { width: 300, height: 300 };
    const view = { zoom: 1, pan: { x: -1030, y: 100 } };
    const moved = uncutView(view, narrow, bodies, { x1: 0, y1: 0, w: 2380, h: 40 }, { min: 1, max: 1.25 });
    expect(moved.zoom).toBeGreaterThan(1);
    expect(cut(moved, narrow, bodies)).toEqual([]);
  });

  it('keeps the view when no zoom within the limits avoids a cut', () => {
    const bodies = [{ x1: -1000, y1: -1000, w: 3000, h: 3000 }];
    const view = { zoom: 1, pan: { x: 0, y: 0 } };
    expect(uncutView(view, size, bodies, { x1: 0, y1: 0, w: 10, h: 10 }, { min: 0.9, max: 1.1 })).toEqual(view);
  });
});
