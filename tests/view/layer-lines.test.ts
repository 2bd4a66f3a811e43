import { describe, expect, it } from 'vitest';
import { toCytoscapeElements } from '../../src/view/cytoscape-elements.js';
import { edgeKey, nodeKey } from '../../src/view/element-key.js';
import { buildGraphView, EdgeRole } from '../../src/view/graph-view.js';
import { selectionHighlight } from '../../src/view/highlight.js';
import { HighlightState } from '../../src/view/highlight-state.js';
import {
  type Box,
  laneHeadingPaint,
  layerLinePaint,
  layerLinesOf,
  straightLinePoints,
  treeLinkPoints,
} from '../../src/view/layer-lines.js';
import { resolveNodeOpacity } from '../../src/view/paint.js';
import { LIGHT_THEME } from '../../src/view/theme.js';
import { HUB_RELATIONS } from '../../src/view/thresholds.js';
import { graphOf, measure } from './fixtures.js';

const options = { direction: 'TB', hiddenKinds: new Set<string>(), hiddenTypes: new Set<string>(), measure } as const;

/** A board over a hub, and `partners` bodies that each cooperate with the hub. */
function hubView(partners: number) {
  const ids = Array.from({ length: partners }, (_, i) => `p${i}`);
  return buildGraphView(
    graphOf(
      [{ id: 'board' }, { id: 'hub' }, ...ids.map((id) => ({ id, kind: 'organisation' }))],
      [
        { source: 'board', target: 'hub', type: 'oversees' },
        ...ids.map((id) => ({ source: 'hub', target: id, type: 'cooperates-with' })),
      ],
    ),
    options,
  );
}

describe('a hub’s lines', () => {
  it('stay Cytoscape edges up to HUB_RELATIONS lines on one body', () => {
    const view = hubView(HUB_RELATIONS);
    expect(view.edges.filter((e) => e.bundled)).toEqual([]);
    expect(layerLinesOf(view).map((e) => e.role)).toEqual([EdgeRole.treeLink]);
  });

  it('above it are drawn on the line layer, straight, and left out of Cytoscape', () => {
    const view = hubView(HUB_RELATIONS + 1);
    const relations = view.edges.filter((e) => e.role === EdgeRole.relation);
    expect(relations.every((e) => e.bundled)).toBe(true);
    expect(layerLinesOf(view)).toHaveLength(HUB_RELATIONS + 2);
    const cytoscapeEdges = toCytoscapeElements(view).filter((e) => e.group === 'edges');
    expect(cytoscapeEdges).toEqual([]);
  });

  it('are solid, and receding until the hub is selected, then bright', () => {
    const view = hubView(HUB_RELATIONS + 1);
    const line = view.edges.find((e) => e.bundled)!;
    const plain = layerLinePaint(line, [], LIGHT_THEME);
    expect(plain.dash).toBeNull();
    const highlight = selectionHighlight(view, 'hub');
    const states = highlight.get(edgeKey(line.id)) ?? [];
    expect(states).toEqual(['related']);
    const lit = layerLinePaint(line, states, LIGHT_THEME);
    expect(lit.dash).toBeNull();
    expect(lit.opacity).toBeGreaterThan(plain.opacity);
    // Not a large view: the far ends are marked, so that dimming spares them.
    expect(highlight.get(nodeKey(line.target))).toEqual(['related']);
  });
});

