import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { GovernanceGraph } from '../../model/graph.js';
import { kindLabel, kindRank } from '../../model/kinds.js';
import { relationTypeLabel } from '../../model/relation-types.js';
import type { SourceInfo } from '../../model/types.js';
import { arrowAngle, arrowPath, arrowSize, lineInset, type Point, toward } from '../view/arrow-head.js';
import {
  type ArrowShape,
  dashPattern,
  edgeColor,
  FONT_SIZE,
  LINE_HEIGHT,
  NODE_SHAPES,
  type NodeShape,
  nodePaint,
  relationStyle,
} from '../view/graph-style.js';
import type { GraphView, ViewEdge, ViewNode } from '../view/graph-view.js';
import type { Highlight } from '../view/highlight.js';
import { shapePath } from '../view/shape-path.js';
import type { Theme } from '../view/theme.js';
import { borderWidth, isTreeLink, lineShape, treeLinkPaint, treeLinkPoints } from '../view/tree-links.js';
import { escapeAttribute as attr, escapeText as text } from './xml-text.js';

/*
 * Why a hand-written serializer: cytoscape-svg, the usual answer, is GPL-3.0 (this project is
 * MIT) and redraws through Cytoscape's private renderer internals, which change between minor
 * versions. Cytoscape's public API already gives every position, size, endpoint and resolved
 * style; turning those into SVG elements is a few hundred lines we own. Reading the resolved
 * style of each element (not the style definition) is what makes selection, dimming and path
 * highlighting come out as on screen without this file knowing those rules. The tree's own lines
 * are not Cytoscape edges (see connectors.ts): they come from the geometry and paint the screen's
 * line layer uses.
 */

export interface SvgExportOptions {
  theme: Theme;
  /** `all`: the whole drawing, tightly framed; `view`: what the viewport shows, cut at its edges. */
  scope: 'all' | 'view';
  /** A heading above the diagram; none when null or absent. */
  title?: string | null;
  /** Whether to draw what the shapes and lines mean, for the kinds and relation types shown. */
  legend?: boolean;
  /** The source the model is drawn from, printed below the diagram. */
  source?: SourceInfo | null;
  /** The model, for relation types a model declares itself and for the wording of edge tooltips. */
  graph?: GovernanceGraph | null;
  /** The highlight drawn on screen, which the tree's own lines (not Cytoscape edges) take from here. */
  highlight?: Highlight;
}

const f = (n: number) => Number(n.toFixed(2));

const PADDING = 24;
const TITLE_SIZE = 18;
const SMALL_SIZE = 11;
const LEGEND_COLUMN = 250;
const LEGEND_ROW = 24;
const SWATCH = 48;
/**
 * Cytoscape sets each label line on the bottom of its em box; SVG sets text on the alphabetic
 * baseline, which sits above that bottom by the font's descent (about 0.2 em in the sans-serif
 * fonts of the stack, measured against the canvas), so each line moves down from its em box's
 * centre by half an em less that.
 */
