import { capitalise } from './message-text.js';

/**
 * The entity kinds the product knows by name: how each is called and the family it is listed
 * under (in the legend, the outline and the order of the tree's tops). `kind` is open: any other
 * string is an organisation's own word ("directorate", "board") and is shown as written, in the
 * family "Other". How each kind is drawn lives in the UI (`src/view/graph-style.ts`).
 *
 * Kinds marked `chain: false` have no place in a chain of command: documents (policies,
 * pledges, arrangements, partnerships, processes) and exercises. The org chart lays them out
 * beside the tree even where a model links them by a reporting line ("responsible for a
 * policy"), so that they never sit in the tree as a subordinate. (States, organisations and
 * groups may be partners or the organisation itself, so they keep their place.)
 */
export const ENTITY_KINDS = {
  body: { label: 'Body', family: 'Political and military bodies' },
  committee: { label: 'Committee', family: 'Political and military bodies' },
  role: { label: 'Role', family: 'Political and military bodies' },
  command: { label: 'Command', family: 'Political and military bodies' },
  agency: { label: 'Agency', family: 'Agencies and centres' },
  centre: { label: 'Centre', family: 'Agencies and centres' },
  team: { label: 'Team or capability', family: 'Agencies and centres' },
  school: { label: 'School', family: 'Education and training' },
  college: { label: 'College', family: 'Education and training' },
  academy: { label: 'Academy', family: 'Education and training' },
  facility: { label: 'Facility', family: 'Education and training' },
  exercise: { label: 'Exercise', family: 'Education and training', chain: false },
  policy: { label: 'Policy or plan', family: 'Policies and arrangements', chain: false },
  pledge: { label: 'Pledge', family: 'Policies and arrangements', chain: false },
  arrangement: { label: 'Arrangement', family: 'Policies and arrangements', chain: false },
  partnership: { label: 'Partnership', family: 'Policies and arrangements', chain: false },
  process: { label: 'Process', family: 'Policies and arrangements', chain: false },
  platform: { label: 'Platform', family: 'Policies and arrangements' },
  state: { label: 'State', family: 'Partners and others' },
  organisation: { label: 'Organisation', family: 'Partners and others' },
  group: { label: 'Group', family: 'Partners and others' },
} as const satisfies Record<string, { label: string; family: string; chain?: false }>;

export type KnownEntityKind = keyof typeof ENTITY_KINDS;

/** The family of kinds no known kind belongs to. */
export const OTHER_FAMILY = 'Other';

export function isKnownKind(kind: string): kind is KnownEntityKind {
  return Object.hasOwn(ENTITY_KINDS, kind);
}

/** How a kind is named to people: its label, or the model's own word capitalised ("Other" for ""). */
export function kindLabel(kind: string): string {
  if (isKnownKind(kind)) return ENTITY_KINDS[kind].label;
  return kind ? capitalise(kind) : OTHER_FAMILY;
}

/** The family a kind is listed under; "Other" for kinds the product does not know. */
export function kindFamily(kind: string): string {
  return isKnownKind(kind) ? ENTITY_KINDS[kind].family : OTHER_FAMILY;
}

/** Whether a body of this kind can stand in a chain of command; every kind the product does not know can. */
export function kindInChain(kind: string): boolean {
  return !isKnownKind(kind) || !('chain' in ENTITY_KINDS[kind]);
}

/** Known kinds in their order of listing; unknown kinds sort after them. */
export function kindRank(kind: string): number {
  const known = Object.keys(ENTITY_KINDS);
  const index = known.indexOf(kind);
  return index === -1 ? known.length : index;
}
