import { buildGraph, type GovernanceGraph } from '../../model/graph.js';
import type { Entity, Relation } from '../../model/types.js';
import { approximateMeasure } from '../../src/view/wrap-label.js';

export const measure = approximateMeasure(12);

export function graphOf(entities: Partial<Entity>[], relations: Omit<Relation, 'evidence'>[]): GovernanceGraph {
  return buildGraph({
    title: 'Test',
    entities: entities.map((e) => ({ kind: 'body', name: e.id ?? 'x', ...e }) as Entity),
    relations,
  });
}

/** council → committee → unit (part-of, pointing up), council → board; partner cooperates with the committee. */
export function smallGraph(): GovernanceGraph {
  return graphOf(
    [
      { id: 'council', name: 'Council' },
      { id: 'committee', name: 'Committee', kind: 'committee' },
      { id: 'board', name: 'Board', kind: 'committee' },
      { id: 'unit', name: 'Unit', kind: 'centre' },
      { id: 'partner', name: 'Partner', kind: 'organisation' },
      { id: 'policy', name: 'Policy', kind: 'policy' },
    ],
    [
      { source: 'council', target: 'committee', type: 'oversees' },
      { source: 'unit', target: 'committee', type: 'part-of' },
      { source: 'council', target: 'board', type: 'oversees' },
      { source: 'partner', target: 'committee', type: 'cooperates-with' },
      { source: 'committee', target: 'policy', type: 'implements' },
    ],
  );
}
