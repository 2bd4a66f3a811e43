import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/view/arrow-head.js';
import { boxRect, type RouteBox } from '../../src/view/box-index.js';
import { segmentsOf } from '../../src/view/cytoscape-routes.js';
import { crossesRect, LineRouter, ROUTE_CLEARANCE, spreadRoutes } from '../../src/view/route-lines.js';

/** Boxes of an org chart's sizes in rows and columns, each jittered within its cell and some cells empty. */
const layouts = fc
  .record({
    columns: fc.integer({ min: 2, max: 7 }),
    rows: fc.integer({ min: 2, max: 6 }),
    jitter: fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -20, max: 20 })), {
      minLength: 42,
      maxLength: 42,
    }),
    heights: fc.array(fc.constantFrom(40, 48, 63), { minLength: 42, maxLength: 42 }),
  })
  .map(({ columns, rows, jitter, heights }) => {
    const boxes = new Map<string, RouteBox>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const k = r * columns + c;
        const [present, dx, dy] = jitter[k]!;
        // Cells 260 × 150 apart leave channels of at least 24 px between boxes of 176 × 63 at most.
        if (present || k < 2) boxes.set(`b${k}`, { x: c * 260 + dx, y: r * 150 + dy, w: 176, h: heights[k]! });
      }
    }
    return boxes;
  });

/** Whether `p` lies on the outline of `box`, to within a hundredth of a pixel. */
function onOutline(p: Point, box: RouteBox): boolean {
  const r = boxRect(box);
  const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
  const withinX = p.x >= r.left - 0.01 && p.x <= r.right + 0.01;
  const withinY = p.y >= r.top - 0.01 && p.y <= r.bottom + 0.01;
  return (
    ((near(p.x, r.left) || near(p.x, r.right)) && withinY) || ((near(p.y, r.top) || near(p.y, r.bottom)) && withinX)
  );
}

function allPairs(ids: string[]): [string, string][] {
  return ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as [string, string]));
}

