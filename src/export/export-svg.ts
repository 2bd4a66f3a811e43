import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { GovernanceGraph } from '../../model/graph.js';
import type { SourceInfo } from '../../model/types.js';
import { edgeKey, isBadgeKey, modelId } from '../view/element-key.js';
import { FONT_SIZE } from '../view/graph-style.js';
import { EdgeRole, type GraphView, type ViewEdge, type ViewNode } from '../view/graph-view.js';
import type { Highlight } from '../view/highlight.js';
import { HighlightState } from '../view/highlight-state.js';
import { LINE_REACH } from '../view/layer-lines.js';
import { legendGroups } from '../view/legend.js';
import type { Theme } from '../view/theme.js';
import { type Box, intersects } from './bounds.js';
import type { TitleSource } from './edge-title.js';
import { f } from './svg-attributes.js';
import { edgeSvg } from './svg-edges.js';
import { headingBox, laneHeadingsSvg, layerLineSvg, shownLayerLines } from './svg-layer-lines.js';
import { LEGEND_COLUMN, legendSvg } from './svg-legend.js';
import { badgeSvg, nodeSvg } from './svg-nodes.js';
import { escapeAttribute as attr, escapeText as text } from './xml-text.js';

/*
 * The SVG exporter, assembled like Cytoscape's renderer from one module per drawn thing: bodies
 * (svg-nodes.ts), Cytoscape's edges (svg-edges.ts), the layer lines (svg-layer-lines.ts) and the
 * legend (svg-legend.ts). This file chooses what is drawn, frames it, orders it and adds the
 * title and source line.
 *
 * Why a hand-written serializer: cytoscape-svg, the usual answer, is GPL-3.0 (this project is
 * MIT) and redraws through Cytoscape's private renderer internals, which change between minor
 * versions. Cytoscape's public API already gives every position, size, endpoint and resolved
 * style; turning those into SVG elements is a few hundred lines we own. Reading the resolved
 * style of each element (not the style definition) is what makes selection, dimming and path
 * highlighting come out as on screen without the exporter knowing those rules. The layer lines
 * (tree links, hubs' bundled lines) are not Cytoscape edges: they come from the geometry and
 * paint the screen's line layer uses.
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
  /** The highlight drawn on screen, which the layer lines (not Cytoscape edges) take from here. */
  highlight?: Highlight;
  /** The layer lines drawn on screen (see `relations`); every layer line of the view without it. */
  layerLines?: readonly ViewEdge[];
  /**
   * Only the elements whose key (nodeKey, edgeKey, badgeKey) this accepts are drawn, the rest left
   * out rather than ghosted: "selection only". Everything drawn when absent or null.
   */
  only?: ((key: string) => boolean) | null;
  /** The year shown, whose new bodies and lines (highlight state `added`) the legend explains. */
  year?: number | null;
}

const PADDING = 24;
const TITLE_SIZE = 18;
const SMALL_SIZE = 11;

/** Rough width of sans-serif text, for sizing the frame around titles and legend entries. */
const textWidth = (s: string, size: number) => s.length * size * 0.6;

