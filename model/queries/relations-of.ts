import type { GovernanceGraph } from '../graph.js';
import { assertEntity, incidence } from './internal.js';

/** A relation seen from one of its ends. */
export interface RelationView {
  edge: string;
  type: string;
  /** The body at the other end. */
  other: string;
  /** `out` when the body is the relation's source as authored. */
  direction: 'out' | 'in';
  /** The relation read from this body's side: "oversees" out, "is overseen by" in. */
  label: string;
  chainOfCommand: boolean;
}

/**
 * Every relation touching a body, in model order, each labelled as read from the body's side
 * (the type's `inverseLabel` for incoming relations, falling back to its `label`).
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function relationsOf(graph: GovernanceGraph, id: string): RelationView[] {
  assertEntity(graph, id, 'relationsOf');
  return incidence(graph)(id).map(({ edge, attributes, other, direction }) => ({
    edge,
    type: attributes.type,
    other,
    direction,
    label:
      direction === 'out'
        ? attributes.definition.label
        : (attributes.definition.inverseLabel ?? attributes.definition.label),
    chainOfCommand: attributes.definition.chainOfCommand,
  }));
}

/**
 * The bodies a body cooperates with: symmetric relations outside the chain of command, whichever
 * end authored them, in model order. A partner linked twice appears twice (one entry per relation).
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function cooperationPartners(
  graph: GovernanceGraph,
  id: string,
): Array<{ id: string; edge: string; type: string }> {
  assertEntity(graph, id, 'cooperationPartners');
  return incidence(graph)(id)
    .filter(({ attributes }) => attributes.definition.symmetric === true && !attributes.definition.chainOfCommand)
    .map(({ edge, attributes, other }) => ({ id: other, edge, type: attributes.type }));
}
