import { buildGraph, type GovernanceGraph } from '../../../model/graph.js';
import type { Entity, Relation, RelationTypeDefinition } from '../../../model/types.js';

/** An entity given by id only (kind `body`, name = id) or in full. */
export type EntitySpec = string | (Partial<Entity> & { id: string });
/** `[source, type, target]`, with optional extra relation fields. */
export type RelationSpec = [string, string, string, Partial<Relation>?];

/** A tiny model for a test, in the order written. */
export function graphOf(
  entities: EntitySpec[],
  relations: RelationSpec[] = [],
  relationTypes: Record<string, RelationTypeDefinition> = {},
): GovernanceGraph {
  return buildGraph({
    title: 'test',
    relationTypes,
    entities: entities.map((e) =>
      typeof e === 'string' ? { id: e, name: e, kind: 'body' } : { name: e.id, kind: 'body', ...e },
    ),
    relations: relations.map(([source, type, target, extra]) => ({ source, type, target, ...extra })),
  });
}
