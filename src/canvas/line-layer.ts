import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { edgeKey, nodeKey } from '../view/element-key.js';
import type { NodeShape } from '../view/graph-style.js';
import type { ViewEdge } from '../view/graph-view.js';
import type { Highlight } from '../view/highlight.js';
import {
  type Box,
  LINE_REACH,
  laneHeadingPaint,
  layerLinePaint,
  layerLinePoints,
  lineShape,
} from '../view/layer-lines.js';
import { resolveBorderWidth } from '../view/paint.js';
import type { Theme } from '../view/theme.js';
import { WINDOW_ABOVE } from '../view/thresholds.js';
import type { LaneHeading, LayoutDirection } from '../view/tree-layout.js';
import { bodyExtent } from './draw-window.js';
import { OverviewBoxes } from './overview-boxes.js';

/** What the layer lines are drawn from. */
export interface LineScene {
  /** The layer lines to draw (layer-lines.ts): tree links superior → subordinate, and hubs' bundled lines. */
  lines: readonly ViewEdge[];
  highlight: Highlight;
  theme: Theme;
  direction: LayoutDirection;
  /** The family names over the lanes of bodies outside the chain of command. */
  headings?: readonly LaneHeading[] | undefined;
  /**
   * The bodies' definitions by element id, where a line's end is drawn from when its body is not
   * in Cytoscape: a large drawing holds only the bodies near the view (see draw-window.ts), and a
   * line from one of them to a body further off still runs out of the view.
   */
  placed?: ReadonlyMap<string, ElementDefinition> | undefined;
  /** The fill and border colours of each body's look, by the style key in its data, for the boxes of an overview. */
  looks?: ReadonlyMap<string, { fill: string; border: string }> | undefined;
}

/**
 * Draws the layer lines on a canvas beneath Cytoscape's container, in Cytoscape's viewport,
 * after each of its frames (see layer-lines.ts for why they are not Cytoscape edges). Lines of one
 * paint are stroked as one path, and only those crossing the view are drawn. cytoscape-layers
 * (MIT) offers such canvases among its SVG and HTML layers; one canvas is all this needs, and its
 * 6 kB gzip would take the widget past its 200 kB budget.
 *
 * The canvas belongs to the caller, outside Cytoscape's container (which `cy.destroy()` empties),
 * positioned over the same box and letting the pointer through; the layer sets its pixel size.
 * One layer per Cytoscape instance: a new instance on the same canvas draws again.
 */
export class LineLayer {
  private readonly context: CanvasRenderingContext2D | null;
  private scene: LineScene | null = null;
  /** Bodies by id, null for those not (yet) in Cytoscape: looking up a missing id costs a collection. */
  private readonly nodes = new Map<string, NodeSingular | null>();
  private frameRequest = 0;
  private overview = false;
  private readonly boxes = new OverviewBoxes();
  private reach: {
    lines: readonly ViewEdge[];
    placed: ReadonlyMap<string, ElementDefinition>;
    boxes: Float64Array;
  } | null = null;

  /** `onError` hears what drawing throws; the layer then stops drawing until the next `set`. */
  constructor(
    private readonly cy: Core,
    readonly canvas: HTMLCanvasElement,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.context = canvas.getContext('2d');
    cy.on('render', this.draw);
  }

  /**
   * Draws every body of `placed` in the view as a box in its look's colours, above the lines, the
   * selection and its chain of command marked: for an overview, where Cytoscape holds none (see
   * OVERVIEW_ABOVE).
   */
  setOverview(on: boolean): void {
    this.overview = on;
    this.request();
  }

  /** Bodies present in Cytoscape are looked up again, since slices add them over several frames. */
  set(scene: LineScene): void {
    this.scene = scene;
    this.nodes.clear();
    this.request();
  }

  /** Forgets which bodies were missing, after more were added. */
  nodesAdded(): void {
    for (const [id, node] of this.nodes) if (node === null) this.nodes.delete(id);
  }

