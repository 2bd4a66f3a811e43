import { capitalise } from './message-text.js';
import type { KindDefinition, KindShape } from './types.js';

/*
 * The vocabulary of kinds: what a body is called, the family it is listed and drawn under, and
 * whether it can stand in a chain of command. `kind` is open: a model may declare its own kinds
 * (`kinds` in the model) and use any other word ("directorate", "board"), which is shown as
 * written. How families and kinds are drawn lives in the UI (`src/view/graph-style.ts`).
 */

/**
 * The built-in families, in their order of listing. Each is drawn with one shape and one colour,
 * shared by its kinds. `chain: false` marks families with no place in a chain of command
 * (documents): the org chart lays their bodies out beside the tree even where a model links them
 * by a reporting line ("responsible for a policy"), so that they never sit in the tree.
 */
export const KIND_FAMILIES = {
  political: { label: 'Political bodies and committees' },
  executive: { label: 'Executive offices and agencies' },
  military: { label: 'Military commands' },
  operational: { label: 'Centres and teams' },
  education: { label: 'Education and training' },
  document: { label: 'Documents and arrangements', chain: false },
  partner: { label: 'Partners and others' },
} as const satisfies Record<string, { label: string; chain?: false }>;

export type BuiltinFamily = keyof typeof KIND_FAMILIES;

/** The shapes a kind may be drawn with (`shape` in a kind's declaration). */
export const KIND_SHAPES = [
  'round-rectangle',
  'rectangle',
  'cut-rectangle',
  'hexagon',
  'ellipse',
  'octagon',
  'barrel',
] as const satisfies readonly KindShape[];
// Every shape of the type is listed (the compiler fails here if one is missing).
const everyShapeListed: Exclude<KindShape, (typeof KIND_SHAPES)[number]> extends never ? true : never = true;
void everyShapeListed;

export type { KindShape };

/**
 * The kinds every model may use without declaring them. Exercises keep to their family's look
 * but, like documents, have no place in a chain of command. States, organisations and groups
 * may be partners or the organisation itself, so they keep theirs.
 */
export const ENTITY_KINDS = {
  body: { label: 'Body', family: 'political' },
  committee: { label: 'Committee', family: 'political' },
  role: { label: 'Role', family: 'executive' },
  agency: { label: 'Agency', family: 'executive' },
  command: { label: 'Command', family: 'military' },
  centre: { label: 'Centre', family: 'operational' },
  team: { label: 'Team or capability', family: 'operational' },
  platform: { label: 'Platform', family: 'operational' },
  school: { label: 'School', family: 'education' },
  college: { label: 'College', family: 'education' },
  academy: { label: 'Academy', family: 'education' },
  facility: { label: 'Facility', family: 'education' },
  exercise: { label: 'Exercise', family: 'education', chain: false },
  policy: { label: 'Policy or plan', family: 'document' },
  pledge: { label: 'Pledge', family: 'document' },
  statement: { label: 'Statement', family: 'document' },
  arrangement: { label: 'Arrangement', family: 'document' },
  partnership: { label: 'Partnership', family: 'document' },
  process: { label: 'Process', family: 'document' },
  state: { label: 'State', family: 'partner' },
  organisation: { label: 'Organisation', family: 'partner' },
  group: { label: 'Group', family: 'partner' },
} as const satisfies Record<string, { label: string; family: BuiltinFamily; chain?: false }>;

export type KnownEntityKind = keyof typeof ENTITY_KINDS;

/**
 * The kind of a body read from a file that names none (a spreadsheet row, a GraphML node). Not a
 * built-in kind, so it is a family of its own in a neutral automatic colour: a row of an HR export
 * is a person or a post, not one of the political bodies the built-in `body` kind is drawn as.
 */
export const IMPORTED_KIND = 'position';

/** The label of the family of bodies without a kind. */
export const OTHER_FAMILY = 'Other';

/** A family of kinds as the table holds it. */
export interface KindFamily {
  label: string;
  /** False for families whose bodies have no place in a chain of command. */
  chain: boolean;
  /** Whether the family is one of KIND_FAMILIES (drawn with its own look) or the model's own. */
  builtin: boolean;
}

/** A kind as the table holds it: its declaration, with the family always named. */
export interface KindEntry extends Readonly<KindDefinition> {
  /** False for kinds whose bodies have no place in a chain of command. */
  chain: boolean;
}