describe('straightLinePoints', () => {
  const box = (x: number, y: number, shape: NonNullable<Box['shape']>, w = 100, h = 40): Box => ({
    x,
    y,
    w,
    h,
    border: 0,
    shape,
  });

  it('ends on the borders of rectangles, along the line between the centres', () => {
    expect(straightLinePoints(box(0, 0, 'rectangle'), box(300, 0, 'rectangle'))).toEqual([
      { x: 50, y: 0 },
      { x: 250, y: 0 },
    ]);
    const [from, to] = straightLinePoints(box(0, 0, 'round-rectangle'), box(0, 200, 'rectangle'));
    expect([from, to]).toEqual([
      { x: 0, y: 20 },
      { x: 0, y: 180 },
    ]);
  });

  it('ends on an ellipse’s curve and a hexagon’s sides, the border’s outer edge included', () => {
    const [a, b] = straightLinePoints(
      { ...box(0, 0, 'ellipse'), border: 2 },
      { ...box(200, 200, 'hexagon'), border: 2 },
    );
    // On the ellipse of half-axes 51 and 21: (x/51)² + (y/21)² = 1.
    expect((a!.x / 51) ** 2 + (a!.y / 21) ** 2).toBeCloseTo(1, 9);
    expect(a!.x).toBeCloseTo(a!.y, 9);
    // Towards the upper left, the line leaves the hexagon (corners (±25.5, ±21) and (±51, 0)
    // around its centre) through its top side, y = -21.
    expect(b!.x - 200).toBeCloseTo(-21, 9);
    expect(b!.y - 200).toBeCloseTo(-21, 9);
    const [c] = straightLinePoints({ ...box(0, 0, 'hexagon'), border: 2 }, box(-400, -100, 'rectangle'));
    // Towards (-4, -1) it leaves through the side from (-51, 0) to (-25.5, -21): y = -21·(x + 51)/-25.5.
    expect(c!.y).toBeCloseTo(c!.x / 4, 9);
    expect(c!.y).toBeCloseTo((21 * (c!.x + 51)) / -25.5, 9);
  });

  it('gives a line of no length between bodies that overlap', () => {
    const [a, b] = straightLinePoints(box(0, 0, 'rectangle'), box(30, 0, 'rectangle'));
    expect(a).toEqual(b);
  });
});

describe('treeLinkPoints to a body in a block', () => {
  const box = (x: number, y: number): Box => ({ x, y, w: 100, h: 40, border: 0 });

  it('runs down from the superior to the bus, along it to the column, down the column and into the body', () => {
    // The column's line 24 before the body's left side; the bus 14 below the superior.
    expect(treeLinkPoints('TB', true, box(0, 0), box(200, 300))).toEqual([
      { x: 0, y: 20 },
      { x: 0, y: 34 },
      { x: 126, y: 34 },
      { x: 126, y: 300 },
      { x: 150, y: 300 },
    ]);
    expect(treeLinkPoints('LR', true, box(0, 0), box(300, 200))).toEqual([
      { x: 50, y: 0 },
      { x: 64, y: 0 },
      { x: 64, y: 156 },
      { x: 300, y: 156 },
      { x: 300, y: 180 },
    ]);
  });

  it('of one column runs straight down the superior’s centre line, without a bus', () => {
    expect(treeLinkPoints('TB', true, box(0, 0), box(74, 300))).toEqual([
      { x: 0, y: 20 },
      { x: 0, y: 300 },
      { x: 24, y: 300 },
    ]);
  });
});

describe('laneHeadingPaint', () => {
  it('writes headings at full strength, and dims them as the bodies when a selection dims the rest', () => {
    expect(laneHeadingPaint(LIGHT_THEME, new Map()).opacity).toBe(1);
    expect(laneHeadingPaint(LIGHT_THEME, new Map([['n:a', [HighlightState.selected]]])).opacity).toBe(1);
    const dimmed = laneHeadingPaint(LIGHT_THEME, new Map([['n:b', [HighlightState.dimmed]]]));
    expect(dimmed.opacity).toBe(resolveNodeOpacity([HighlightState.dimmed]));
    expect(dimmed.opacity).toBeLessThan(0.5);
  });
});

describe('tree links to subordinates of different heights', () => {
  it('share one crossbar under their superior, top-down and left-right', () => {
    const superior: Box = { x: 0, y: 0, w: 176, h: 40, border: 1.5 };
    const short: Box = { x: -100, y: 140, w: 176, h: 40, border: 1.5 };
    const tall: Box = { x: 100, y: 140, w: 176, h: 78, border: 1.5 };
    const [a, b] = [treeLinkPoints('TB', false, superior, short), treeLinkPoints('TB', false, superior, tall)];
    expect(a[1]!.y).toBe(b[1]!.y);
    expect(a[1]!.y).toBeLessThan(tall.y - tall.h / 2);
    const wide: Box = { x: 300, y: 100, w: 176, h: 40, border: 1.5 };
    const [c, d] = [
      treeLinkPoints('LR', false, superior, { ...wide, w: 120 }),
      treeLinkPoints('LR', false, superior, { ...wide, y: -100 }),
    ];
    expect(c[1]!.x).toBe(d[1]!.x);
  });
});
