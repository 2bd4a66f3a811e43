import { familyLabel, familyRank, type KindTable, kindLabel, kindRank } from '../../model/kinds.js';
import {
  RELATION_FAMILIES,
  relationFamily,
  relationFamilyLabel,
  relationTypeLabel,
} from '../../model/relation-types.js';
import type { RelationFamily, RelationTypeDefinition } from '../../model/types.js';
import {
  type ArrowShape,
  dashPattern,
  edgeColor,
  type KindStyle,
  type NodeShape,
  nodePaint,
  paletteOf,
  type RelationStyle,
  relationStyle,
  UNDATED_DASH,
} from './graph-style.js';
import { HighlightState } from './highlight-state.js';
import { HIGHLIGHT_PAINT, PLAIN_WIDTH } from './paint.js';
import type { Theme } from './theme.js';

/*
 * What the legend says, as data: which entries, in which order, under which heading, and what
 * each swatch looks like. The on-screen legend and the SVG exporter both draw this, through the
 * same swatch geometry (swatch.ts), so the two cannot tell different stories.
 *
 * An entry stands for a family: of kinds (drawn alike) or of relation types (drawn alike), so
 * that a model with twenty kinds and twenty relation types still has a legend of a dozen lines
 * that all look different. Each entry lists its members, which the on-screen legend can unfold.
 */

/** A body's swatch: its kind's shape, filled and outlined as a plain (not highlighted) body. */
export interface NodeSwatch {
  kind: 'node';
  shape: NodeShape;
  fill: string;
  border: string;
  /** Border width in pixels. */
  borderWidth: number;
  /** The border's dash and gap lengths in pixels; absent or null for a solid border. */
  dash?: readonly number[] | null;
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

/** A kind or relation type within an entry. */
export interface LegendMember {
  /** The entity kind or relation type. */
  key: string;
  label: string;
  swatch: Swatch;
  /** How many bodies or relations have it, where the caller counted them; otherwise null. */
  count: number | null;
}

export interface LegendEntry {
  /**
   * The family the entry stands for (of kinds or of relation types), `<family>/<kind>` for a kind
   * drawn otherwise than its family, or `second-superior`.
   */
  key: string;
  label: string;
  swatch: Swatch;
  /** The sum of the members' counts, where the caller counted them; otherwise null. */
  count: number | null;
  /**
   * The kinds or relation types the entry stands for, in their order of listing; showing or
   * hiding the entry shows or hides them all. Empty for an entry that only explains a look
   * (a second superior's line), which has no switch.
   */
  members: LegendMember[];
}

/** The key of the entry that explains a second superior's reporting line. */
export const SECOND_SUPERIOR_ENTRY = 'second-superior';
/** The key of the entry that explains the look of an inferred line (lighter and dotted, any family). */
export const INFERRED_ENTRY = 'inferred';
/** The key of the entry that explains an undated body's dashed border (in a year's view). */
export const UNDATED_ENTRY = 'undated';
/** The key of the entry that explains the outline of what is new in the year shown. */
export const ADDED_ENTRY = 'added';

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
  /** The model's relation types (built-in and declared), for their labels, families and order. */
  definitions: ReadonlyMap<string, Readonly<RelationTypeDefinition>>;
  /** The model's kinds and families, for their labels, order and looks. */
  kindTable: KindTable;
  /** How many second superiors' reporting lines there are: the legend explains their look when any. */
  secondSuperiors: number;
  /** How many lines a reader inferred rather than the source stated: the legend explains their look when any. */
  inferred?: number;
  /** How many undated bodies a year's view draws (ViewNode.undated): the legend explains their look when any. */
  undated?: number;
  /** The year shown and how many of its bodies and relations are new in it: the legend explains their outline when any. */
  added?: { year: number; count: number };
  theme: Theme;
}

/** A body's swatch in a theme, from its look (graph-style.ts). */
export function nodeSwatch(style: KindStyle, theme: Theme): NodeSwatch {
  const paint = nodePaint(style, theme);
  return {
    kind: 'node',
    shape: paint.shape,
    fill: paint.fill,
    border: paint.border,
    borderWidth: PLAIN_WIDTH,
  };
}

