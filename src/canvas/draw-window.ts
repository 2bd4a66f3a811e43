import type { ElementDefinition } from 'cytoscape';

/*
 * Drawing only what is near the view. Cytoscape styles, measures and keeps every element it holds
 * (the first frame of 10,000 bodies cost it about a second in Chromium on a 2-core machine, and
 * each later frame a pass over all of them), while a reader at a readable zoom sees a hundred or
 * two. Large drawings therefore hold the elements in and around the view, and gain the rest as
 * the view moves (element-sync.ts). No Cytoscape extension does this, and the layout has already
 * placed every body, so the window is a box query over the laid-out definitions.
 */

/** An axis-aligned box in model coordinates, as Cytoscape's extent. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * How far the window reaches past the view on each side, as a fraction of the view's width and
 * height: a drag of half a view shows bodies already drawn, while the next are being added.
 */
export const WINDOW_MARGIN = 0.5;
/**
 * How far past the view drawn elements are kept before they are taken out again, as a fraction
 * of the view's size on each side: wider than WINDOW_MARGIN, so that panning to and fro does not
 * add and remove the same bodies.
 */
export const KEEP_MARGIN = 1.5;

/**
 * A body's box from its definition: its position and the laid-out `width` and `height` in its
 * data (the origin and no size when they are missing).
 */
export function bodyExtent(def: ElementDefinition): Extent {
  const { x, y } = def.position ?? { x: 0, y: 0 };
  const w = Number(def.data.width) / 2 || 0;
  const h = Number(def.data.height) / 2 || 0;
  return { x1: x - w, y1: y - h, x2: x + w, y2: y + h };
}

/** `extent` grown by `fraction` of its width and height on each side. */
export function grown(extent: Extent, fraction: number): Extent {
  const dx = (extent.x2 - extent.x1) * fraction;
  const dy = (extent.y2 - extent.y1) * fraction;
  return { x1: extent.x1 - dx, y1: extent.y1 - dy, x2: extent.x2 + dx, y2: extent.y2 + dy };
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Extent, inner: Extent): boolean {
  return inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2;
}

/**
 * The laid-out element definitions of one drawing, indexed for box queries: each body's box (its
 * position and the laid-out `width` and `height` in its data) and each line's ends.
 *
 * A linear scan over typed arrays: 50,000 boxes take well under a millisecond, and a query runs
 * only when the view leaves the box last drawn, so a spatial index would not pay for itself.
 */
export class DrawIndex {
  /** Node ids, in definition order; their boxes at 4 × i in `boxes`. */
  private readonly nodeIds: string[] = [];
  private readonly boxes: Float64Array;
  /** Edge ids, with the indices (into nodeIds) of their two ends; -1 for an end not among the nodes. */
  private readonly edgeIds: string[] = [];
  private readonly edgeEnds: Int32Array;

  constructor(definitions: readonly ElementDefinition[]) {
    const at = new Map<string, number>();
    const nodes = definitions.filter((d) => d.group === 'nodes');
    const edges = definitions.filter((d) => d.group === 'edges');
    this.boxes = new Float64Array(nodes.length * 4);
    nodes.forEach((def, i) => {
      const id = def.data.id as string;
      at.set(id, i);
      this.nodeIds.push(id);
      const { x1, y1, x2, y2 } = bodyExtent(def);
      this.boxes.set([x1, y1, x2, y2], i * 4);
    });
    this.edgeEnds = new Int32Array(edges.length * 2);
    edges.forEach((def, i) => {
      this.edgeIds.push(def.data.id as string);
      this.edgeEnds[i * 2] = at.get(def.data.source as string) ?? -1;
      this.edgeEnds[i * 2 + 1] = at.get(def.data.target as string) ?? -1;
    });
  }

  /** How many bodies and lines the drawing has. */
  get size(): number {
    return this.nodeIds.length + this.edgeIds.length;
  }

  /**
   * The ids of the elements to draw for `extent`: the bodies whose boxes meet it, the lines whose
   * two ends' joint box meets it (a long line crossing the view, though neither body is in it),
   * and both ends of each such line, since Cytoscape draws no line without its ends.
   */
  within(extent: Extent): Set<string> {
    const ids = new Set<string>();
    const b = this.boxes;
    const meets = (x1: number, y1: number, x2: number, y2: number) =>
      x1 <= extent.x2 && x2 >= extent.x1 && y1 <= extent.y2 && y2 >= extent.y1;
    for (let i = 0; i < this.nodeIds.length; i++) {
      if (meets(b[i * 4]!, b[i * 4 + 1]!, b[i * 4 + 2]!, b[i * 4 + 3]!)) ids.add(this.nodeIds[i]!);
    }
    for (let i = 0; i < this.edgeIds.length; i++) {
      let s = this.edgeEnds[i * 2]!;
      let t = this.edgeEnds[i * 2 + 1]!;
      // A line to a body that is not there goes to Cytoscape with its other end, which refuses it
      // and so reports it, as in a drawing held whole.
      if (s < 0 && t < 0) continue;
      if (s < 0) s = t;
      if (t < 0) t = s;
      const x1 = Math.min(b[s * 4]!, b[t * 4]!);
      const y1 = Math.min(b[s * 4 + 1]!, b[t * 4 + 1]!);
      const x2 = Math.max(b[s * 4 + 2]!, b[t * 4 + 2]!);
      const y2 = Math.max(b[s * 4 + 3]!, b[t * 4 + 3]!);
      if (!meets(x1, y1, x2, y2)) continue;
      ids.add(this.edgeIds[i]!).add(this.nodeIds[s]!).add(this.nodeIds[t]!);
    }
    return ids;
  }
}
