import { isKnownKind, type KnownEntityKind } from '../../model/kinds.js';
import type { RelationTypeDefinition } from '../../model/types.js';
import type { Theme } from './theme.js';

/**
 * The one definition of how bodies and relations look. The Cytoscape stylesheet, the legend and
 * the SVG exporter all read it, so a colour changed here changes everywhere.
 */

/** Shapes both Cytoscape and the SVG exporter can draw. */
export const NODE_SHAPES = ['round-rectangle', 'rectangle', 'cut-rectangle', 'hexagon', 'ellipse', 'octagon'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export interface KindStyle {
  shape: NodeShape;
  /** Hue of the fill and border; light and dark themes derive their tints from it. */
  hue: string;
}

/**
 * Hues used by more than one kind or relation type, named so that each is written once: kinds of
 * one family share a hue, and a relation type may share its colour with the kind it mostly joins.
 */
const HUE = {
  amber: '#b45f06',
  grey: '#6b7280',
  ochre: '#a16207',
  brown: '#9c6644',
  slate: '#64748b',
  darkSlate: '#334155',
  navy: '#1d4e89',
} as const;

/** How each kind the model knows by name (see model/kinds.ts) is drawn. */
export const KIND_STYLES = {
  body: { shape: 'round-rectangle', hue: HUE.navy },
  committee: { shape: 'round-rectangle', hue: '#2f6fb3' },
  role: { shape: 'octagon', hue: '#6b3fa0' },
  command: { shape: 'rectangle', hue: '#3d5a3a' },
  agency: { shape: 'rectangle', hue: '#00777a' },
  centre: { shape: 'hexagon', hue: '#138a5f' },
  team: { shape: 'hexagon', hue: '#4f8a10' },
  school: { shape: 'round-rectangle', hue: HUE.amber },
  college: { shape: 'round-rectangle', hue: HUE.amber },
  academy: { shape: 'round-rectangle', hue: HUE.amber },
  facility: { shape: 'rectangle', hue: HUE.brown },
  exercise: { shape: 'octagon', hue: '#c2410c' },
  policy: { shape: 'cut-rectangle', hue: HUE.grey },
  pledge: { shape: 'cut-rectangle', hue: '#8a6d00' },
  arrangement: { shape: 'cut-rectangle', hue: HUE.ochre },
  partnership: { shape: 'cut-rectangle', hue: '#b7791f' },
  process: { shape: 'cut-rectangle', hue: '#4b5563' },
  platform: { shape: 'rectangle', hue: '#5b21b6' },
  state: { shape: 'ellipse', hue: '#9f1239' },
  organisation: { shape: 'ellipse', hue: '#be185d' },
  group: { shape: 'ellipse', hue: '#7c2d12' },
} as const satisfies Record<KnownEntityKind, KindStyle>;

export const DEFAULT_KIND_STYLE: KindStyle = {
  shape: 'round-rectangle',
  hue: '#475569',
};

export function kindStyle(kind: string): KindStyle {
  return isKnownKind(kind) ? KIND_STYLES[kind] : DEFAULT_KIND_STYLE;
}

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];
/** Arrow heads both Cytoscape and the SVG exporter can draw. */
export type ArrowShape = 'none' | 'triangle' | 'vee' | 'diamond' | 'circle' | 'tee' | 'square';

/** How a relation type is drawn; its name comes from its definition (relationTypeLabel). */
export interface RelationStyle {
  color: string;
  line: LineStyle;
  width: number;
  /** Arrow at the drawn target (for chain-of-command types the subordinate). */
  targetArrow: ArrowShape;
  /** Arrow at the drawn source (for chain-of-command types the superior). */
  sourceArrow: ArrowShape;
}

