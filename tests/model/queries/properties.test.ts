import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GovernanceGraph } from '../../../model/graph.js';
import { chainOfCommand, superiors } from '../../../model/queries/chain-of-command.js';
import { findPath } from '../../../model/queries/path.js';
import { graphOf, type RelationSpec } from './graph-of.js';

const TYPES = ['oversees', 'responsible-for', 'part-of', 'cooperates-with', 'hosted-by'] as const;

/**
 * Random small models. With `acyclic`, every chain-of-command relation puts the body listed
 * earlier above the one listed later, so the chain of command is a DAG; the other relations go
 * any way. Without it, chains may loop.
 */
function models(acyclic: boolean): fc.Arbitrary<GovernanceGraph> {
  return fc.integer({ min: 2, max: 7 }).chain((n) =>
    fc
      .array(
        fc.record({
          a: fc.nat({ max: n - 1 }),
          b: fc.nat({ max: n - 1 }),
          type: fc.constantFrom(...TYPES),
        }),
        { maxLength: 14 },
      )
      .map((links) => {
        const ids = Array.from({ length: n }, (_, i) => `n${i}`);
        const relations: RelationSpec[] = links.map(({ a, b, type }) => {
          let [up, down] = [Math.min(a, b), Math.max(a, b)];
          if (!acyclic) [up, down] = [a, b];
          return type === 'part-of' ? [`n${down}`, type, `n${up}`] : [`n${up}`, type, `n${down}`];
        });
        return graphOf(ids, relations);
      }),
  );
}

const superiorIds = (graph: GovernanceGraph, id: string): Set<string> => new Set(superiors(graph, id).map((s) => s.id));

/** Distances in the graph read as undirected, by a plain BFS over the global edge list. */
function distances(graph: GovernanceGraph, from: string): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges()) {
    const [s, t] = graph.extremities(edge);
    neighbours.set(s, [...(neighbours.get(s) ?? []), t]);
    neighbours.set(t, [...(neighbours.get(t) ?? []), s]);
  }
  const result = new Map([[from, 0]]);
  const queue = [from];
  for (let body = queue.shift(); body !== undefined; body = queue.shift()) {
    for (const next of neighbours.get(body) ?? []) {
      if (!result.has(next)) {
        result.set(next, result.get(body)! + 1);
        queue.push(next);
      }
    }
  }
  return result;
}

describe('chainOfCommand on random models', () => {
  describe('with an acyclic chain of command', () => {
    it('returns every line of superiors, each ending at a top, shortest first', () => {
      fc.assert(
        fc.property(models(true), (graph) => {
          const countPaths = (id: string): number => {
            const ups = [...superiorIds(graph, id)];
            return ups.reduce((sum, up) => sum + (superiorIds(graph, up).size === 0 ? 1 : countPaths(up)), 0);
          };
          for (const id of graph.nodes()) {
            const paths = chainOfCommand(graph, id);
            expect(paths).toHaveLength(countPaths(id));
            for (const [i, path] of paths.entries()) {
              expect(path.length).toBeGreaterThan(0);
              expect(new Set([id, ...path]).size).toBe(path.length + 1);
              [id, ...path].slice(0, -1).forEach((body, k) => {
                expect(superiorIds(graph, body).has(path[k]!)).toBe(true);
              });
              expect(superiorIds(graph, path.at(-1)!).size).toBe(0);
              if (i > 0) expect(path.length).toBeGreaterThanOrEqual(paths[i - 1]!.length);
            }
          }
        }),
      );
    });
  });

  describe('with loops of command', () => {
    it('terminates with simple lines that stop at a top or where they would loop', () => {
      fc.assert(
        fc.property(models(false), (graph) => {
          for (const id of graph.nodes()) {
            for (const path of chainOfCommand(graph, id)) {
              const visited = [id, ...path];
              expect(new Set(visited).size).toBe(visited.length);
              visited.slice(0, -1).forEach((body, k) => {
                expect(superiorIds(graph, body).has(path[k]!)).toBe(true);
              });
              for (const up of superiorIds(graph, path.at(-1)!)) expect(visited).toContain(up);
            }
          }
        }),
      );
    });
  });
});

describe('findPath on random models', () => {
  it('returns a shortest walk of adjacent bodies, or null exactly when none exists', () => {
    fc.assert(
      fc.property(models(false), (graph) => {
        for (const from of graph.nodes()) {
          const reach = distances(graph, from);
          for (const to of graph.nodes()) {
            const path = findPath(graph, from, to);
            if (!reach.has(to)) {
              expect(path).toBeNull();
              continue;
            }
            expect(path).not.toBeNull();
            const { nodes, edges, sentence } = path!;
            expect(nodes[0]).toBe(from);
            expect(nodes.at(-1)).toBe(to);
            expect(edges).toHaveLength(reach.get(to)!);
            expect(nodes).toHaveLength(edges.length + 1);
            edges.forEach((edge, i) => {
              expect(new Set(graph.extremities(edge))).toEqual(new Set([nodes[i], nodes[i + 1]]));
            });
            expect(sentence.endsWith('.')).toBe(true);
          }
        }
      }),
    );
  });
});
