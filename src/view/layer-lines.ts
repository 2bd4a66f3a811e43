import { arrowAngle, arrowOutline, arrowSize, type HeadOutline, lineInset, type Point, toward } from './arrow-head.js';
import {
  ARROW_SCALE,
  type ArrowShape,
  dashPattern,
  edgeColor,
  type NodeShape,
  type RelationStyle,
  relationStyle,
} from './graph-style.js';
import { EdgeRole, type GraphView, isReportingLine, type ViewEdge } from './graph-view.js';
import type { Highlight } from './highlight.js';
import { HighlightState } from './highlight-state.js';
import { EDGE_OPACITY, RELATION_OPACITY, resolveEdgePaint, resolveNodeOpacity } from './paint.js';
import { outlineExit } from './shape-outline.js';
import type { Theme } from './theme.js';
import { BUS_DROP, type LayoutDirection, LEVEL_GAP, STACK_INDENT } from './tree-layout.js';

/*
 * The layer lines are drawn outside Cytoscape, on a canvas beneath it, and by the SVG exporter
 * from the same geometry:
 * - the tree links (each body to the superior it hangs from): most of a model's lines, always
 *   orthogonal, never hit-tested; as Cytoscape edges they cost about as much as all the bodies
 *   together (style, projections, bounds for every one of them on every change), which halved the
 *   drawing speed of large models;
 * - the bundled lines of a hub (HUB_RELATIONS in thresholds.ts): straight, one stroke per paint.
 *   Cytoscape's cost for the edges of one body grows faster than their number.
 * With them go the lane headings (tree-layout.ts), the family names over the lanes of bodies
 * outside the chain of command: Cytoscape has no text that is not a label of an element.
 * No library draws an org chart's lines onto Cytoscape's viewport, so this is written here.
 */

/** Is this view edge one of the tree links? */
export function isTreeLink(edge: ViewEdge): boolean {
  return edge.role === EdgeRole.treeLink;
}

/** Is this view edge drawn on the line layer (a tree link or a hub's bundled line) rather than by Cytoscape? */
export function isLayerLine(edge: ViewEdge): boolean {
  return edge.role === EdgeRole.treeLink || edge.bundled;
}

/** The view's layer lines, in view order. */
export function layerLinesOf(view: GraphView): ViewEdge[] {
  return view.edges.filter(isLayerLine);
}

/**
 * A body as the line geometry needs it: centre, size and the width of its border, in model
 * pixels, and its outline (where straight lines end; rectangle when not given).
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  border: number;
  shape?: NodeShape;
}

/**
 * A straight line between two bodies' outer border edges, along the line between their centres.
 * Bodies that overlap or share a centre give a line of no length.
 */
export function straightLinePoints(s: Box, t: Box): Point[] {
  const d = { x: t.x - s.x, y: t.y - s.y };
  const from = outlineExit(s.shape ?? 'rectangle', s.w + s.border, s.h + s.border, d);
  const to = outlineExit(t.shape ?? 'rectangle', t.w + t.border, t.h + t.border, { x: -d.x, y: -d.y });
  if (from + to >= 1) {
    const middle = { x: s.x + d.x / 2, y: s.y + d.y / 2 };
    return [middle, middle];
  }
  return [
    { x: s.x + d.x * from, y: s.y + d.y * from },
    { x: t.x - d.x * to, y: t.y - d.y * to },
  ];
}

/** The points of a layer line: a tree link's elbow (treeLinkPoints), or a straight line. */
export function layerLinePoints(direction: LayoutDirection, edge: ViewEdge, s: Box, t: Box): Point[] {
  return isTreeLink(edge) ? treeLinkPoints(direction, edge.stacked, s, t, edge.grouped) : straightLinePoints(s, t);
}

/**
 * The elbow from a superior to a subordinate, ends on the borders' outer edges: down (right, in
 * left-right layout) from the superior, across halfway between them, and into the subordinate.
 * A body in a block under its superior (treeLayout's `stacked`) is reached by the block's lines,
 * which run in the gaps: down from the superior to the bus (BUS_DROP below it), along the bus to
 * the line of the body's column (STACK_INDENT before the body's near side), down that line and
 * by a stub into the body's side. A one-column block's line is the superior's own centre line,
 * so there the bus is not drawn. A `grouped` body (a group of leaves beside the superior's other
 * subordinates) is reached the same way, but from the crossbar the other subordinates hang from.
 */
