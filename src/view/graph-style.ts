import { type BuiltinFamily, KIND_SHAPES, type KindShape, type KindTable } from '../../model/kinds.js';
import type { RelationFamily } from '../../model/types.js';
import { AUTOMATIC_COLOURS } from './automatic-colours.generated.js';
import type { Theme } from './theme.js';

/**
 * The one definition of how bodies and relations look. The Cytoscape stylesheet, the legend and
 * the SVG exporter all read it, so a colour changed here changes everywhere.
 */

/** Shapes both Cytoscape and the SVG exporter can draw: the kinds' shapes (model/kinds.ts). */
export const NODE_SHAPES = KIND_SHAPES;
export type NodeShape = KindShape;

export interface KindStyle {
  shape: NodeShape;
  /** Hue of the fill and border; light and dark themes derive their tints from it. */
  hue: string;
}

/**
 * How each built-in family is drawn: one shape and one hue, shared by its kinds, no two alike.
 * The hues keep clear of the highlight colours (theme.ts: the chain's blue, the subordinates'
 * green, the selection's orange, the path's magenta, the lime of what is new in a year) and of
 * the lines' slate, so that no colour means two things; tests/view/graph-style.test.ts
 * measures the distances.
 */
export const FAMILY_STYLES = {
  political: { shape: 'round-rectangle', hue: '#1d3f6e' },
  executive: { shape: 'rectangle', hue: '#6b3fa0' },
  military: { shape: 'octagon', hue: '#55601c' },
  operational: { shape: 'hexagon', hue: '#00797c' },
  education: { shape: 'barrel', hue: '#a86a00' },
  document: { shape: 'cut-rectangle', hue: '#7d6f63' },
  partner: { shape: 'ellipse', hue: '#a3153f' },
} as const satisfies Record<BuiltinFamily, KindStyle>;

/** The look of a family or kind nothing else decides (a kind outside any table). */
export const DEFAULT_KIND_STYLE: KindStyle = { shape: 'round-rectangle', hue: '#475569' };

/** The colour of every line: lines are told apart by stroke, dash and arrow, so they print in grey too. */
export const LINE_COLOUR = '#3f3f46';

/**
 * The dash of an undated body's border, in pixels (dash, gap): in a year's view, a body the
 * source gives no start date for is drawn in every year, and its dashed border says so.
 */
export const UNDATED_DASH: readonly number[] = [5, 3];
/** The class of an undated body's element, on screen and in the SVG. */
export const UNDATED_CLASS = 'undated';

/**
 * The looks of one model's kinds. Families the product knows keep their look; each family of the
 * model's own gets the next automatic colour (automatic-colours.generated.ts: distinct, and clear
 * of every colour that already means something) and the round-rectangle; a kind's declared colour and shape override its family's. `key` is the
 * stylesheet key of a kind's look: one per distinct look, never the kind itself, so that no
 * model's word reaches a selector.
 */
export interface Palette {
  kind(kind: string): KindStyle;
  family(family: string): KindStyle;
  key(kind: string): string;
  /** Every look with its key, for the stylesheet. */
  looks: ReadonlyMap<string, KindStyle>;
}

const palettes = new WeakMap<KindTable, Palette>();

/** The palette of a kind table, made once per table (a model and its years share one). */
export function paletteOf(table: KindTable): Palette {
  const known = palettes.get(table);
  if (known) return known;
  const families = new Map<string, KindStyle>();
  let automatic = 0;
  for (const [id, family] of table.families) {
    if (family.builtin && Object.hasOwn(FAMILY_STYLES, id)) families.set(id, FAMILY_STYLES[id as BuiltinFamily]);
    else {
      const hue = AUTOMATIC_COLOURS[automatic++ % AUTOMATIC_COLOURS.length]!;
      families.set(id, { shape: 'round-rectangle', hue });
    }
  }
  const familyStyle = (family: string) => families.get(family) ?? DEFAULT_KIND_STYLE;
  const kinds = new Map<string, KindStyle>();
  const looks = new Map<string, KindStyle>();
  const keys = new Map<string, string>();
  const keyOfLook = new Map<string, string>();
  const add = (kind: string, style: KindStyle) => {
    const look = `${style.shape} ${style.hue}`;
    let key = keyOfLook.get(look);
    if (key === undefined) {
      key = `look-${keyOfLook.size}`;
      keyOfLook.set(look, key);
      looks.set(key, style);
    }
    kinds.set(kind, style);
    keys.set(kind, key);
  };
  add('', DEFAULT_KIND_STYLE);
  for (const [kind, entry] of table.kinds) {
    const base = familyStyle(entry.family);
    add(kind, { shape: entry.shape ?? base.shape, hue: entry.colour ?? base.hue });
  }
  const palette: Palette = {
    kind: (kind) => kinds.get(kind) ?? DEFAULT_KIND_STYLE,
    family: familyStyle,
    key: (kind) => keys.get(kind) ?? keys.get('')!,
    looks,
  };
  palettes.set(table, palette);
  return palette;
}

