import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { contains, DrawIndex, grown } from '../../src/canvas/draw-window.js';

const body = (id: string, x: number, y: number): ElementDefinition => ({
  group: 'nodes',
  data: { id, width: 100, height: 40 },
  position: { x, y },
});
const line = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
});

describe('the window of a drawing held in part', () => {
  // a and b side by side, c far below a, d far below and to the right.
  const index = new DrawIndex([
    body('a', 0, 0),
    body('b', 1000, 0),
    body('c', 0, 2000),
    body('d', 5000, 5000),
    line('a-c', 'a', 'c'),
    line('c-d', 'c', 'd'),
    line('a-nobody', 'a', 'nobody'),
  ]);

  it('holds the bodies whose boxes meet the view, edges touching included', () => {
    expect([...index.within({ x1: 940, y1: -10, x2: 1060, y2: 10 })].sort()).toEqual(['b']);
    // b's box reaches 50 either side of its centre.
    expect([...index.within({ x1: 1050, y1: 0, x2: 1100, y2: 10 })]).toEqual(['b']);
    expect([...index.within({ x1: 1051, y1: 0, x2: 1100, y2: 10 })]).toEqual([]);
  });

  it('holds a line crossing the view though neither of its bodies is in it, with both its bodies', () => {
    expect([...index.within({ x1: -10, y1: 900, x2: 10, y2: 1000 })].sort()).toEqual(['a', 'a-c', 'c']);
  });

  it('holds a line to a body that is not there with its other end, for Cytoscape to refuse and report', () => {
    expect([...index.within({ x1: -10, y1: -10, x2: 10, y2: 10 })].sort()).toEqual(['a', 'a-c', 'a-nobody', 'c']);
  });

  it('counts its bodies and lines', () => {
    expect(index.size).toBe(7);
  });

  it('grows a view by a share of its size on each side, and knows when one box holds another', () => {
    const view = { x1: 0, y1: 0, x2: 100, y2: 50 };
    expect(grown(view, 0.5)).toEqual({ x1: -50, y1: -25, x2: 150, y2: 75 });
    expect(contains(grown(view, 0.5), view)).toBe(true);
    expect(contains(view, grown(view, 0.5))).toBe(false);
    expect(contains(view, { x1: 10, y1: 10, x2: 101, y2: 20 })).toBe(false);
  });
});