/**
 * The kinds of one model: the built-in ones, those the model declares, and every other kind its
 * bodies use, each with its family; families in their order of listing (built-in first, then the
 * model's own in order of first appearance). Maps, so that no kind can reach Object.prototype.
 */
export interface KindTable {
  kinds: ReadonlyMap<string, KindEntry>;
  families: ReadonlyMap<string, KindFamily>;
}

/**
 * The kind table of a model: built-in kinds, then the model's `declared` kinds (which may
 * redefine built-in ones), then each kind in `used` that neither knows. A kind nobody declared
 * is its own family, named after it ("directorate" → "Directorate"), unless its name is that of
 * a built-in family ("document" joins "Documents and arrangements"). A declared `family` that is
 * not a built-in family's id names a family of the model's own, labelled as written.
 */
export function kindTable(declared?: Readonly<Record<string, KindDefinition>>, used: Iterable<string> = []): KindTable {
  const kinds = new Map<string, KindEntry>();
  const families = new Map<string, KindFamily>();
  for (const [id, family] of Object.entries(KIND_FAMILIES)) {
    families.set(id, { label: family.label, chain: !('chain' in family), builtin: true });
  }
  const familyOf = (name: string, label: string): KindFamily => {
    let family = families.get(name);
    if (!family) {
      family = { label, chain: true, builtin: false };
      families.set(name, family);
    }
    return family;
  };
  for (const [id, kind] of Object.entries(ENTITY_KINDS)) {
    const family = familyOf(kind.family, kind.family);
    kinds.set(id, { label: kind.label, family: kind.family, chain: family.chain && !('chain' in kind) });
  }
  if (declared) {
    for (const [id, kind] of Object.entries(declared)) {
      const family = familyOf(kind.family, kind.family);
      kinds.set(id, { ...kind, chain: family.chain });
    }
  }
  for (const id of used) {
    if (kinds.has(id)) continue;
    const family = familyOf(id, id ? capitalise(id) : OTHER_FAMILY);
    kinds.set(id, { label: id ? capitalise(id) : OTHER_FAMILY, family: id, chain: family.chain });
  }
  return { kinds, families };
}

/** The table of the built-in kinds alone, for callers without a model. */
export const BUILTIN_KINDS: KindTable = kindTable();

/** The entry of `kind` in `table`, or the entry it would get as an undeclared kind. */
export function kindEntry(kind: string, table: KindTable = BUILTIN_KINDS): KindEntry {
  const entry = table.kinds.get(kind);
  if (entry) return entry;
  const builtinFamily = BUILTIN_KINDS.families.get(kind);
  return {
    label: kind ? capitalise(kind) : OTHER_FAMILY,
    family: kind,
    chain: builtinFamily?.chain ?? true,
  };
}

export function isKnownKind(kind: string): kind is KnownEntityKind {
  return Object.hasOwn(ENTITY_KINDS, kind);
}

/** How a kind is named to people: its label, or the model's own word capitalised ("Other" for ""). */
export function kindLabel(kind: string, table?: KindTable): string {
  return kindEntry(kind, table).label;
}

/** The id of the family a kind is listed and drawn under (a built-in family's id, or the model's own name). */
export function kindFamily(kind: string, table?: KindTable): string {
  return kindEntry(kind, table).family;
}

/** How a family is named to people. */
export function familyLabel(family: string, table: KindTable = BUILTIN_KINDS): string {
  return table.families.get(family)?.label ?? (family ? capitalise(family) : OTHER_FAMILY);
}

/** Whether a body of this kind can stand in a chain of command; every kind the product does not know can. */
export function kindInChain(kind: string, table?: KindTable): boolean {
  return kindEntry(kind, table).chain;
}

/** Kinds in their order of listing in `table`; kinds it does not hold sort after them. */
export function kindRank(kind: string, table: KindTable = BUILTIN_KINDS): number {
  return rankIn(table.kinds, kind);
}

/** Families in their order of listing in `table` (built-in first); others sort after them. */
export function familyRank(family: string, table: KindTable = BUILTIN_KINDS): number {
  return rankIn(table.families, family);
}

const ranks = new WeakMap<ReadonlyMap<string, unknown>, Map<string, number>>();

/** The position of `key` in the map's order, computed once per map. */
function rankIn(map: ReadonlyMap<string, unknown>, key: string): number {
  let rank = ranks.get(map);
  if (!rank) {
    rank = new Map([...map.keys()].map((k, i) => [k, i]));
    ranks.set(map, rank);
  }
  return rank.get(key) ?? map.size;
}