const BASELINE_SHIFT = FONT_SIZE * (0.5 - 0.2);
/** Half the width of a space in the stack's sans-serif fonts (0.28–0.32 em). */
const HALF_SPACE = f(FONT_SIZE * 0.15);

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const intersects = (a: Box, b: Box) => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** Cytoscape reports colours as `rgb(r,g,b)`; hex is shorter and every SVG reader knows it. */
function hex(color: string): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!match) return color;
  return `#${match
    .slice(1, 4)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

function opacityAttribute(opacity: number): string {
  return opacity < 1 ? ` opacity="${f(opacity)}"` : '';
}

/** Rough width of sans-serif text, for sizing the frame around titles and legend entries. */
const textWidth = (s: string, size: number) => s.length * size * 0.6;

/**
 * The diagram as a standalone SVG document: what Cytoscape draws (filtered elements are not in
 * `cy`, highlighting comes with each element's resolved style), with every label as real text
 * wrapped as on screen, a tooltip per body, and optionally a title, a legend and the source.
 * Nothing in it runs or loads anything.
 */
export function exportSvg(cy: Core, view: GraphView, options: SvgExportOptions): string {
  const { theme, graph = null } = options;
  const viewNodes = new Map<string, ViewNode>(view.nodes.map((n) => [n.id, n]));
  const viewEdges = new Map<string, ViewEdge>(view.edges.map((e) => [e.id, e]));
  const extent = cy.extent();

  let nodes = cy.nodes().filter((n) => n.visible());
  let edges = cy.edges().filter((e) => e.visible());
  if (options.scope === 'view') {
    nodes = nodes.filter((n) => intersects(n.boundingBox(), extent));
    edges = edges.filter((e) => intersects(e.boundingBox(), extent));
  }
  const highlight = options.highlight ?? new Map<string, string[]>();
  const shownNodes = new Map((nodes.toArray() as NodeSingular[]).map((n) => [n.id(), n] as const));
  const connectors = view.edges.filter((edge) => {
    if (!isTreeLink(edge)) return false;
    const s = shownNodes.get(edge.source);
    const t = shownNodes.get(edge.target);
    return s !== undefined && t !== undefined && (options.scope !== 'view' || intersects(hull(s, t), extent));
  });
  const drawn = nodes.union(edges);
  let frame: Box;
  if (options.scope === 'view') frame = extent;
  else if (drawn.empty()) frame = { x1: 0, y1: 0, x2: 320, y2: 120 };
  else {
    const box = drawn.boundingBox({ includeLabels: true, includeOverlays: false });
    frame = { x1: box.x1 - PADDING, y1: box.y1 - PADDING, x2: box.x2 + PADDING, y2: box.y2 + PADDING };
  }

  const kinds = new Set<string>();
  nodes.forEach((n) => {
    kinds.add(viewNodes.get(n.id())?.kind ?? '');
  });
  const types = new Set<string>(connectors.map((c) => c.type));
  edges.forEach((e) => {
    const type = viewEdges.get(e.id())?.type;
    if (type !== undefined) types.add(type);
  });
  const legend = options.legend ? legendEntries(kinds, types, theme, graph) : null;
  const title = options.title ?? '';
  const sourceLine = options.source ? sourceText(options.source) : '';

  // The frame widens to fit the title, a legend column and the source line; the diagram stays centred.
  const width = Math.ceil(
    Math.max(
      frame.x2 - frame.x1,
      title ? textWidth(title, TITLE_SIZE) * 1.1 + 2 * PADDING : 0,
      legend ? LEGEND_COLUMN + 2 * PADDING : 0,
      sourceLine ? textWidth(sourceLine, SMALL_SIZE) + 2 * PADDING : 0,
    ),
  );
  const left = frame.x1 - (width - (frame.x2 - frame.x1)) / 2;
  const headerHeight = title ? TITLE_SIZE + PADDING : 0;
  const top = frame.y1 - headerHeight;
  let bottom = frame.y2;

  const out: string[] = [];
  if (title) {
    out.push(
      `<text class="title" x="${f(left + PADDING)}" y="${f(top + PADDING + TITLE_SIZE * 0.6)}" font-size="${TITLE_SIZE}" font-weight="bold">${text(title)}</text>`,
    );
  }

  const clipped = options.scope === 'view';
  if (clipped) {
    out.push(
      `<clipPath id="gov-viewport"><rect x="${f(frame.x1)}" y="${f(frame.y1)}" width="${f(frame.x2 - frame.x1)}" height="${f(frame.y2 - frame.y1)}"/></clipPath>`,
      '<g clip-path="url(#gov-viewport)">',
    );
  }
  // Cytoscape draws every edge under every node; within each group, higher z-index on top.
  const byZ = <T extends NodeSingular | EdgeSingular>(list: T[]) =>
    list
      .map((ele, i) => ({ ele, i, z: Number(ele.numericStyle('z-index')) || 0 }))
      .sort((a, b) => a.z - b.z || a.i - b.i)
      .map((x) => x.ele);
  out.push('<g class="edges" fill="none" stroke-linejoin="round">');
  // Beneath Cytoscape's canvas on screen, so beneath its edges here.
  for (const edge of connectors) {
    out.push(connectorSvg(edge, shownNodes, view.direction, highlight, theme, viewNodes, viewEdges, graph));
  }
  for (const edge of byZ(edges.toArray() as EdgeSingular[])) out.push(edgeSvg(edge, viewNodes, viewEdges, graph));
  out.push(`</g><g class="nodes" font-size="${FONT_SIZE}" text-anchor="middle">`);
  for (const node of byZ(nodes.toArray() as NodeSingular[])) out.push(nodeSvg(node, viewNodes.get(node.id())));
  out.push('</g>');
  if (clipped) out.push('</g>');

  if (legend) {
    const drawnLegend = legendSvg(legend, left + PADDING, bottom + 8, width - 2 * PADDING);
    out.push(drawnLegend.svg);
    bottom = drawnLegend.bottom + PADDING / 2;
  }
  if (sourceLine) {
    out.push(
      `<text class="source" x="${f(left + PADDING)}" y="${f(bottom + SMALL_SIZE)}" font-size="${SMALL_SIZE}" fill="${attr(theme.mutedText)}">${text(sourceLine)}</text>`,
    );
    bottom += SMALL_SIZE + PADDING / 2;
  }
  const height = Math.ceil(bottom - top);

  return `${[
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${f(left)} ${f(top)} ${width} ${height}" font-family="${attr(theme.fontFamily)}">`,
    ...(title ? [`<title>${text(title)}</title>`] : []),
    `<rect class="background" x="${f(left)}" y="${f(top)}" width="${width}" height="${height}" fill="${attr(theme.background)}"/>`,
    `<g fill="${attr(theme.text)}">`,
    ...out,
    '</g></svg>',
  ].join('\n')}\n`;
}

function nodeSvg(node: NodeSingular, viewNode: ViewNode | undefined): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const style = node.style('shape') as NodeShape;
  const shape = NODE_SHAPES.includes(style) ? style : 'rectangle';
  const borderWidth = node.numericStyle('border-width') as number;
  const lines: string[] = viewNode?.lines ?? String(node.data('label') ?? '').split('\n');
  const tooltip = viewNode?.title ?? node.id();
  const weight = node.style('font-weight');
  const first = y - ((lines.length - 1) / 2) * LINE_HEIGHT + BASELINE_SHIFT;
  // Lines are joined by a space so that copied or searched text reads "Treaty Organization", not
  // "TreatyOrganization". The space ends its line's chunk, so it would pull a centred line left by
  // half its width; dx puts the line back where Cytoscape draws it.
  const spans = lines
    .map((line, i) => {
      const place = i === 0 ? `y="${f(first)}"` : `dy="${LINE_HEIGHT}"`;
      const back = i < lines.length - 1 ? ` dx="${HALF_SPACE}"` : '';
      return `<tspan x="${f(x)}" ${place}${back}>${text(line)}</tspan>`;
    })
    .join(' ');
  return (
    `<g class="node" data-id="${attr(node.id())}"${opacityAttribute(node.effectiveOpacity())}>` +
    `<title>${text(tooltip)}</title>` +
    `<path d="${shapePath(shape, x, y, w, h)}" fill="${attr(hex(node.style('background-color')))}" stroke="${attr(hex(node.style('border-color')))}" stroke-width="${f(borderWidth)}"/>` +
    `<text fill="${attr(hex(node.style('color')))}"${weight === 'bold' || Number(weight) >= 600 ? ' font-weight="bold"' : ''}>${spans}</text>` +
    '</g>'
  );
}

const qbezierAt = (p0: number, p1: number, p2: number, t: number) =>
  (1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * p1 + t * t * p2;

function edgeSvg(
  edge: EdgeSingular,
  viewNodes: ReadonlyMap<string, ViewNode>,
  viewEdges: ReadonlyMap<string, ViewEdge>,
  graph: GovernanceGraph | null,
): string {
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

  let d: string;
  let sourceFrom: Point;
  let targetFrom: Point;
  if (controls && controls.length > 0) {
    // Quadratic pieces joined at the midpoints between control points, as Cytoscape draws them.
    const points = [lineStart];
    controls.forEach((c, i) => {
      points.push(c);
      const next = controls[i + 1];
      if (next) points.push({ x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 });
    });
    points.push(lineEnd);
    d = `M${f(lineStart.x)},${f(lineStart.y)}`;
    for (let i = 1; i + 1 < points.length; i += 2) {
      d += `Q${f(points[i]!.x)},${f(points[i]!.y)} ${f(points[i + 1]!.x)},${f(points[i + 1]!.y)}`;
    }
    const [a, b, c] = points.slice(0, 3) as [Point, Point, Point];
    const [x, y, z] = points.slice(-3) as [Point, Point, Point];
    sourceFrom = { x: qbezierAt(a.x, b.x, c.x, 0.1), y: qbezierAt(a.y, b.y, c.y, 0.1) };
    targetFrom = { x: qbezierAt(x.x, y.x, z.x, 0.9), y: qbezierAt(x.y, y.y, z.y, 0.9) };
  } else {
    const points = [lineStart, ...inner, lineEnd];
    d = `M${points.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}`;
    sourceFrom = inner[0] ?? end;
    targetFrom = inner[inner.length - 1] ?? start;
  }

  const color = hex(edge.style('line-color'));
  const lineStyle = edge.style('line-style');
  const dash =
    lineStyle === 'dashed'
      ? (edge.numericStyle('line-dash-pattern') as number[])
      : lineStyle === 'dotted'
        ? [1, 1]
        : null;
  const cap = edge.style('line-cap');
  const head = (shape: ArrowShape, tip: Point, from: Point, fill: string) => {
    const path = arrowPath(shape, tip, arrowAngle(tip.x - from.x, tip.y - from.y), size);
    return path && `<path d="${path}" fill="${attr(hex(fill))}"/>`;
  };
  const heads =
    head(sourceShape, start, sourceFrom, edge.style('source-arrow-color')) +
    head(targetShape, end, targetFrom, edge.style('target-arrow-color'));
  return (
    `<g class="edge" data-id="${attr(edge.id())}"${opacityAttribute(edge.effectiveOpacity())}>` +
    `<title>${text(edgeTitle(edge.id(), { source: edge.source().id(), target: edge.target().id() }, viewNodes, viewEdges, graph))}</title>` +
    `<path d="${d}" stroke="${attr(color)}" stroke-width="${f(width)}"${dash ? ` stroke-dasharray="${dash.map(f).join(' ')}"` : ''}${cap && cap !== 'butt' ? ` stroke-linecap="${attr(cap)}"` : ''}/>` +
    heads +
    '</g>'
  );
}

/** "NCIRC Technical Centre is part of NATO Communications and Information Agency", in the model's direction. */
function edgeTitle(
  id: string,
  drawnEnds: { source: string; target: string },
  viewNodes: ReadonlyMap<string, ViewNode>,
  viewEdges: ReadonlyMap<string, ViewEdge>,
  graph: GovernanceGraph | null,
): string {
  const name = (node: string) => viewNodes.get(node)?.name ?? node;
  if (graph?.hasEdge(id)) {
    const relation = graph.getEdgeAttributes(id);
    return `${name(graph.source(id))} ${relation.definition.label} ${name(graph.target(id))}`;
  }
  const type = viewEdges.get(id)?.type ?? '';
  return `${name(drawnEnds.source)} ${type} ${name(drawnEnds.target)}`;
}

/** The box around two bodies, which holds the elbow between them. */
function hull(a: NodeSingular, b: NodeSingular): Box {
  const p = a.boundingBox({ includeLabels: false });
  const q = b.boundingBox({ includeLabels: false });
  return {
    x1: Math.min(p.x1, q.x1),
    y1: Math.min(p.y1, q.y1),
    x2: Math.max(p.x2, q.x2),
    y2: Math.max(p.y2, q.y2),
  };
}

function connectorSvg(
  edge: ViewEdge,
  shown: ReadonlyMap<string, NodeSingular>,
  direction: GraphView['direction'],
  highlight: Highlight,
  theme: Theme,
  viewNodes: ReadonlyMap<string, ViewNode>,
  viewEdges: ReadonlyMap<string, ViewEdge>,
  graph: GovernanceGraph | null,
): string {
  const box = (id: string) => {
    const node = shown.get(id)!;
    const p = node.position();
    return { x: p.x, y: p.y, w: node.width(), h: node.height(), border: borderWidth(highlight.get(id)) };
  };
  const paint = treeLinkPaint(edge.type, highlight.get(edge.id) ?? [], theme);
  const shape = lineShape(treeLinkPoints(direction, edge.stacked, box(edge.source), box(edge.target)), paint);
  const d = `M${shape.line.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}`;
  const heads = shape.heads
    .map(({ outline, color }) => {
      if ('circle' in outline) {
        const { centre, radius } = outline.circle;
        return `<circle cx="${f(centre.x)}" cy="${f(centre.y)}" r="${f(radius)}" fill="${attr(color)}"/>`;
      }
      return `<path d="M${outline.polygon.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z" fill="${attr(color)}"/>`;
    })
    .join('');
  const title = edgeTitle(edge.id, edge, viewNodes, viewEdges, graph);
  return (
    `<g class="edge" data-id="${attr(edge.id)}"${opacityAttribute(paint.opacity)}>` +
    `<title>${text(title)}</title>` +
    `<path d="${d}" stroke="${attr(paint.color)}" stroke-width="${f(paint.width)}"${paint.dash ? ` stroke-dasharray="${paint.dash.map(f).join(' ')}"` : ''}/>` +
    heads +
    '</g>'
  );
}

function sourceText(source: SourceInfo): string {
  return `Source: ${source.title}${source.date ? ` (${source.date})` : ''}${source.url ? `, ${source.url}` : ''}`;
}

interface LegendEntry {
  label: string;
  swatch: (x: number, y: number) => string;
}

interface Legend {
  kinds: LegendEntry[];
  relations: LegendEntry[];
}

/** Kinds in the style definition's order (unknown kinds after them), relation types likewise. */
function legendEntries(
  kinds: ReadonlySet<string>,
  types: ReadonlySet<string>,
  theme: Theme,
  graph: GovernanceGraph | null,
): Legend {
  const kindEntries = [...kinds]
    .sort((a, b) => kindRank(a) - kindRank(b) || a.localeCompare(b))
    .map((kind): LegendEntry => {
      const paint = nodePaint(kind, theme);
      return {
        label: kindLabel(kind),
        swatch: (x, y) =>
          `<path d="${shapePath(paint.shape, x + SWATCH / 2, y, 30, 18)}" fill="${attr(paint.fill)}" stroke="${attr(paint.border)}" stroke-width="1.5"/>`,
      };
    });
  const definitions = graph?.getAttribute('relationTypes');
  const relationEntries = [...types].sort().map((type): LegendEntry => {
    const definition = definitions?.get(type);
    const style = relationStyle(type, definition);
    const color = attr(edgeColor(style, theme));
    const dash = dashPattern(style.line, style.width);
    const size = arrowSize(style.width, 1.1);
    return {
      label: relationTypeLabel(type, definition),
      swatch: (x, y) => {
        const from = { x: x + 2, y };
        const to = { x: x + SWATCH - 2, y };
        const a = toward(from, to, lineInset(style.sourceArrow, style.width, 1.1));
        const b = toward(to, from, lineInset(style.targetArrow, style.width, 1.1));
        const heads = [
          arrowPath(style.sourceArrow, from, arrowAngle(-1, 0), size),
          arrowPath(style.targetArrow, to, arrowAngle(1, 0), size),
        ]
          .filter((p) => p !== '')
          .map((p) => `<path d="${p}" fill="${color}"/>`)
          .join('');
        return `<path d="M${f(a.x)},${f(y)}H${f(b.x)}" fill="none" stroke="${color}" stroke-width="${style.width}"${dash ? ` stroke-dasharray="${dash.map(f).join(' ')}"` : ''}/>${heads}`;
      },
    };
  });
  return { kinds: kindEntries, relations: relationEntries };
}

function legendSvg(legend: Legend, x: number, y: number, width: number): { svg: string; bottom: number } {
  const columns = Math.max(1, Math.floor(width / LEGEND_COLUMN));
  const parts: string[] = ['<g class="legend" font-size="12">'];
  let cursor = y;
  for (const [heading, entries] of [
    ['Bodies', legend.kinds],
    ['Relations', legend.relations],
  ] as const) {
    if (entries.length === 0) continue;
    cursor += 18;
    parts.push(`<text x="${f(x)}" y="${f(cursor)}" font-weight="bold">${heading}</text>`);
    cursor += 6;
    entries.forEach((entry, i) => {
      const cx = x + (i % columns) * LEGEND_COLUMN;
      const cy = cursor + Math.floor(i / columns) * LEGEND_ROW + LEGEND_ROW / 2;
      parts.push(
        `<g>${entry.swatch(cx, cy)}<text x="${f(cx + SWATCH + 8)}" y="${f(cy + 4)}">${text(entry.label)}</text></g>`,
      );
    });
    cursor += Math.ceil(entries.length / columns) * LEGEND_ROW;
  }
  parts.push('</g>');
  return { svg: parts.join(''), bottom: cursor };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once Cytoscape has finished fading highlights in and gliding bodies to new places
 * (or after `maxFrames`), so that an export made right after a change shows where it ends rather
 * than a frame half-way. Transitions start a frame after the classes change, hence the first wait.
 */
export async function whenSettled(cy: Core, maxFrames = 120): Promise<void> {
  await nextFrame();
  await nextFrame();
  for (
    let i = 0;
    i < maxFrames &&
    cy
      .elements()
      .toArray()
      .some((e) => e.animated());
    i++
  )
    await nextFrame();
}
