import { arrowAngle, arrowOutline, arrowSize, type HeadOutline, lineInset, type Point, toward } from './arrow-head.js';
import { ARROW_SCALE, type ArrowShape, dashPattern, edgeColor, relationStyle } from './graph-style.js';
import { EdgeRole, type GraphView, type ViewEdge } from './graph-view.js';
import { EDGE_OPACITY, resolveEdgePaint } from './paint.js';
import type { Theme } from './theme.js';
import type { LayoutDirection } from './tree-layout.js';

/*
 * The tree links (each body to the superior it hangs from) are drawn outside Cytoscape, on
 * a canvas beneath it, and by the SVG exporter from the same geometry. They are most of a model's
 * lines, always orthogonal, never hit-tested; as Cytoscape edges they cost about as much as all
 * the bodies together (style, projections, bounds for every one of them on every change), which
 * halved the drawing speed of large models. No library draws an org chart's elbow lines onto
 * Cytoscape's viewport, so this is written here.
 */

/** Is this view edge one of the tree links? */
export function isTreeLink(edge: ViewEdge): boolean {
  return edge.role === EdgeRole.treeLink;
}

export function treeLinksOf(view: GraphView): ViewEdge[] {
  return view.edges.filter(isTreeLink);
}

/** A body as the tree-link geometry needs it: centre, size and the width of its border. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  border: number;
}

/**
 * The elbow from a superior to a subordinate, ends on the borders' outer edges: down (right, in
 * left-right layout) from the superior, across halfway between them, and into the subordinate.
 * A body listed in a column under its superior is reached down the column's side instead.
 */
export function treeLinkPoints(direction: LayoutDirection, stacked: boolean, s: Box, t: Box): Point[] {
  if (direction === 'TB') {
    const start = { x: s.x, y: s.y + s.h / 2 + s.border / 2 };
    if (stacked) return [start, { x: s.x, y: t.y }, { x: t.x - t.w / 2 - t.border / 2, y: t.y }];
    const turn = (s.y + s.h / 2 + t.y - t.h / 2) / 2;
    return [start, { x: s.x, y: turn }, { x: t.x, y: turn }, { x: t.x, y: t.y - t.h / 2 - t.border / 2 }];
  }
  const start = { x: s.x + s.w / 2 + s.border / 2, y: s.y };
  if (stacked) return [start, { x: t.x, y: s.y }, { x: t.x, y: t.y - t.h / 2 - t.border / 2 }];
  const turn = (s.x + s.w / 2 + t.x - t.w / 2) / 2;
  return [start, { x: turn, y: s.y }, { x: turn, y: t.y }, { x: t.x - t.w / 2 - t.border / 2, y: t.y }];
}

export interface LinePaint {
  color: string;
  width: number;
  opacity: number;
  dash: number[] | null;
  sourceArrow: ArrowShape;
  targetArrow: ArrowShape;
  sourceArrowColor: string;
  targetArrowColor: string;
}

/**
 * How a tree link is drawn under the highlight states it carries: the relation type's own
 * style, then the paint table (paint.ts), the same table the Cytoscape stylesheet is made from.
 */
export function treeLinkPaint(type: string, states: readonly string[], theme: Theme): LinePaint {
  // Every tree link is a reporting line; types a model declares draw as Cytoscape's 'other-chain'.
  const style = relationStyle(type, { label: type, chainOfCommand: true });
  const { color, width, opacity } = resolveEdgePaint(
    { color: edgeColor(style, theme), width: style.width, opacity: EDGE_OPACITY },
    states,
    theme,
  );
  return {
    color,
    width,
    opacity,
    dash: dashPattern(style.line, style.width),
    sourceArrow: style.sourceArrow,
    targetArrow: style.targetArrow,
    sourceArrowColor: color,
    targetArrowColor: color,
  };
}

export interface LineShape {
  /** The line, stopped short of pointed heads as Cytoscape stops its edges. */
  line: Point[];
  heads: { outline: HeadOutline; color: string }[];
}

/** What to stroke and fill for a line through `points` (see treeLinkPoints). */
export function lineShape(points: readonly Point[], paint: LinePaint): LineShape {
  const size = arrowSize(paint.width, ARROW_SCALE);
  const start = points[0]!;
  const end = points[points.length - 1]!;
  const afterStart = points[1] ?? end;
  const beforeEnd = points[points.length - 2] ?? start;
  const line = [...points];
  line[0] = toward(start, afterStart, lineInset(paint.sourceArrow, paint.width, ARROW_SCALE));
  line[line.length - 1] = toward(end, beforeEnd, lineInset(paint.targetArrow, paint.width, ARROW_SCALE));
  const heads: LineShape['heads'] = [];
  const head = (shape: ArrowShape, tip: Point, from: Point, color: string) => {
    const outline = arrowOutline(shape, tip, arrowAngle(tip.x - from.x, tip.y - from.y), size);
    if (outline) heads.push({ outline, color });
  };
  head(paint.sourceArrow, start, afterStart, paint.sourceArrowColor);
  head(paint.targetArrow, end, beforeEnd, paint.targetArrowColor);
  return { line, heads };
}
