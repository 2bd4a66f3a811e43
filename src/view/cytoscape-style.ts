import type { StylesheetJson } from 'cytoscape';
import {
  ARROW_SCALE,
  DEFAULT_KIND_STYLE,
  DIMMED_EDGE_OPACITY,
  dashPattern,
  EDGE_OPACITY,
  edgeColor,
  FONT_SIZE,
  HIGHLIGHT_WIDTH,
  KIND_STYLES,
  LINE_HEIGHT,
  nodePaint,
  OTHER_CHAIN_STYLE,
  OTHER_RELATION_STYLE,
  RELATION_STYLES,
  type RelationStyle,
  TEXT_WIDTH,
} from './graph-style.js';
import type { Theme } from './theme.js';

/** Relation type keys the stylesheet has selectors for; others draw as `other` or `other-chain`. */
export function relationStyleKey(type: string, chainOfCommand: boolean): string {
  if (Object.hasOwn(RELATION_STYLES, type)) return type;
  return chainOfCommand ? 'other-chain' : 'other';
}

export function kindStyleKey(kind: string): string {
  return Object.hasOwn(KIND_STYLES, kind) ? kind : 'other';
}

/** Highlight classes under which a large drawing's relations get their dashes back. */
const LIT_EDGE_CLASSES = ['superior', 'subordinate', 'related', 'on-path'];

function edgeRules(key: string, style: RelationStyle, theme: Theme, large: boolean): StylesheetJson {
  const color = edgeColor(style, theme);
  const dash = dashPattern(style.line, style.width);
  const selector = `edge[styleKey = "${key}"]`;
  const line = {
    'line-style': style.line === 'solid' ? 'solid' : 'dashed',
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
  // The canvas dashes a line along its whole length, on screen or not: a thousand dashed lines
  // across a large drawing cost over a second per frame. Colour still tells the types apart.
  return [rule, { selector: LIT_EDGE_CLASSES.map((cls) => `${selector}.${cls}`).join(', '), style: line }];
}

/**
 * The Cytoscape stylesheet for a theme: plain JSON with data() mappers and classes, so it can be
 * inspected in headless mode and no function runs per element. A `large` drawing (more elements
 * than DIM_LIMIT) trades two effects for speed: no fades, and relations drawn solid until lit.
 */
export function cytoscapeStyle(theme: Theme, options: { large?: boolean } = {}): StylesheetJson {
  const large = options.large ?? false;
  // Each transition is an animation per element: fine for a few hundred, a stall for thousands.
  const fade = large ? {} : { 'transition-property': 'opacity', 'transition-duration': 150 };
  const kindRules: StylesheetJson = [...Object.entries(KIND_STYLES), ['other', DEFAULT_KIND_STYLE] as const].map(
    ([key, style]) => {
      const paint = nodePaint(key === 'other' ? '' : key, theme);
      return {
        selector: `node[styleKey = "${key}"]`,
        style: {
          shape: style.shape,
          'background-color': paint.fill,
          'border-color': paint.border,
        },
      };
    },
  );
  const relationRules: StylesheetJson = [
    ...Object.entries(RELATION_STYLES).flatMap(([key, style]) => edgeRules(key, style, theme, large)),
    ...edgeRules('other-chain', OTHER_CHAIN_STYLE, theme, large),
    ...edgeRules('other', OTHER_RELATION_STYLE, theme, large),
  ];
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
        'border-width': HIGHLIGHT_WIDTH.none,
        ...fade,
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': ARROW_SCALE,
        opacity: EDGE_OPACITY,
        ...fade,
      },
    },
    ...relationRules,
    // Relations outside the chain of command recede until a body they touch is selected.
    // Solid lines read heavier than dashed ones: in a large drawing they recede further.
    { selector: 'edge.relation', style: { opacity: large ? 0.25 : 0.4 } },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: 'edge.dimmed', style: { opacity: DIMMED_EDGE_OPACITY } },
    {
      selector: 'node.superior',
      style: { 'border-color': theme.chainHighlight, 'border-width': HIGHLIGHT_WIDTH.chain },
    },
    {
      selector: 'edge.superior',
      style: {
        'line-color': theme.chainHighlight,
        'target-arrow-color': theme.chainHighlight,
        'source-arrow-color': theme.chainHighlight,
        width: HIGHLIGHT_WIDTH.chain,
      },
    },
    {
      selector: 'node.subordinate',
      style: { 'border-color': theme.subordinateHighlight, 'border-width': HIGHLIGHT_WIDTH.chain },
    },
    {
      selector: 'edge.subordinate',
      style: {
        'line-color': theme.subordinateHighlight,
        'target-arrow-color': theme.subordinateHighlight,
        'source-arrow-color': theme.subordinateHighlight,
        width: HIGHLIGHT_WIDTH.chain,
      },
    },
    { selector: 'edge.related', style: { opacity: 1, width: 2.4 } },
    { selector: 'node.on-path', style: { 'border-color': theme.pathHighlight, 'border-width': HIGHLIGHT_WIDTH.path } },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': theme.pathHighlight,
        'target-arrow-color': theme.pathHighlight,
        'source-arrow-color': theme.pathHighlight,
        width: HIGHLIGHT_WIDTH.path,
        opacity: 1,
      },
    },
    {
      selector: 'node.selected',
      style: {
        'border-color': theme.selection,
        'border-width': HIGHLIGHT_WIDTH.path,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'node.keyboard-focus',
      style: { 'overlay-color': theme.selection, 'overlay-opacity': 0.14, 'overlay-padding': 6 },
    },
    { selector: 'node:active', style: { 'overlay-opacity': 0.08 } },
  ];
}