/** A line's swatch in a theme, from its style (graph-style.ts). */
export function lineSwatch(style: RelationStyle, theme: Theme): LineSwatch {
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

const sameLook = (a: KindStyle, b: KindStyle) => a.shape === b.shape && a.hue === b.hue;

/** The sum of the members' counts, or null when they were not counted. */
function total(members: readonly LegendMember[]): number | null {
  let sum: number | null = null;
  for (const m of members) if (m.count !== null) sum = (sum ?? 0) + m.count;
  return sum;
}

/** Members grouped by `familyOf`, families in first-seen order of the members as given. */
function byFamily<F extends string>(
  members: readonly LegendMember[],
  familyOf: (key: string) => F,
): Map<F, LegendMember[]> {
  const families = new Map<F, LegendMember[]>();
  for (const member of members) {
    const family = familyOf(member.key);
    const list = families.get(family);
    if (list) list.push(member);
    else families.set(family, [member]);
  }
  return families;
}

/**
 * The legend for the given kinds and relation types: "Bodies" first, one entry per family of
 * kinds, families and their kinds in the kind table's order (built-in, declared, then the rest
 * by name); "Relations" next, one entry per family of relation types (chain of command,
 * cooperation, documents, succession, membership) with their types in the order of their
 * definitions, then the second superior's line when there are any. Both groups are returned even
 * when empty; a renderer may leave an empty one out.
 */
export function legendGroups(input: LegendInput): [LegendGroup, LegendGroup] {
  const { kinds, types, definitions, kindTable, theme } = input;
  const palette = paletteOf(kindTable);
  const kindMembers = [...kinds.keys()]
    .sort((a, b) => kindRank(a, kindTable) - kindRank(b, kindTable) || a.localeCompare(b))
    .map(
      (kind): LegendMember => ({
        key: kind,
        label: kindLabel(kind, kindTable),
        swatch: nodeSwatch(palette.kind(kind), theme),
        count: countOf(kinds, kind),
      }),
    );
  const familyOf = (kind: string) => kindTable.kinds.get(kind)?.family ?? kind;
  const bodies: LegendEntry[] = [];
  const families = [...byFamily(kindMembers, familyOf)].sort(
    ([a], [b]) => familyRank(a, kindTable) - familyRank(b, kindTable),
  );
  for (const [family, members] of families) {
    const look = palette.family(family);
    // A kind drawn otherwise than its family (a declared colour or shape) has an entry of its
    // own, after its family's: the legend explains every look drawn.
    const alike = members.filter((m) => sameLook(palette.kind(m.key), look));
    if (alike.length > 0) {
      bodies.push({
        key: family,
        label: familyLabel(family, kindTable),
        swatch: nodeSwatch(look, theme),
        count: total(alike),
        members: alike,
      });
    }
    for (const member of members) {
      if (alike.includes(member)) continue;
      bodies.push({ ...member, key: `${family}/${member.key}`, members: [member] });
    }
  }

  const order = [...definitions.keys()];
  const rank = (type: string) => {
    const index = order.indexOf(type);
    return index === -1 ? order.length : index;
  };
  const typeMembers = [...types.keys()]
    .map(
      (type): LegendMember => ({
        key: type,
        label: relationTypeLabel(type, definitions.get(type)),
        swatch: lineSwatch(relationStyle(relationFamily(definitions.get(type))), theme),
        count: countOf(types, type),
      }),
    )
    .sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  const grouped = byFamily(typeMembers, (type) => relationFamily(definitions.get(type)));
  const relations = (Object.keys(RELATION_FAMILIES) as RelationFamily[])
    .filter((family) => grouped.has(family))
    .map(
      (family): LegendEntry => ({
        key: family,
        label: relationFamilyLabel(family),
        swatch: lineSwatch(relationStyle(family), theme),
        count: total(grouped.get(family)!),
        members: grouped.get(family)!,
      }),
    );
  if (input.secondSuperiors > 0) {
    relations.push({
      key: SECOND_SUPERIOR_ENTRY,
      label: 'Second superior',
      swatch: lineSwatch(relationStyle('chain', true), theme),
      count: input.secondSuperiors,
      members: [],
    });
  }
  if ((input.inferred ?? 0) > 0) {
    relations.push({
      key: INFERRED_ENTRY,
      label: 'Inferred, not stated',
      swatch: lineSwatch(relationStyle('chain', false, true), theme),
      count: input.inferred ?? null,
      members: [],
    });
  }
  if ((input.undated ?? 0) > 0) {
    bodies.push({
      key: UNDATED_ENTRY,
      label: 'Undated in the source',
      swatch: {
        kind: 'node',
        shape: 'round-rectangle',
        fill: theme.background,
        border: theme.mutedText,
        borderWidth: PLAIN_WIDTH,
        dash: UNDATED_DASH,
      },
      count: input.undated ?? null,
      members: [],
    });
  }
  if (input.added && input.added.count > 0) {
    // The outline of the paint table's `added` row, as the diagram draws it.
    const paint = HIGHLIGHT_PAINT.find((p) => p.state === HighlightState.added)?.node;
    bodies.push({
      key: ADDED_ENTRY,
      label: `New in ${input.added.year}`,
      swatch: {
        kind: 'node',
        shape: 'round-rectangle',
        fill: theme.background,
        border: theme[paint?.border ?? 'addedHighlight'],
        borderWidth: paint?.borderWidth ?? PLAIN_WIDTH,
      },
      count: input.added.count,
      members: [],
    });
  }
  return [
    { heading: LegendGroupName.bodies, of: 'kind', entries: bodies },
    { heading: LegendGroupName.relations, of: 'type', entries: relations },
  ];
}
