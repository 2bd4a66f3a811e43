import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model/load.js';
import { chainOfCommand } from '../../model/queries/chain-of-command.js';
import { relationsOf } from '../../model/queries/relations-of.js';

function graphOf() {
  const result = loadModel({
    title: 'Cache',
    entities: [
      { id: 'board', name: 'Board', kind: 'position' },
      { id: 'unit', name: 'Unit', kind: 'position' },
      { id: 'team', name: 'Team', kind: 'position' },
    ],
    relations: [{ source: 'board', target: 'unit', type: 'oversees' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.graph;
}

describe('queries on a graph that changes after they were first asked', () => {
  it('answer from the graph as it is now: a relation added or dropped is seen', () => {
    const graph = graphOf();
    expect(chainOfCommand(graph, 'team')).toEqual([]);
    expect(relationsOf(graph, 'team')).toEqual([]);
    const edge = graph.addEdge('unit', 'team', { ...graph.getEdgeAttributes(graph.edges()[0]!), index: 1 });
    expect(chainOfCommand(graph, 'team').map((chain) => [...chain])).toEqual([['unit', 'board']]);
    expect(relationsOf(graph, 'team')).toHaveLength(1);
    graph.dropEdge(edge);
    expect(chainOfCommand(graph, 'team')).toEqual([]);
    expect(relationsOf(graph, 'team')).toEqual([]);
  });
});