export function treeLinkPoints(direction: LayoutDirection, stacked: boolean, s: Box, t: Box, grouped = false): Point[] {
  if (direction === 'TB') {
    const start = { x: s.x, y: s.y + s.h / 2 + s.border / 2 };
    if (stacked) {
      const bus = s.y + s.h / 2 + (grouped ? LEVEL_GAP / 2 : BUS_DROP);
      const lane = t.x - t.w / 2 - STACK_INDENT;
      const end = { x: t.x - t.w / 2 - t.border / 2, y: t.y };
      if (Math.abs(lane - s.x) < 0.5) return [start, { x: lane, y: t.y }, end];
      return [start, { x: s.x, y: bus }, { x: lane, y: bus }, { x: lane, y: t.y }, end];
    }
    // Half a level gap below the superior, whatever the subordinate's height: the lines to all its
    // subordinates share one crossbar even when their labels wrap to different heights.
    const turn = s.y + s.h / 2 + LEVEL_GAP / 2;
    return [start, { x: s.x, y: turn }, { x: t.x, y: turn }, { x: t.x, y: t.y - t.h / 2 - t.border / 2 }];
  }
  const start = { x: s.x + s.w / 2 + s.border / 2, y: s.y };
  if (stacked) {
    const bus = s.x + s.w / 2 + (grouped ? LEVEL_GAP / 2 : BUS_DROP);
    const lane = t.y - t.h / 2 - STACK_INDENT;
    const end = { x: t.x, y: t.y - t.h / 2 - t.border / 2 };
    if (Math.abs(lane - s.y) < 0.5) return [start, { x: t.x, y: lane }, end];
    return [start, { x: bus, y: s.y }, { x: bus, y: lane }, { x: t.x, y: lane }, end];
  }
  const turn = s.x + s.w / 2 + LEVEL_GAP / 2;
  return [start, { x: turn, y: s.y }, { x: turn, y: t.y }, { x: t.x - t.w / 2 - t.border / 2, y: t.y }];
}

/**
 * How far a layer line may leave the box around its two bodies (a block's column line runs
 * STACK_INDENT before its bodies), for deciding which lines a view or a frame can show.
 */
export const LINE_REACH = STACK_INDENT;

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
 * How a layer line is drawn under the highlight states it carries: the relation type's own
 * style, then the paint table (paint.ts), the same table the Cytoscape stylesheet is made from.
 * A hub's bundled lines recede like a large drawing's relations, and are always solid: even
 * highlighted, thousands of dashed lines would cost seconds a frame. Their arrows still differ.
 */
export function layerLinePaint(edge: ViewEdge, states: readonly string[], theme: Theme): LinePaint {
  const chainOfCommand = isReportingLine(edge);
  const style: RelationStyle = relationStyle(edge.family, edge.role === EdgeRole.secondSuperior, edge.inferred);
  const bundled = !isTreeLink(edge);
  const base = bundled && !chainOfCommand ? RELATION_OPACITY.large : EDGE_OPACITY;
  const { color, width, opacity } = resolveEdgePaint(
    { color: edgeColor(style, theme), width: style.width, opacity: base },
    states,
    theme,
  );
  return {
    color,
    width,
    opacity,
    dash: bundled ? null : dashPattern(style.line, style.width),
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

/** What to stroke and fill for a line through `points` (see layerLinePoints). */
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

/** How a lane heading (a family's name over its lane, tree-layout.ts) is written. */
export interface HeadingPaint {
  /** Font size in model pixels. */
  size: number;
  weight: number;
  fontFamily: string;
  color: string;
  /** 0 to 1: headings dim with the bodies when a selection or a path dims the rest. */
  opacity: number;
}

/**
 * The paint of the lane headings, written with the layer lines on the screen and in the SVG:
 * quieter than a body's label, larger, so that they read as the names of groups.
 */
export function laneHeadingPaint(theme: Theme, highlight: Highlight): HeadingPaint {
  let dims = false;
  for (const states of highlight.values()) {
    if (states.includes(HighlightState.dimmed)) {
      dims = true;
      break;
    }
  }
  const opacity = dims ? resolveNodeOpacity([HighlightState.dimmed]) : 1;
  return { size: 14, weight: 600, fontFamily: theme.fontFamily, color: theme.mutedText, opacity };
}
