import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  boxOf,
  fitBox,
  fitZoom,
  homeView,
  MAX_FRAME_ZOOM,
  READABLE_ZOOM,
  REVEAL_ZOOM,
  revealView,
  SELECTION_ZOOM,
  WHOLE_TREE_ZOOM,
  zoomedBy,
} from '../../src/canvas/viewport.js';

const CYTOSCAPE_ZOOM = { min: 0.05, max: 4 };

describe('fitting a box into the view', () => {
  it('takes the zoom of the tighter side, padding kept on every side', () => {
    // Width allows (400 - 100) / 100 = 3, height (200 - 100) / 50 = 2.
    expect(fitZoom({ x1: 0, y1: 0, w: 100, h: 50 }, { width: 400, height: 200 }, 50)).toBe(2);
  });

  it('centres the box at that zoom', () => {
    const view = fitBox({ x1: 0, y1: 0, w: 100, h: 50 }, { width: 400, height: 200 }, 50, CYTOSCAPE_ZOOM);
    // The box's centre (50, 25) lands on the view's centre (200, 100).
    expect(view).toEqual({ zoom: 2, pan: { x: 100, y: 50 } });
  });

  it('centres a box away from the origin', () => {
    const view = fitBox({ x1: 100, y1: -100, w: 200, h: 100 }, { width: 400, height: 200 }, 0, CYTOSCAPE_ZOOM);
    expect(view).toEqual({ zoom: 2, pan: { x: -200, y: 200 } });
  });

  it('stops at the largest zoom allowed', () => {
    const view = fitBox({ x1: 0, y1: 0, w: 100, h: 50 }, { width: 400, height: 200 }, 50, { min: 0.05, max: 1.25 });
    expect(view).toEqual({ zoom: 1.25, pan: { x: 137.5, y: 68.75 } });
  });

  it('stops at the smallest zoom allowed, the box then overflowing', () => {
    const view = fitBox({ x1: 0, y1: 0, w: 10000, h: 100 }, { width: 400, height: 200 }, 0, CYTOSCAPE_ZOOM);
    expect(view).toEqual({ zoom: 0.05, pan: { x: -50, y: 97.5 } });
  });

  it('keeps to the smallest zoom when the limits cross', () => {
    expect(fitBox({ x1: 0, y1: 0, w: 100, h: 100 }, { width: 100, height: 100 }, 0, { min: 2, max: 1 }).zoom).toBe(2);
  });
});

describe('the starting view', () => {
  const size = { width: 800, height: 600 };

  describe('when the home bodies fit at a readable zoom', () => {
    it('centres them across and puts their top at the top, no closer than MAX_FRAME_ZOOM', () => {
      const view = homeView({ x1: -100, y1: 0, w: 200, h: 100 }, { x: 0, y: 0 }, size, 'TB', 32, 4);
      expect(view).toEqual({ zoom: MAX_FRAME_ZOOM, pan: { x: 400, y: 32 } });
    });

    it('centres them at the zoom that fits them, between the two limits', () => {
      const view = homeView({ x1: 0, y1: 0, w: 450, h: 100 }, { x: 0, y: 0 }, { width: 400, height: 400 }, 'TB', 0, 4);
      expect(view.zoom).toBeCloseTo(400 / 450, 9);
      expect(view.pan.x).toBeCloseTo(0, 9);
    });

    it('centres them when they fit exactly at READABLE_ZOOM, where labels are 10 px', () => {
      const view = homeView(
        { x1: 0, y1: 0, w: 1200, h: 100 },
        { x: 0, y: 0 },
        { width: 1000, height: 400 },
        'LR',
        0,
        4,
      );
      expect(READABLE_ZOOM * 12).toBeCloseTo(10, 9);
      expect(view.zoom).toBeCloseTo(READABLE_ZOOM, 9);
      expect(view.pan.x).toBeCloseTo(0, 9);
    });
  });

  it('shows the whole tree at 9 px labels rather than part of it at 10', () => {
    // 900 wide in 800 less 2 × 32: fits at 0.818, between 9 px (0.75) and 10 px (0.833) labels.
    const view = homeView({ x1: 0, y1: 0, w: 900, h: 100 }, { x: 0, y: 0 }, size, 'TB', 32, 4);
    expect(view.zoom).toBeCloseTo(736 / 900, 9);
    expect(view.zoom).toBeGreaterThanOrEqual(WHOLE_TREE_ZOOM);
    expect(view.zoom).toBeLessThan(READABLE_ZOOM);
  });

  describe('when the home bodies do not fit at a readable zoom', () => {
    it('shows the top middle in a top-down layout, centred across on the head', () => {
      const view = homeView({ x1: -1000, y1: -20, w: 2000, h: 400 }, { x: 10, y: 0 }, size, 'TB', 32, 4);
      // The head's x at the view's centre; the box's top 32 px below the view's top.
      expect(view).toEqual({ zoom: READABLE_ZOOM, pan: { x: 400 - 10 * READABLE_ZOOM, y: 32 + 20 * READABLE_ZOOM } });
    });

    it('shows the left middle in a left-right layout, centred down on the head', () => {
      const view = homeView({ x1: -20, y1: -1000, w: 400, h: 2000 }, { x: 0, y: 10 }, size, 'LR', 32, 4);
      expect(view).toEqual({ zoom: READABLE_ZOOM, pan: { x: 32 + 20 * READABLE_ZOOM, y: 300 - 10 * READABLE_ZOOM } });
    });
  });

  it('never goes closer than the largest zoom allowed, even below READABLE_ZOOM', () => {
    const view = homeView({ x1: 0, y1: 0, w: 100, h: 100 }, { x: 50, y: 0 }, size, 'TB', 32, 0.5);
    expect(view).toEqual({ zoom: 0.5, pan: { x: 375, y: 32 } });
  });
});

