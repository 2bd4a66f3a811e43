import { bare } from './bare.js';
import { capitalise } from './message-text.js';
import type { RelationFamily, RelationTypeDefinition } from './types.js';

/**
 * The five families of relation types, in their order of listing. Each is drawn with its own
 * stroke, dash and arrow (src/view/graph-style.ts), so that a legend of five lines explains every
 * line of a drawing, whatever types a model declares.
 */
export const RELATION_FAMILIES = {
  chain: { label: 'Chain of command' },
  cooperation: { label: 'Cooperation and support' },
  document: { label: 'Documents and decisions' },
  succession: { label: 'Succession' },
  affiliation: { label: 'Membership and hosting' },
} as const satisfies Record<RelationFamily, { label: string }>;

/**
 * Relation types every model may use without declaring them. A model's own `relationTypes`
 * add to these and may redefine them.
 */
export const BUILTIN_RELATION_TYPES = {
  oversees: { label: 'oversees', inverseLabel: 'is overseen by', chainOfCommand: true, superior: 'source' },
  'responsible-for': {
    label: 'is responsible for',
    inverseLabel: 'is the responsibility of',
    chainOfCommand: true,
    superior: 'source',
  },
  'part-of': { label: 'is part of', inverseLabel: 'includes', chainOfCommand: true, superior: 'target' },
  'cooperates-with': {
    label: 'cooperates with',
    inverseLabel: 'cooperates with',
    chainOfCommand: false,
    symmetric: true,
    family: 'cooperation',
  },
  supports: { label: 'supports', inverseLabel: 'is supported by', chainOfCommand: false, family: 'cooperation' },
  implements: { label: 'implements', inverseLabel: 'is implemented by', chainOfCommand: false, family: 'document' },
  endorsed: { label: 'endorsed', inverseLabel: 'was endorsed by', chainOfCommand: false, family: 'document' },
  'renamed-to': {
    label: 'was renamed',
    inverseLabel: 'was renamed from',
    chainOfCommand: false,
    family: 'succession',
  },
  'hosted-by': { label: 'is hosted by', inverseLabel: 'hosts', chainOfCommand: false, family: 'affiliation' },
  'party-to': { label: 'is a party to', inverseLabel: 'has as a party', chainOfCommand: false, family: 'affiliation' },
  'member-of': {
    label: 'is a member of',
    inverseLabel: 'has as a member',
    chainOfCommand: false,
    family: 'affiliation',
  },
  'accredited-by': {
    label: 'is accredited by',
    inverseLabel: 'accredits',
    chainOfCommand: false,
    family: 'affiliation',
  },
} as const satisfies Record<string, RelationTypeDefinition>;

export type BuiltinRelationType = keyof typeof BUILTIN_RELATION_TYPES;

/**
 * How a relation type is named to people, as a legend entry: its definition's label with a
 * capital ("Is part of"), or the type itself when the model does not define it.
 */
export function relationTypeLabel(type: string, definition: Readonly<RelationTypeDefinition> | undefined): string {
  return capitalise(definition?.label ?? type);
}

/** The family a type is drawn with: its own, `chain` for chain-of-command types, otherwise `cooperation`. */
export function relationFamily(definition: Readonly<RelationTypeDefinition> | undefined): RelationFamily {
  if (definition?.chainOfCommand) return 'chain';
  return definition?.family && definition.family !== 'chain' ? definition.family : 'cooperation';
}

/** How a relation family is named to people. */
export function relationFamilyLabel(family: RelationFamily): string {
  return RELATION_FAMILIES[family].label;
}

/** The built-in types merged with a model's own declarations, as a Map so that no id can reach Object.prototype. */
export function relationTypeTable(
  declared: Readonly<Record<string, RelationTypeDefinition>> | undefined,
): Map<string, Readonly<RelationTypeDefinition>> {
  const table = new Map<string, Readonly<RelationTypeDefinition>>();
  for (const [name, def] of Object.entries(BUILTIN_RELATION_TYPES)) table.set(name, bare<RelationTypeDefinition>(def));
  if (declared) for (const [name, def] of Object.entries(declared)) table.set(name, bare<RelationTypeDefinition>(def));
  return table;
}
