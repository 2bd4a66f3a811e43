import { kindLabel, kindRank } from '../../model/kinds.js';
import { relationTypeLabel } from '../../model/relation-types.js';
import type { RelationTypeDefinition } from '../../model/types.js';
import { type ArrowShape, dashPattern, edgeColor, type NodeShape, nodePaint, relationStyle } from './graph-style.js';
import { PLAIN_WIDTH } from './paint.js';
import type { Theme } from './theme.js';

/*
 * What the legend says, as data: which entries, in which order, under which heading, and what
 * each swatch looks like. The on-screen legend and the SVG exporter both draw this, through the
 * same swatch geometry (swatch.ts), so the two cannot tell different stories.
 */

/** A body's swatch: its kind's shape, filled and outlined as a plain (not highlighted) body. */
export interface NodeSwatch {
  kind: 'node';
  shape: NodeShape;
  fill: string;
  border: string;
  /** Border width in pixels. */
  borderWidth: number;
}

/** A relation's swatch: a short horizontal line, drawn left (source) to right (target). */
export interface LineSwatch {
  kind: 'line';
  color: string;
  /** Line width in pixels. */
  width: number;
  /** Dash and gap lengths in pixels; null for a solid line. */
  dash: readonly number[] | null;
  sourceArrow: ArrowShape;
  targetArrow: ArrowShape;
}

export type Swatch = NodeSwatch | LineSwatch;

export interface LegendEntry {
  /** The entity kind or relation type the entry stands for. */
  key: string;
  label: string;
  swatch: Swatch;
  /** How many bodies or relations have it, where the caller counted them; otherwise null. */
  count: number | null;
  /** Whether the relation type belongs to the chain of command (always false for kinds). */
  chainOfCommand: boolean;
}

/** The two groups of a legend: `kind` entries are entity kinds, `type` entries relation types. */
export const LegendGroupName = { bodies: 'Bodies', relations: 'Relations' } as const;
export type LegendGroupName = (typeof LegendGroupName)[keyof typeof LegendGroupName];

export interface LegendGroup {
  heading: LegendGroupName;
  /** What the entries' keys are: entity kinds or relation types. */
  of: 'kind' | 'type';
  entries: LegendEntry[];
}

/** Keys to list: a set, or a map from each key to how many there are. */
export type LegendKeys = ReadonlySet<string> | ReadonlyMap<string, number>;

export interface LegendInput {
  kinds: LegendKeys;
  types: LegendKeys;
  /** The model's relation types (built-in and declared), for their labels, order and chain of command. */
  definitions: ReadonlyMap<string, Readonly<RelationTypeDefinition>>;
  theme: Theme;
}

/** A body's swatch in a theme, from the style definition. */
export function nodeSwatch(kind: string, theme: Theme): NodeSwatch {
  const paint = nodePaint(kind, theme);
  return {
    kind: 'node',
    shape: paint.shape,
    fill: paint.fill,
    border: paint.border,
    borderWidth: PLAIN_WIDTH,
  };
}

/** A relation type's swatch in a theme, from the style definition (a declared type draws by its definition). */
export function lineSwatch(
  type: string,
  definition: Readonly<RelationTypeDefinition> | undefined,
  theme: Theme,
): LineSwatch {
  const style = relationStyle(type, definition);
  return {
    kind: 'line',
    color: edgeColor(style, theme),
    width: style.width,
    dash: dashPattern(style.line, style.width),
    sourceArrow: style.sourceArrow,
    targetArrow: style.targetArrow,
  };
}

const countOf = (keys: LegendKeys, key: string) => (keys instanceof Map ? (keys.get(key) ?? null) : null);

/**
 * The legend for the given kinds and relation types: "Bodies" first, kinds in the model's order
 * of kinds (kindRank) and then by name; "Relations" next, in the order of the model's relation
 * type definitions (built-in types first, chain of command leading), types without a definition
 * last by label. Both groups are returned even when empty; a renderer may leave an empty one out.
 */
export function legendGroups({ kinds, types, definitions, theme }: LegendInput): [LegendGroup, LegendGroup] {
  const bodies = [...kinds.keys()]
    .sort((a, b) => kindRank(a) - kindRank(b) || a.localeCompare(b))
    .map(
      (kind): LegendEntry => ({
        key: kind,
        label: kindLabel(kind),
        swatch: nodeSwatch(kind, theme),
        count: countOf(kinds, kind),
        chainOfCommand: false,
      }),
    );
  const order = [...definitions.keys()];
  const rank = (type: string) => {
    const index = order.indexOf(type);
    return index === -1 ? order.length : index;
  };
  const relations = [...types.keys()]
    .map((type): LegendEntry => {
      const definition = definitions.get(type);
      return {
        key: type,
        label: relationTypeLabel(type, definition),
        swatch: lineSwatch(type, definition, theme),
        count: countOf(types, type),
        chainOfCommand: definition?.chainOfCommand ?? false,
      };
    })
    .sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return [
    { heading: LegendGroupName.bodies, of: 'kind', entries: bodies },
    { heading: LegendGroupName.relations, of: 'type', entries: relations },
  ];
}