describe('bringing a body into view with its context', () => {
  const size = { width: 800, height: 600 };

  it('frames them together at SELECTION_ZOOM, whatever the zoom before, when they fit at a readable zoom', () => {
    for (const zoom of [0.3, 3]) {
      const how = revealView({ x1: 0, y1: 0, w: 400, h: 200 }, size, 40, zoom, CYTOSCAPE_ZOOM);
      expect(how).toEqual({ kind: 'frame', view: { zoom: SELECTION_ZOOM, pan: { x: 200, y: 200 } } });
    }
  });

  it('frames them at the zoom that fits them when that is between the two', () => {
    // (800 - 80) / 800 = 0.9
    const how = revealView({ x1: 0, y1: 0, w: 800, h: 100 }, size, 40, 3, CYTOSCAPE_ZOOM);
    expect(how).toEqual({ kind: 'frame', view: { zoom: 0.9, pan: { x: 40, y: 255 } } });
  });

  it('centres the body alone, zoomed in to REVEAL_ZOOM, when they do not fit', () => {
    const how = revealView({ x1: 0, y1: 0, w: 2000, h: 100 }, size, 40, 0.3, CYTOSCAPE_ZOOM);
    expect(how).toEqual({ kind: 'centre', zoom: REVEAL_ZOOM });
  });

  it('centres the body alone at the current zoom when that is closer', () => {
    expect(revealView({ x1: 0, y1: 0, w: 2000, h: 100 }, size, 40, 2, CYTOSCAPE_ZOOM)).toEqual({
      kind: 'centre',
      zoom: 2,
    });
  });
});

describe('the box of element definitions', () => {
  const elements: ElementDefinition[] = [
    { group: 'nodes', data: { id: 'a', width: 100, height: 40 }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b', width: 50, height: 20 }, position: { x: 200, y: 100 } },
    { group: 'nodes', data: { id: 'far', width: 10, height: 10 }, position: { x: 1000, y: 1000 } },
    { group: 'nodes', data: { id: 'dot' }, position: { x: 5, y: 7 } },
    { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
  ];

  it('spans the named nodes, each with its size, and no others', () => {
    expect(boxOf(elements, ['a', 'b', 'a-b'])).toEqual({ x1: -50, y1: -20, w: 275, h: 130 });
  });

  it('is at least 1 wide and high, for a node with no size', () => {
    expect(boxOf(elements, ['dot'])).toEqual({ x1: 5, y1: 7, w: 1, h: 1 });
  });

  it('starts at infinity when no named node is there', () => {
    expect(boxOf(elements, ['missing'])).toEqual({
      x1: Number.POSITIVE_INFINITY,
      y1: Number.POSITIVE_INFINITY,
      w: 1,
      h: 1,
    });
  });
});

describe('zooming by a factor', () => {
  it('multiplies the zoom', () => {
    expect(zoomedBy(1, 1.25, CYTOSCAPE_ZOOM)).toBe(1.25);
    expect(zoomedBy(1, 0.8, CYTOSCAPE_ZOOM)).toBe(0.8);
  });

  it('stops at the limits', () => {
    expect(zoomedBy(3.5, 1.25, CYTOSCAPE_ZOOM)).toBe(4);
    expect(zoomedBy(0.06, 0.8, CYTOSCAPE_ZOOM)).toBe(0.05);
  });
});
