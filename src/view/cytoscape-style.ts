import type { StylesheetJson } from 'cytoscape';
import { BUILTIN_KINDS } from '../../model/kinds.js';
import type { RelationFamily } from '../../model/types.js';
import { BADGE_FONT_SIZE } from './badge.js';
import {
  ARROW_SCALE,
  dashPattern,
  edgeColor,
  FONT_SIZE,
  LINE_HEIGHT,
  nodePaint,
  type Palette,
  paletteOf,
  RELATION_FAMILY_STYLES,
  type RelationStyle,
  relationStyle,
  TEXT_WIDTH,
  UNDATED_CLASS,
  UNDATED_DASH,
} from './graph-style.js';
import { EdgeRole, type ViewEdge } from './graph-view.js';
import {
  DASHED_WHEN_HIGHLIGHTED,
  EDGE_OPACITY,
  type EdgeStatePaint,
  HIGHLIGHT_PAINT,
  type NodeStatePaint,
  PLAIN_WIDTH,
  RELATION_OPACITY,
} from './paint.js';
import type { Theme } from './theme.js';

/** The lines drawn along a route (their data holds its bends, see cytoscape-routes.ts). */
export const ROUTED_LINE = 'edge[segmentWeights]';

/** The stylesheet key of a line: its family's, or the second superior's; `-inferred` when inferred. */
export function relationStyleKey(edge: Pick<ViewEdge, 'family' | 'role' | 'inferred'>): string {
  const key = edge.role === EdgeRole.secondSuperior ? EdgeRole.secondSuperior : edge.family;
  return edge.inferred ? `${key}${INFERRED_SUFFIX}` : key;
}

const INFERRED_SUFFIX = '-inferred';

function edgeRules(key: string, style: RelationStyle, theme: Theme, large: boolean): StylesheetJson {
  const color = edgeColor(style, theme);
  const dash = dashPattern(style.line, style.width);
  const selector = `edge[styleKey = "${key}"]`;
  const line = {
    'line-style': dash ? 'dashed' : 'solid',
    ...(dash ? { 'line-dash-pattern': dash } : {}),
  } as const;
  const rule: StylesheetJson[number] = {
    selector,
    style: {
      width: style.width,
      'line-color': color,
      'target-arrow-color': color,
      'target-arrow-shape': style.targetArrow,
      'source-arrow-color': color,
      'source-arrow-shape': style.sourceArrow,
      ...(large ? {} : line),
    },
  };
  if (!large || !dash) return [rule];
  return [rule, { selector: DASHED_WHEN_HIGHLIGHTED.map((cls) => `${selector}.${cls}`).join(', '), style: line }];
}

/**
 * The Cytoscape stylesheet for a theme: plain JSON with data() mappers and classes, so it can be
 * inspected in headless mode and no function runs per element. Highlight rules are generated
 * from the paint table (paint.ts). A `large` drawing (see LARGE_VIEW in thresholds.ts) trades two
 * effects for speed: no fades, and relations drawn solid until highlighted.
 */
