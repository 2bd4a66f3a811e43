import type { EdgeSingular } from 'cytoscape';
import { arrowAngle, arrowPath, arrowSize, lineInset, type Point, toward } from '../view/arrow-head.js';
import { modelId } from '../view/element-key.js';
import type { ArrowShape } from '../view/graph-style.js';
import { edgeTitle, modelEnds, type TitleSource } from './edge-title.js';
import { dashAttribute, f, hex, opacityAttribute, polylineData } from './svg-attributes.js';
import { edgeClasses, endAttributes } from './svg-classes.js';
import { escapeAttribute as attr, escapeText as text } from './xml-text.js';

/*
 * The lines Cytoscape draws (relations and second superiors; the layer lines are not Cytoscape
 * edges, see svg-layer-lines.ts), from each edge's endpoints, bends and resolved style, with the
 * arrow heads of arrow-head.ts, which follow Cytoscape's own geometry.
 */

const qbezierAt = (p0: number, p1: number, p2: number, t: number) =>
  (1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * p1 + t * t * p2;

/** The line's path data and, for each end, a point the line arrives from (which turns its head). */
interface Course {
  d: string;
  sourceFrom: Point;
  targetFrom: Point;
}

/** Quadratic pieces joined at the midpoints between control points, as Cytoscape draws bezier edges. */
function curvedCourse(lineStart: Point, controls: readonly Point[], lineEnd: Point): Course {
  const points = [lineStart];
  controls.forEach((c, i) => {
    points.push(c);
    const next = controls[i + 1];
    if (next) points.push({ x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 });
  });
  points.push(lineEnd);
  let d = `M${f(lineStart.x)},${f(lineStart.y)}`;
  for (let i = 1; i + 1 < points.length; i += 2) {
    d += `Q${f(points[i]!.x)},${f(points[i]!.y)} ${f(points[i + 1]!.x)},${f(points[i + 1]!.y)}`;
  }
  const [a, b, c] = points.slice(0, 3) as [Point, Point, Point];
  const [x, y, z] = points.slice(-3) as [Point, Point, Point];
  return {
    d,
    sourceFrom: { x: qbezierAt(a.x, b.x, c.x, 0.1), y: qbezierAt(a.y, b.y, c.y, 0.1) },
    targetFrom: { x: qbezierAt(x.x, y.x, z.x, 0.9), y: qbezierAt(x.y, y.y, z.y, 0.9) },
  };
}

/** The dash pattern Cytoscape strokes a line style with, in pixels; null for solid. */
function edgeDash(edge: EdgeSingular): number[] | null {
  const lineStyle = edge.style('line-style');
  if (lineStyle === 'dashed') return edge.numericStyle('line-dash-pattern') as number[];
  if (lineStyle === 'dotted') return [1, 1];
  return null;
}

/**
 * One Cytoscape edge as a `<g class="edge">` with a tooltip, its line and its arrow heads; "" for
 * an edge without finite endpoints (not laid out).
 */
export function edgeSvg(edge: EdgeSingular, names: TitleSource): string {
  const width = edge.numericStyle('width') as number;
  const scale = Number(edge.numericStyle('arrow-scale')) || 1;
  const size = arrowSize(width, scale);
  const sourceShape = edge.style('source-arrow-shape') as ArrowShape;
  const targetShape = edge.style('target-arrow-shape') as ArrowShape;
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  if (![start.x, start.y, end.x, end.y].every(Number.isFinite)) return '';

  const segments = edge.segmentPoints();
  const controls = segments ? undefined : edge.controlPoints();
  const inner = segments ?? controls ?? [];
  // Lines stop short of pointed heads, along the direction they arrive from, as Cytoscape's do.
  const lineStart = toward(start, inner[0] ?? end, lineInset(sourceShape, width, scale));
  const lineEnd = toward(end, inner[inner.length - 1] ?? start, lineInset(targetShape, width, scale));
  const { d, sourceFrom, targetFrom }: Course =
    controls && controls.length > 0
      ? curvedCourse(lineStart, controls, lineEnd)
      : {
          d: polylineData([lineStart, ...inner, lineEnd]),
          sourceFrom: inner[0] ?? end,
          targetFrom: inner[inner.length - 1] ?? start,
        };

  const cap = edge.style('line-cap');
  const head = (shape: ArrowShape, tip: Point, from: Point, fill: string) => {
    const path = arrowPath(shape, tip, arrowAngle(tip.x - from.x, tip.y - from.y), size);
    return path && `<path d="${path}" fill="${attr(hex(fill))}"/>`;
  };
  const heads =
    head(sourceShape, start, sourceFrom, edge.style('source-arrow-color')) +
    head(targetShape, end, targetFrom, edge.style('target-arrow-color'));
  const id = modelId(edge.id());
  const drawnEnds = { source: modelId(edge.source().id()), target: modelId(edge.target().id()) };
  const title = edgeTitle(id, drawnEnds, names);
  const viewEdge = names.viewEdges.get(id);
  return (
    `<g class="${edgeClasses(viewEdge)}" data-id="${attr(id)}"${endAttributes(modelEnds(id, drawnEnds, names))}` +
    `${opacityAttribute(edge.effectiveOpacity())}>` +
    `<title>${text(title)}</title>` +
    `<path d="${d}" stroke="${attr(hex(edge.style('line-color')))}" stroke-width="${f(width)}"${dashAttribute(edgeDash(edge))}${cap && cap !== 'butt' ? ` stroke-linecap="${attr(cap)}"` : ''}/>` +
    heads +
    '</g>'
  );
}
