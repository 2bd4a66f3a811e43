import { bare } from './bare.js';
import { capitalise } from './message-text.js';
import type { RelationTypeDefinition } from './types.js';

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
  },
  'hosted-by': { label: 'is hosted by', inverseLabel: 'hosts', chainOfCommand: false },
  'party-to': { label: 'is a party to', inverseLabel: 'has as a party', chainOfCommand: false },
  'member-of': { label: 'is a member of', inverseLabel: 'has as a member', chainOfCommand: false },
  'accredited-by': { label: 'is accredited by', inverseLabel: 'accredits', chainOfCommand: false },
  'renamed-to': { label: 'was renamed', inverseLabel: 'was renamed from', chainOfCommand: false },
  implements: { label: 'implements', inverseLabel: 'is implemented by', chainOfCommand: false },
  endorsed: { label: 'endorsed', inverseLabel: 'was endorsed by', chainOfCommand: false },
  supports: { label: 'supports', inverseLabel: 'is supported by', chainOfCommand: false },
} as const satisfies Record<string, RelationTypeDefinition>;

export type BuiltinRelationType = keyof typeof BUILTIN_RELATION_TYPES;

/**
 * How a relation type is named to people, as a legend entry: its definition's label with a
 * capital ("Is part of"), or the type itself when the model does not define it.
 */
export function relationTypeLabel(type: string, definition: Readonly<RelationTypeDefinition> | undefined): string {
  return capitalise(definition?.label ?? type);
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