/** Cytoscape draws every edge under every node; within each group, higher z-index on top. */
function byZ<T extends NodeSingular | EdgeSingular>(list: T[]): T[] {
  return list
    .map((ele, i) => ({ ele, i, z: Number(ele.numericStyle('z-index')) || 0 }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map((x) => x.ele);
}

function sourceText(source: SourceInfo): string {
  return `Source: ${source.title}${source.date ? ` (${source.date})` : ''}${source.url ? `, ${source.url}` : ''}`;
}

/**
 * The diagram as a standalone SVG document: what Cytoscape draws (filtered elements are not in
 * `cy`, highlighting comes with each element's resolved style), with every label as real text
 * wrapped as on screen, a tooltip per body and line, and optionally a title, a legend and the
 * source. Nothing in it runs or loads anything.
 */
export function exportSvg(cy: Core, view: GraphView, options: SvgExportOptions): string {
  const { theme, graph = null } = options;
  const viewNodes = new Map<string, ViewNode>(view.nodes.map((n) => [n.id, n]));
  const viewEdges = new Map<string, ViewEdge>(view.edges.map((e) => [e.id, e]));
  const names: TitleSource = { viewNodes, viewEdges, graph };
  const extent = cy.extent();

  const only = options.only ?? (() => true);
  let nodes = cy.nodes().filter((n) => n.visible() && only(n.id()));
  let edges = cy.edges().filter((e) => e.visible() && only(e.id()));
  if (options.scope === 'view') {
    nodes = nodes.filter((n) => intersects(n.boundingBox(), extent));
    edges = edges.filter((e) => intersects(e.boundingBox(), extent));
  }
  const highlight: Highlight = options.highlight ?? new Map();
  // Bodies by model id, for the layer lines' ends; a collapsed body's badge shares its model id.
  const bodies = (nodes.toArray() as NodeSingular[]).filter((n) => !isBadgeKey(n.id()));
  const shown = new Map(bodies.map((n) => [modelId(n.id()), n] as const));
  const layerLines = shownLayerLines(
    (options.layerLines ?? view.edges).filter((line) => only(edgeKey(line.id))),
    shown,
    options.scope === 'view' ? extent : null,
  );
  // A lane's heading names bodies beside each other; with only some of them drawn it names too much.
  const headings = (options.only ? [] : (view.headings ?? [])).filter(
    (h) => options.scope !== 'view' || intersects(headingBox(h, theme), extent),
  );
  const drawn = nodes.union(edges);
  let frame: Box;
  // The view is drawn at the screen's size (extent × zoom = the canvas in CSS pixels), so a view
  // zoomed out over a large chart does not become a picture at the model's scale.
  const zoom = options.scope === 'view' ? Number(cy.zoom().toPrecision(6)) : 1;
  if (options.scope === 'view') frame = extent;
  else if (drawn.empty()) frame = { x1: 0, y1: 0, x2: 320, y2: 120 };
  else {
    const box = drawn.boundingBox({ includeLabels: true, includeOverlays: false });
    let { x1, y1, x2, y2 } = box;
    for (const heading of headings) {
      const b = headingBox(heading, theme);
      x1 = Math.min(x1, b.x1);
      y1 = Math.min(y1, b.y1);
      x2 = Math.max(x2, b.x2);
      y2 = Math.max(y2, b.y2);
    }
    // A block's column lines run LINE_REACH before its bodies, past the box around them.
    const pad = layerLines.some((line) => line.stacked) ? PADDING + LINE_REACH : PADDING;
    frame = { x1: x1 - pad, y1: y1 - pad, x2: x2 + pad, y2: y2 + pad };
  }

  const diagram = frame;
  frame = { x1: frame.x1 * zoom, y1: frame.y1 * zoom, x2: frame.x2 * zoom, y2: frame.y2 * zoom };

  const kinds = new Set<string>();
  let undated = 0;
  nodes.forEach((n) => {
    const viewNode = viewNodes.get(modelId(n.id()));
    kinds.add(viewNode?.kind ?? '');
    if (viewNode?.undated) undated++;
  });
  const types = new Set<string>(layerLines.map((line) => line.type));
  edges.forEach((e) => {
    const type = viewEdges.get(modelId(e.id()))?.type;
    if (type !== undefined) types.add(type);
  });
  const definitions = graph?.getAttribute('relationTypes') ?? new Map();
  const kindTable = view.kinds;
  let secondSuperiors = layerLines.filter((line) => line.role === EdgeRole.secondSuperior).length;
  let inferred = layerLines.filter((line) => line.inferred).length;
  edges.forEach((e) => {
    const drawnEdge = viewEdges.get(modelId(e.id()));
    if (drawnEdge?.role === EdgeRole.secondSuperior) secondSuperiors++;
    if (drawnEdge?.inferred) inferred++;
  });
  // What the drawing marks as new in the year shown, bodies and lines alike, as the screen's legend counts it.
  const addedIn = () => {
    if (options.year === undefined || options.year === null) return {};
    let count = 0;
    for (const states of highlight.values()) if (states.includes(HighlightState.added)) count++;
    return { added: { year: options.year, count } };
  };
  const legend = options.legend
    ? legendGroups({ kinds, types, definitions, kindTable, secondSuperiors, inferred, undated, ...addedIn(), theme })
    : null;
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
  if (zoom !== 1) out.push(`<g class="view" transform="scale(${zoom})">`);
  if (clipped) {
    out.push(
      `<clipPath id="gov-viewport"><rect x="${f(diagram.x1)}" y="${f(diagram.y1)}" width="${f(diagram.x2 - diagram.x1)}" height="${f(diagram.y2 - diagram.y1)}"/></clipPath>`,
      '<g clip-path="url(#gov-viewport)">',
    );
  }
  out.push('<g class="edges" fill="none" stroke-linejoin="round">');
  // Beneath Cytoscape's canvas on screen, so beneath its edges here.
  const context = { shown, direction: view.direction, highlight, theme };
  for (const line of layerLines) out.push(layerLineSvg(line, context, names));
  for (const edge of byZ(edges.toArray() as EdgeSingular[])) out.push(edgeSvg(edge, names));
  out.push('</g>', laneHeadingsSvg(headings, theme, highlight));
  out.push(`<g class="nodes" font-size="${FONT_SIZE}" text-anchor="middle">`);
  for (const node of byZ(nodes.toArray() as NodeSingular[])) {
    out.push(isBadgeKey(node.id()) ? badgeSvg(node) : nodeSvg(node, viewNodes.get(modelId(node.id())), view.kinds));
  }
  out.push('</g>');
  if (clipped) out.push('</g>');
  if (zoom !== 1) out.push('</g>');

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