export const RELATION_STYLES = {
  oversees: {
    color: HUE.navy,
    line: 'solid',
    width: 2.2,
    targetArrow: 'triangle',
    sourceArrow: 'none',
  },
  'responsible-for': {
    color: '#0f766e',
    line: 'solid',
    width: 2.2,
    targetArrow: 'vee',
    sourceArrow: 'none',
  },
  'part-of': {
    color: HUE.darkSlate,
    line: 'solid',
    width: 2.2,
    targetArrow: 'none',
    sourceArrow: 'diamond',
  },
  'cooperates-with': {
    color: '#15803d',
    line: 'dashed',
    width: 1.6,
    targetArrow: 'none',
    sourceArrow: 'none',
  },
  'hosted-by': {
    color: HUE.brown,
    line: 'dotted',
    width: 1.6,
    targetArrow: 'square',
    sourceArrow: 'none',
  },
  'party-to': {
    color: HUE.ochre,
    line: 'dashed',
    width: 1.4,
    targetArrow: 'circle',
    sourceArrow: 'none',
  },
  'member-of': {
    color: '#7c3aed',
    line: 'dashed',
    width: 1.4,
    targetArrow: 'circle',
    sourceArrow: 'none',
  },
  'accredited-by': {
    color: '#b45309',
    line: 'dotted',
    width: 1.6,
    targetArrow: 'tee',
    sourceArrow: 'none',
  },
  'renamed-to': {
    color: HUE.slate,
    line: 'dashed',
    width: 1.6,
    targetArrow: 'vee',
    sourceArrow: 'none',
  },
  implements: {
    color: HUE.grey,
    line: 'dotted',
    width: 1.4,
    targetArrow: 'vee',
    sourceArrow: 'none',
  },
  endorsed: {
    color: HUE.grey,
    line: 'dotted',
    width: 1.4,
    targetArrow: 'triangle',
    sourceArrow: 'none',
  },
  supports: {
    color: '#0e7490',
    line: 'dotted',
    width: 1.4,
    targetArrow: 'vee',
    sourceArrow: 'none',
  },
} as const satisfies Record<string, RelationStyle>;

/** A chain-of-command type the model declares itself. */
export const OTHER_CHAIN_STYLE: RelationStyle = {
  color: HUE.darkSlate,
  line: 'solid',
  width: 2.2,
  targetArrow: 'triangle',
  sourceArrow: 'none',
};
/** Any other relation type the model declares itself. */
export const OTHER_RELATION_STYLE: RelationStyle = {
  color: HUE.slate,
  line: 'dashed',
  width: 1.4,
  targetArrow: 'vee',
  sourceArrow: 'none',
};

/** Styles for relation types a model declares itself: chain-of-command types solid, the rest dashed. */
export function relationStyle(type: string, definition: Readonly<RelationTypeDefinition> | undefined): RelationStyle {
  if (Object.hasOwn(RELATION_STYLES, type)) return RELATION_STYLES[type as keyof typeof RELATION_STYLES];
  return definition?.chainOfCommand ? OTHER_CHAIN_STYLE : OTHER_RELATION_STYLE;
}

/** Mixes `hex` with white (amount > 0) or black (amount < 0); the tints of the fills. */
export function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const target = amount > 0 ? 255 : 0;
  const mixed = channels.map((c) => Math.round(c + (target - c) * Math.abs(amount)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export interface NodePaint {
  shape: NodeShape;
  fill: string;
  border: string;
  text: string;
}

export function nodePaint(kind: string, theme: Theme): NodePaint {
  const style = kindStyle(kind);
  return theme.mode === 'light'
    ? { shape: style.shape, fill: tint(style.hue, 0.86), border: style.hue, text: theme.text }
    : { shape: style.shape, fill: tint(style.hue, -0.55), border: tint(style.hue, 0.45), text: theme.text };
}

/** Edge colour as drawn in a theme: dark themes lift the hue so lines stay visible. */
export function edgeColor(style: RelationStyle, theme: Theme): string {
  return theme.mode === 'light' ? style.color : tint(style.color, 0.45);
}

export const NODE_WIDTH = 176;
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
export const NODE_PADDING_X = 12;
export const NODE_PADDING_Y = 9;
/** Width left for text inside a node. */
export const TEXT_WIDTH = NODE_WIDTH - 2 * NODE_PADDING_X;
export const MAX_LABEL_LINES = 4;

export function nodeHeight(lineCount: number): number {
  return Math.max(40, lineCount * LINE_HEIGHT + 2 * NODE_PADDING_Y);
}

export const ARROW_SCALE = 1.1;

/** Line-dash pattern shared by screen and export, in multiples of the edge width. */
export function dashPattern(line: LineStyle, width: number): number[] | null {
  if (line === 'dashed') return [6 * width, 4 * width].map((n) => Math.round(n / width) * width);
  if (line === 'dotted') return [width, 2.5 * width];
  return null;
}
