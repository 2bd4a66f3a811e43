import type { NodeSingular } from 'cytoscape';
import { edgeKey, nodeKey } from '../view/element-key.js';
import type { NodeShape } from '../view/graph-style.js';
import type { GraphView, ViewEdge } from '../view/graph-view.js';
import type { Highlight } from '../view/highlight.js';
import {
  isLayerLine,
  LINE_REACH,
  laneHeadingPaint,
  layerLinePaint,
  layerLinePoints,
  lineShape,
} from '../view/layer-lines.js';
import { resolveBorderWidth } from '../view/paint.js';
import type { Theme } from '../view/theme.js';
import type { LaneHeading } from '../view/tree-layout.js';
import { type Box, hull, intersects } from './bounds.js';
import { edgeTitle, modelEnds, type TitleSource } from './edge-title.js';
import { dashAttribute, f, opacityAttribute, polylineData } from './svg-attributes.js';
import { edgeClasses, endAttributes } from './svg-classes.js';
import { escapeAttribute as attr, escapeText as text } from './xml-text.js';

/*
 * The layer lines: each body's elbow line to the superior it hangs from, and a hub's bundled
 * lines. They are not Cytoscape edges (see view/layer-lines.ts); the screen draws them on a layer
 * beneath Cytoscape's canvas from the geometry and paint in layer-lines.ts, and this file writes
 * the same geometry and paint.
 */

/** What a layer line is drawn against: the bodies shown, the layout's direction, the highlight and theme. */
export interface LayerLineContext {
  shown: ReadonlyMap<string, NodeSingular>;
  direction: GraphView['direction'];
  highlight: Highlight;
  theme: Theme;
}

/**
 * The layer lines of `lines` (those drawn) whose two bodies are both shown, in order; with
 * `frame`, only those whose line (within LINE_REACH of the box around both bodies) reaches into it.
 */
export function shownLayerLines(
  lines: readonly ViewEdge[],
  shown: ReadonlyMap<string, NodeSingular>,
  frame: Box | null,
): ViewEdge[] {
  return lines.filter((edge) => {
    if (!isLayerLine(edge)) return false;
    const s = shown.get(edge.source);
    const t = shown.get(edge.target);
    if (s === undefined || t === undefined) return false;
    if (frame === null) return true;
    const { x1, y1, x2, y2 } = hull(s, t);
    return intersects({ x1: x1 - LINE_REACH, y1: y1 - LINE_REACH, x2: x2 + LINE_REACH, y2: y2 + LINE_REACH }, frame);
  });
}

/** One layer line as a `<g class="edge">` with a tooltip, its line and its arrow heads; both bodies must be shown. */
export function layerLineSvg(edge: ViewEdge, context: LayerLineContext, names: TitleSource): string {
  const { shown, direction, highlight, theme } = context;
  const box = (id: string) => {
    const node = shown.get(id)!;
    const p = node.position();
    return {
      x: p.x,
      y: p.y,
      w: node.width(),
      h: node.height(),
      border: resolveBorderWidth(highlight.get(nodeKey(id))),
      shape: node.data('shape') as NodeShape,
    };
  };
  const paint = layerLinePaint(edge, highlight.get(edgeKey(edge.id)) ?? [], theme);
  const shape = lineShape(layerLinePoints(direction, edge, box(edge.source), box(edge.target)), paint);
  const heads = shape.heads
    .map(({ outline, color }) => {
      if ('circle' in outline) {
        const { centre, radius } = outline.circle;
        return `<circle cx="${f(centre.x)}" cy="${f(centre.y)}" r="${f(radius)}" fill="${attr(color)}"/>`;
      }
      return `<path d="${polylineData(outline.polygon)}Z" fill="${attr(color)}"/>`;
    })
    .join('');
  return (
    `<g class="${edgeClasses(edge)}" data-id="${attr(edge.id)}"${endAttributes(modelEnds(edge.id, edge, names))}` +
    `${opacityAttribute(paint.opacity)}>` +
    `<title>${text(edgeTitle(edge.id, edge, names))}</title>` +
    `<path d="${polylineData(shape.line)}" stroke="${attr(paint.color)}" stroke-width="${f(paint.width)}"${dashAttribute(paint.dash)}/>` +
    heads +
    '</g>'
  );
}

/**
 * The box a lane heading's text takes in `theme`, estimated as the frame's other texts are
 * (0.6 em a character, a little more for the heading's weight).
 */
export function headingBox(heading: LaneHeading, theme: Theme): Box {
  const { size } = laneHeadingPaint(theme, new Map());
  return {
    x1: heading.x,
    y1: heading.y - size,
    x2: heading.x + heading.family.length * size * 0.65,
    y2: heading.y + size / 4,
  };
}

/** The lane headings as one `<g class="lane-headings">` of texts, painted as on screen (laneHeadingPaint). */
export function laneHeadingsSvg(headings: readonly LaneHeading[], theme: Theme, highlight: Highlight): string {
  if (headings.length === 0) return '';
  const paint = laneHeadingPaint(theme, highlight);
  const opacity = paint.opacity < 1 ? ` opacity="${f(paint.opacity)}"` : '';
  const texts = headings.map((h) => `<text x="${f(h.x)}" y="${f(h.y)}">${text(h.family)}</text>`).join('');
  return (
    `<g class="lane-headings" font-size="${paint.size}" font-weight="${paint.weight}" fill="${attr(paint.color)}"${opacity} text-anchor="start">` +
    `${texts}</g>`
  );
}