export const LINE_STYLES = ['solid', 'dashed', 'long-dashed', 'dash-dot', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];
/** Arrow heads both Cytoscape and the SVG exporter can draw. */
export type ArrowShape = 'none' | 'triangle' | 'vee' | 'diamond' | 'circle' | 'tee' | 'square';

/** How a family of relation lines is drawn. */
export interface RelationStyle {
  color: string;
  line: LineStyle;
  width: number;
  /** Arrow at the drawn target (for the chain of command the subordinate). */
  targetArrow: ArrowShape;
  /** Arrow at the drawn source (for the chain of command the superior). */
  sourceArrow: ArrowShape;
}

/**
 * How each family of relation types is drawn (model/relation-types.ts), each with its own
 * stroke, dash and arrow. The chain of command is the heaviest; the rest recede.
 */
export const RELATION_FAMILY_STYLES = {
  chain: { color: LINE_COLOUR, line: 'solid', width: 2.2, targetArrow: 'triangle', sourceArrow: 'none' },
  cooperation: { color: LINE_COLOUR, line: 'dashed', width: 1.6, targetArrow: 'none', sourceArrow: 'none' },
  document: { color: LINE_COLOUR, line: 'dotted', width: 1.8, targetArrow: 'vee', sourceArrow: 'none' },
  succession: { color: LINE_COLOUR, line: 'dash-dot', width: 1.6, targetArrow: 'triangle', sourceArrow: 'tee' },
  affiliation: { color: LINE_COLOUR, line: 'dashed', width: 1.2, targetArrow: 'circle', sourceArrow: 'none' },
} as const satisfies Record<RelationFamily, RelationStyle>;

/**
 * A reporting line to a body that already hangs from another superior (matrix reporting): the
 * chain of command's weight and arrow, with long dashes, so that the primary line stays the one
 * that reads as "reports to".
 */
export const SECOND_SUPERIOR_STYLE: RelationStyle = {
  ...RELATION_FAMILY_STYLES.chain,
  line: 'long-dashed',
};

/** How much lighter an inferred line is than a stated one of its family (see tint). */
const INFERRED_TINT = 0.4;

/**
 * How a line of this family is drawn; `secondSuperior` for a second superior's reporting line;
 * `inferred` for one a reader inferred rather than the source stated: the same weight and arrows,
 * lighter and dotted, so that it can be told apart whatever its family.
 */
export function relationStyle(family: RelationFamily, secondSuperior = false, inferred = false): RelationStyle {
  const style = secondSuperior ? SECOND_SUPERIOR_STYLE : RELATION_FAMILY_STYLES[family];
  return inferred ? { ...style, line: 'dotted', color: tint(style.color, INFERRED_TINT) } : style;
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

export function nodePaint(style: KindStyle, theme: Theme): NodePaint {
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
/**
 * The most lines a body's label takes (its acronym's line included); a longer name ends with "…"
 * on the last (the tooltip and the details give it whole). A long name grows its box instead of
 * being cut early, but every box on a level of the tree is spaced for the tallest (tree-layout.ts):
 * 8 lines (a box of 138 px, three and a half times the usual one) hold about 180 characters at
 * 12 px, more than nearly any official name, before one name stretches its whole level too far.
 */
export const MAX_LABEL_LINES = 8;
/**
 * How much narrower a label is wrapped in a body whose sides slant in towards its top and bottom
 * (hexagon, octagon, ellipse): a four-line label's top line sits where such a shape is about
 * 110 px wide instead of 176 (a taller box's top line sits about as near its slant).
 */
const SLANT_INSET = 40;

/** Width left for a label's lines in a body of `shape`, in model pixels. */
export function labelWidth(shape: NodeShape): number {
  return shape === 'hexagon' || shape === 'octagon' || shape === 'ellipse' ? TEXT_WIDTH - SLANT_INSET : TEXT_WIDTH;
}

export function nodeHeight(lineCount: number): number {
  return Math.max(40, lineCount * LINE_HEIGHT + 2 * NODE_PADDING_Y);
}

export const ARROW_SCALE = 1.1;

/** Line-dash pattern shared by screen and export, in pixels: multiples of the line's width. */
export function dashPattern(line: LineStyle, width: number): number[] | null {
  if (line === 'dashed') return [6 * width, 4 * width];
  if (line === 'long-dashed') return [5 * width, 2.5 * width];
  if (line === 'dash-dot') return [8 * width, 3 * width, width, 3 * width];
  if (line === 'dotted') return [width, 2.5 * width];
  return null;
}