  /** Draws at the next frame even when Cytoscape has nothing to redraw. */
  request(): void {
    if (this.frameRequest !== 0) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.draw();
    });
  }

  /** Stops drawing and clears the canvas, which stays in place for the next layer. Harmless twice. */
  destroy(): void {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.cy.off('render', this.draw);
    this.scene = null;
    this.nodes.clear();
    this.context?.setTransform(1, 0, 0, 1, 0, 0);
    this.context?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  private node(id: string): NodeSingular | null {
    let node = this.nodes.get(id);
    if (node === undefined) {
      const key = nodeKey(id);
      // Most bodies of a large drawing are not in Cytoscape (see draw-window.ts), and looking up
      // a missing id would make an empty collection for each.
      const found = this.cy.hasElementWithId(key) ? this.cy.getElementById(key) : null;
      node = found?.isNode() ? found : null;
      this.nodes.set(id, node);
    }
    return node;
  }

  private box(id: string): Box | null {
    const node = this.node(id);
    if (node && !node.removed()) {
      // Where Cytoscape has the body now (gliding, say), at the laid-out size the stylesheet maps
      // from data: width() would resolve the style per call.
      const p = node.position();
      const data = node.data() as { width: number; height: number; shape: NodeShape };
      return { x: p.x, y: p.y, w: data.width, h: data.height, border: 0, shape: data.shape };
    }
    const def = this.scene?.placed?.get(nodeKey(id));
    if (!def?.position) return null;
    const data = def.data as { width: number; height: number; shape: NodeShape };
    return { x: def.position.x, y: def.position.y, w: data.width, h: data.height, border: 0, shape: data.shape };
  }

  /**
   * For a drawing held in part (see draw-window.ts), where bodies never glide: each line's reach
   * (x1, y1, x2, y2 at 4 × its index), the box around its two bodies' laid-out places grown by
   * LINE_REACH, made once per set of lines. A frame then passes over the lines of 50,000 bodies
   * without looking up a single body. Null for a drawing held whole, whose bodies may be gliding.
   */
  private reachOf(scene: LineScene): Float64Array | null {
    const placed = scene.placed;
    if (!placed || placed.size <= WINDOW_ABOVE) return null;
    if (this.reach?.lines === scene.lines && this.reach.placed === placed) return this.reach.boxes;
    const boxes = new Float64Array(scene.lines.length * 4);
    scene.lines.forEach((edge, i) => {
      const s = placed.get(nodeKey(edge.source));
      const t = placed.get(nodeKey(edge.target));
      if (!s?.position || !t?.position) {
        // A line whose ends are not placed is never culled here; box() decides whether it is drawn.
        boxes.set(
          [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
          i * 4,
        );
        return;
      }
      const [a, b] = [bodyExtent(s), bodyExtent(t)];
      boxes.set(
        [
          Math.min(a.x1, b.x1) - LINE_REACH,
          Math.min(a.y1, b.y1) - LINE_REACH,
          Math.max(a.x2, b.x2) + LINE_REACH,
          Math.max(a.y2, b.y2) + LINE_REACH,
        ],
        i * 4,
      );
    });
    this.reach = { lines: scene.lines, placed, boxes };
    return boxes;
  }

  /** Runs after every Cytoscape frame: a failure is reported once, not at 60 frames a second. */
  private readonly draw = (): void => {
    const scene = this.scene;
    if (!scene) return;
    try {
      this.paint(scene);
    } catch (error) {
      this.scene = null;
      this.onError(error);
    }
  };

  private paint(scene: LineScene): void {
    const context = this.context;
    if (!context) return;
    const cy = this.cy;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${cy.width()}px`;
      this.canvas.style.height = `${cy.height()}px`;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    const view = cy.extent();

    // One path per paint: thousands of lines cost a handful of strokes.
    const strokes = new Map<string, { path: Path2D; width: number; color: string; alpha: number; dash: number[] }>();
    const fills = new Map<string, { path: Path2D; color: string; alpha: number }>();
    const reach = this.reachOf(scene);
    for (const [i, edge] of scene.lines.entries()) {
      if (
        reach &&
        (reach[i * 4]! > view.x2 ||
          reach[i * 4 + 1]! > view.y2 ||
          reach[i * 4 + 2]! < view.x1 ||
          reach[i * 4 + 3]! < view.y1)
      ) {
        continue;
      }
      const s = this.box(edge.source);
      const t = this.box(edge.target);
      if (!s || !t) continue;
      // No layer line leaves the box around its two bodies by more than LINE_REACH.
      if (
        Math.max(s.x + s.w / 2, t.x + t.w / 2) + LINE_REACH < view.x1 ||
        Math.min(s.x - s.w / 2, t.x - t.w / 2) - LINE_REACH > view.x2 ||
        Math.max(s.y + s.h / 2, t.y + t.h / 2) + LINE_REACH < view.y1 ||
        Math.min(s.y - s.h / 2, t.y - t.h / 2) - LINE_REACH > view.y2
      ) {
        continue;
      }
      s.border = resolveBorderWidth(scene.highlight.get(nodeKey(edge.source)));
      t.border = resolveBorderWidth(scene.highlight.get(nodeKey(edge.target)));
      const points = layerLinePoints(scene.direction, edge, s, t);
      const paint = layerLinePaint(edge, scene.highlight.get(edgeKey(edge.id)) ?? [], scene.theme);
      const shape = lineShape(points, paint);
      const key = `${paint.color}|${paint.width}|${paint.opacity}|${paint.dash ?? ''}`;
      let stroke = strokes.get(key);
      if (!stroke) {
        stroke = {
          path: new Path2D(),
          width: paint.width,
          color: paint.color,
          alpha: paint.opacity,
          dash: paint.dash ?? [],
        };
        strokes.set(key, stroke);
      }
      const [first, ...rest] = shape.line;
      stroke.path.moveTo(first!.x, first!.y);
      for (const p of rest) stroke.path.lineTo(p.x, p.y);
      for (const head of shape.heads) {
        const fillKey = `${head.color}|${paint.opacity}`;
        let fill = fills.get(fillKey);
        if (!fill) {
          fill = { path: new Path2D(), color: head.color, alpha: paint.opacity };
          fills.set(fillKey, fill);
        }
        if ('circle' in head.outline) {
          const { centre, radius } = head.outline.circle;
          fill.path.moveTo(centre.x + radius, centre.y);
          fill.path.arc(centre.x, centre.y, radius, 0, 2 * Math.PI);
        } else {
          const [a, ...others] = head.outline.polygon;
          fill.path.moveTo(a!.x, a!.y);
          for (const p of others) fill.path.lineTo(p.x, p.y);
          // Back to the first point rather than closePath(): filling needs no closed subpath, and
          // in Chromium a path of many closed subpaths grows slow to build (40,000 arrow heads:
          // 3.5 s closed, 4 ms not).
          fill.path.lineTo(a!.x, a!.y);
        }
      }
    }
    context.lineJoin = 'round';
    for (const stroke of strokes.values()) {
      context.globalAlpha = stroke.alpha;
      context.strokeStyle = stroke.color;
      // In an overview, lines stay a pixel wide however far out the view is.
      context.lineWidth = this.overview ? Math.max(stroke.width, 1 / zoom) : stroke.width;
      context.setLineDash(stroke.dash);
      context.stroke(stroke.path);
    }
    context.setLineDash([]);
    for (const fill of fills.values()) {
      context.globalAlpha = fill.alpha;
      context.fillStyle = fill.color;
      context.fill(fill.path);
    }
    context.globalAlpha = 1;
    if (this.overview) this.boxes.paint(context, scene, view, zoom);
    // A handful, one per family: no culling needed.
    if (scene.headings && scene.headings.length > 0) {
      const paint = laneHeadingPaint(scene.theme, scene.highlight);
      context.font = `${paint.weight} ${paint.size}px ${paint.fontFamily}`;
      context.fillStyle = paint.color;
      context.globalAlpha = paint.opacity;
      context.textAlign = 'left';
      context.textBaseline = 'alphabetic';
      for (const heading of scene.headings) context.fillText(heading.family, heading.x, heading.y);
      context.globalAlpha = 1;
    }
  }
}