export function cytoscapeStyle(theme: Theme, options: { large?: boolean; palette?: Palette } = {}): StylesheetJson {
  const large = options.large ?? false;
  const palette = options.palette ?? paletteOf(BUILTIN_KINDS);
  // Each transition is an animation per element: fine for a few hundred, a stall for thousands.
  const fade = large ? {} : { 'transition-property': 'opacity', 'transition-duration': 150 };
  const kindRules: StylesheetJson = [...palette.looks].map(([key, style]) => {
    const paint = nodePaint(style, theme);
    return {
      selector: `node[styleKey = "${key}"]`,
      style: {
        shape: style.shape,
        'background-color': paint.fill,
        'border-color': paint.border,
      },
    };
  });
  const families = Object.keys(RELATION_FAMILY_STYLES) as RelationFamily[];
  const relationRules: StylesheetJson = [false, true].flatMap((inferred) => {
    const suffix = inferred ? INFERRED_SUFFIX : '';
    return [
      ...families.flatMap((family) =>
        edgeRules(`${family}${suffix}`, relationStyle(family, false, inferred), theme, large),
      ),
      ...edgeRules(`${EdgeRole.secondSuperior}${suffix}`, relationStyle('chain', true, inferred), theme, large),
    ];
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(width)',
        height: 'data(height)',
        'font-family': theme.fontFamily,
        'font-size': FONT_SIZE,
        'line-height': LINE_HEIGHT / FONT_SIZE,
        color: theme.text,
        'text-valign': 'center',
        'text-halign': 'center',
        // Labels arrive already wrapped (the exporter needs the same lines), so Cytoscape only breaks at \n.
        'text-wrap': 'wrap',
        'text-max-width': `${TEXT_WIDTH + 8}px`,
        // Room around the label's cached texture: the canvas draws some bold text a few pixels
        // wider than it measures it (kerning and hinting), which Cytoscape would cut at both ends.
        'text-background-padding': '4px',
        'border-width': PLAIN_WIDTH,
        ...fade,
      },
    },
    ...kindRules,
    // In a year's view, a body the source gives no start date for (see ViewNode.undated).
    {
      selector: `node.${UNDATED_CLASS}`,
      style: { 'border-style': 'dashed', 'border-dash-pattern': [...UNDATED_DASH] },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': ARROW_SCALE,
        opacity: EDGE_OPACITY,
        ...fade,
      },
    },
    // A routed line (route-lines.ts) bends where its data says, measured from its ends' centres.
    {
      selector: ROUTED_LINE,
      style: {
        'curve-style': 'segments',
        'segment-weights': 'data(segmentWeights)',
        'segment-distances': 'data(segmentDistances)',
        'edge-distances': 'node-position',
      },
    },
    ...relationRules,
    badgeRule(theme),
    // Relations outside the chain of command recede until a body they touch is selected.
    {
      selector: `edge.${EdgeRole.relation}`,
      style: { opacity: large ? RELATION_OPACITY.large : RELATION_OPACITY.normal },
    },
    ...highlightRules(theme),
    { selector: 'node:active', style: { 'overlay-opacity': 0.08 } },
  ];
}

/**
 * The "+N" badge of a collapsed body (badge.ts): the accent colour with its own text colour,
 * which each theme chooses to contrast, ringed in the background colour to stand off the body's
 * border, and above every body (a selected body is lifted to z-index 10).
 */
function badgeRule(theme: Theme): StylesheetJson[number] {
  return {
    selector: 'node.badge',
    style: {
      shape: 'round-rectangle',
      'background-color': theme.accent,
      'border-color': theme.background,
      'border-width': 1.5,
      color: theme.accentText,
      'font-size': BADGE_FONT_SIZE,
      'line-height': 1,
      'font-weight': 'bold',
      'text-wrap': 'none',
      'z-index': 20,
    },
  };
}

/** Cytoscape style properties for what a highlight state changes on a body. */
function nodeStyle(paint: NodeStatePaint, theme: Theme): Record<string, string | number> {
  const style: Record<string, string | number> = {};
  if (paint.border) style['border-color'] = theme[paint.border];
  if (paint.borderWidth !== undefined) style['border-width'] = paint.borderWidth;
  if (paint.opacity !== undefined) style.opacity = paint.opacity;
  if (paint.bold) style['font-weight'] = 'bold';
  if (paint.zIndex !== undefined) style['z-index'] = paint.zIndex;
  if (paint.overlay) {
    style['overlay-color'] = theme[paint.overlay.color];
    style['overlay-opacity'] = paint.overlay.opacity;
    style['overlay-padding'] = paint.overlay.padding;
  }
  if (paint.outline) {
    style['outline-color'] = theme[paint.outline.color];
    style['outline-width'] = paint.outline.width;
    style['outline-offset'] = paint.outline.offset;
  }
  return style;
}

/** Cytoscape style properties for what a highlight state changes on a line. */
function edgeStyle(paint: EdgeStatePaint, theme: Theme): Record<string, string | number> {
  const style: Record<string, string | number> = {};
  if (paint.color) {
    const color = theme[paint.color];
    Object.assign(style, { 'line-color': color, 'target-arrow-color': color, 'source-arrow-color': color });
  }
  if (paint.width !== undefined) style.width = paint.width;
  if (paint.opacity !== undefined) style.opacity = paint.opacity;
  return style;
}

/** One class selector per state and element group, in the paint table's order of precedence. */
function highlightRules(theme: Theme): StylesheetJson {
  return HIGHLIGHT_PAINT.flatMap(({ state, node, edge }) => [
    ...(node ? [{ selector: `node.${state}`, style: nodeStyle(node, theme) }] : []),
    ...(edge ? [{ selector: `edge.${state}`, style: edgeStyle(edge, theme) }] : []),
  ]);
}
