import type { MultiDirectedGraph } from 'graphology';
import { bare } from './bare.js';
import { type KindTable, kindTable } from './kinds.js';
import { PrototypeFreeGraph } from './prototype-free-graph.js';
import { relationTypeTable } from './relation-types.js';
import type { Entity, GovernanceModel, Relation, RelationTypeDefinition, SourceInfo } from './types.js';

/** Node attributes: the entity as written, plus its position in `entities`. */
export interface EntityAttributes extends Entity {
  index: number;
}

/** Edge attributes: the relation as written, its position in `relations`, and its type's definition. */
export interface RelationAttributes extends Relation {
  index: number;
  definition: Readonly<RelationTypeDefinition>;
}

export interface GraphAttributes {
  title: string;
  description?: string;
  source?: SourceInfo;
  period?: { from?: string; to?: string };
  relationTypes: Map<string, Readonly<RelationTypeDefinition>>;
  /** The model's kinds: built-in, declared and used, each with its family (see kindTable). */
  kinds: KindTable;
}

/**
 * A governance graph. Directed multigraph: two bodies can be linked by several relations
 * (a unit can be part of an agency and hosted by it). Symmetric relations keep their
 * authored direction; queries read them both ways.
 */
export type GovernanceGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** The key of a relation's edge: its own id, or its position. */
export function relationKey(relation: Relation, index: number): string {
  return relation.id ?? `relations/${index}`;
}

/**
 * Builds the graph of a model that has already passed validation. Relations whose type or ends
 * are unknown are skipped rather than thrown on, so that a model with warnings still draws.
 */
export function buildGraph(model: GovernanceModel): GovernanceGraph {
  const relationTypes = relationTypeTable(model.relationTypes);
  const graph: GovernanceGraph = new PrototypeFreeGraph({ allowSelfLoops: false });
  graph.replaceAttributes(
    bare<GraphAttributes>({
      title: model.title,
      ...(model.description === undefined ? {} : { description: model.description }),
      ...(model.source === undefined ? {} : { source: model.source }),
      ...(model.period === undefined ? {} : { period: model.period }),
      relationTypes,
      kinds: kindTable(
        model.kinds,
        model.entities.map((e) => e.kind),
      ),
    }),
  );
  model.entities.forEach((entity, index) => {
    if (!graph.hasNode(entity.id)) graph.addNode(entity.id, bare<EntityAttributes>(entity, { index }));
  });
  model.relations.forEach((relation, index) => {
    const definition = relationTypes.get(relation.type);
    const key = relationKey(relation, index);
    if (!definition || relation.source === relation.target || graph.hasEdge(key)) return;
    if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) return;
    graph.addDirectedEdgeWithKey(
      key,
      relation.source,
      relation.target,
      bare<RelationAttributes>(relation, { index, definition }),
    );
  });
  return graph;
}

/** For a chain-of-command edge, its superior and subordinate ends; `null` for any other edge. */
export function chainEnds(
  attributes: RelationAttributes,
  source: string,
  target: string,
): { superior: string; subordinate: string } | null {
  if (!attributes.definition.chainOfCommand) return null;
  return attributes.definition.superior === 'target'
    ? { superior: target, subordinate: source }
    : { superior: source, subordinate: target };
}