describe('LineRouter', () => {
  it('routes every line of a random layout clear of every other box, by at least the clearance less a pixel', () => {
    fc.assert(
      fc.property(layouts, (boxes) => {
        const router = new LineRouter(boxes);
        for (const [source, target] of allPairs([...boxes.keys()])) {
          const route = router.route(source, target);
          expect(route.length).toBeGreaterThanOrEqual(2);
          for (const [id, box] of boxes) {
            if (id === source || id === target) continue;
            const grown = boxRect(box, ROUTE_CLEARANCE - 1);
            for (let i = 0; i + 1 < route.length; i++) {
              expect(crossesRect(route[i]!, route[i + 1]!, grown), `${source} → ${target} passes ${id}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('starts each route on its source’s border and ends it on its target’s, and bends only at right angles', () => {
    fc.assert(
      fc.property(layouts, (boxes) => {
        const router = new LineRouter(boxes);
        for (const [source, target] of allPairs([...boxes.keys()])) {
          const route = router.route(source, target);
          expect(onOutline(route[0]!, boxes.get(source)!)).toBe(true);
          expect(onOutline(route[route.length - 1]!, boxes.get(target)!)).toBe(true);
          if (route.length === 2) continue;
          for (let i = 0; i + 1 < route.length; i++) {
            const [a, b] = [route[i]!, route[i + 1]!];
            expect(a.x === b.x || a.y === b.y, `${source} → ${target} leg ${i}`).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a line straight when nothing stands between its ends', () => {
    const boxes = new Map<string, RouteBox>([
      ['a', { x: 0, y: 0, w: 176, h: 48 }],
      ['b', { x: 400, y: 300, w: 176, h: 48 }],
      ['aside', { x: 400, y: 0, w: 176, h: 48 }],
    ]);
    expect(new LineRouter(boxes).route('a', 'b')).toEqual([
      { x: 32, y: 24 },
      { x: 368, y: 276 },
    ]);
  });

  it('goes round a body between the two ends, through the channel beside it', () => {
    const boxes = new Map<string, RouteBox>([
      ['a', { x: 0, y: 0, w: 176, h: 48 }],
      ['between', { x: 260, y: 0, w: 176, h: 48 }],
      ['b', { x: 520, y: 0, w: 176, h: 48 }],
      ['below', { x: 260, y: 150, w: 176, h: 48 }],
    ]);
    const route = new LineRouter(boxes).route('a', 'b');
    expect(route.length).toBeGreaterThan(2);
    // It passes the middle body over its top, twice the clearance away, or between it and the
    // body below, just past halfway (where a tree link's crossbar would run).
    const passing = route.slice(1).filter((b, i) => {
      const a = route[i]!;
      return a.y === b.y && Math.min(a.x, b.x) < 260 && Math.max(a.x, b.x) > 260;
    });
    expect(passing).toHaveLength(1);
    expect([-24 - ROUTE_CLEARANCE * 2, 83]).toContain(passing[0]!.y);
  });

  it('leaves a body by another side than the one its tree links leave by', () => {
    const route = (linked: number) =>
      new LineRouter(
        new Map<string, RouteBox>([
          ['a', { x: 0, y: 0, w: 176, h: 48, linked }],
          ['blocker', { x: 150, y: 150, w: 176, h: 48 }],
          ['b', { x: 300, y: 300, w: 176, h: 48 }],
        ]),
      ).route('a', 'b');
    // Bit 2 is the bottom, bit 1 the right side.
    const downFirst = (points: readonly Point[]) => points[0]!.x === points[1]!.x;
    expect(downFirst(route(2))).toBe(false);
    expect(downFirst(route(1))).toBe(true);
  });

  it('gives the same routes for the same boxes, whatever the order of the lines asked for', () => {
    fc.assert(
      fc.property(layouts, fc.integer({ min: 0, max: 1000 }), (boxes, seed) => {
        const pairs = allPairs([...boxes.keys()]);
        const shuffled = [...pairs].sort((a, b) => ((a.join().length * seed) % 7) - ((b.join().length * seed) % 7));
        const first = new LineRouter(boxes);
        const second = new LineRouter(new Map(boxes));
        const routes = new Map(pairs.map((p) => [p.join(), first.route(...p)]));
        for (const p of shuffled) expect(second.route(...p)).toEqual(routes.get(p.join()));
      }),
      { numRuns: 20 },
    );
  });
});

describe('spreadRoutes', () => {
  it('sets inner legs that share a channel side by side, and leaves the first and last legs on their axes', () => {
    const route = [
      { x: 0, y: 24 },
      { x: 0, y: 75 },
      { x: 520, y: 75 },
      { x: 520, y: 126 },
    ];
    const [one, two, three] = spreadRoutes([route, route, route], () => ({ down: 100, up: 100 }));
    expect([one![1]!.y, two![1]!.y, three![1]!.y]).toEqual([69, 75, 81]);
    expect(one![2]!.y).toBe(one![1]!.y);
    for (const spread of [one!, two!, three!]) {
      expect(spread[0]).toEqual(route[0]);
      expect(spread[3]).toEqual(route[3]);
      expect(spread[1]!.x).toBe(0);
      expect(spread[2]!.x).toBe(520);
    }
  });

  it('sets apart legs that run a pixel or two from each other, not only those on one line', () => {
    const route = (y: number) => [
      { x: 0, y: 24 },
      { x: 0, y },
      { x: 520, y },
      { x: 520, y: 126 },
    ];
    const [one, two] = spreadRoutes([route(75), route(77)]);
    expect([one![1]!.y, two![1]!.y]).toEqual([73, 79]);
  });

  it('sets legs closer where the channel has less room than the spacing needs', () => {
    const route = [
      { x: 0, y: 24 },
      { x: 0, y: 75 },
      { x: 520, y: 75 },
      { x: 520, y: 126 },
    ];
    const spread = spreadRoutes([route, route, route], () => ({ down: 3, up: 3 }));
    expect(spread.map((r) => r[1]!.y)).toEqual([72, 75, 78]);
    // With room on one side only, they are set side by side on that side.
    const aside = spreadRoutes([route, route, route], () => ({ down: 0, up: 40 }));
    expect(aside.map((r) => r[1]!.y)).toEqual([75, 81, 87]);
  });

  it('runs lines together as one trunk where the channel is too narrow to set them 3 px apart', () => {
    const route = [
      { x: 0, y: 24 },
      { x: 0, y: 75 },
      { x: 520, y: 75 },
      { x: 520, y: 126 },
    ];
    // Ten lines in 6 px of room would be 0.67 px apart: a hatched bar.
    const squeezed = spreadRoutes(
      Array.from({ length: 10 }, () => route),
      () => ({ down: 3, up: 3 }),
    );
    expect(new Set(squeezed.map((r) => r[1]!.y))).toEqual(new Set([75]));
  });

  it('leaves legs on one line whose spans do not overlap where they are', () => {
    const left = [
      { x: 0, y: 24 },
      { x: 0, y: 75 },
      { x: 100, y: 75 },
      { x: 100, y: 126 },
    ];
    const right = left.map((p) => ({ x: p.x + 300, y: p.y }));
    expect(spreadRoutes([left, right])).toEqual([left, right]);
  });
});

describe('segmentsOf', () => {
  it('gives each bend as a weight along the line between the centres and a distance aside, as Cytoscape reads them', () => {
    const source = { x: 10, y: 20 };
    const target = { x: 310, y: 420 };
    const route = [
      { x: 10, y: 44 },
      { x: 10, y: 100 },
      { x: 310, y: 100 },
      { x: 310, y: 396 },
    ];
    const segments = segmentsOf(route, source, target)!;
    // Cytoscape's segment point: the point at the weight along source → target, moved by the
    // distance along (−dy, dx) / length.
    const length = Math.hypot(300, 400);
    const rebuilt = segments.segmentWeights.map((w, i) => {
      const d = segments.segmentDistances[i]!;
      return { x: source.x + 300 * w + (-400 / length) * d, y: source.y + 400 * w + (300 / length) * d };
    });
    rebuilt.forEach((p, i) => {
      expect(p.x).toBeCloseTo(route[i + 1]!.x, 1);
      expect(p.y).toBeCloseTo(route[i + 1]!.y, 1);
    });
  });

  it('gives a straight route one point in its middle, moved aside by the offset', () => {
    const segments = segmentsOf(
      [
        { x: 0, y: 24 },
        { x: 0, y: 176 },
      ],
      { x: 0, y: 0 },
      { x: 0, y: 200 },
      14,
    );
    expect(segments).toEqual({ segmentWeights: [0.5], segmentDistances: [14] });
  });
});
