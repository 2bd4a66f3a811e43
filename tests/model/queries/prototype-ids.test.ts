import { describe, expect, it } from 'vitest';
import { chainOfCommand, superiors } from '../../../model/queries/chain-of-command.js';
import { findPath } from '../../../model/queries/path.js';
import { cooperationPartners, relationsOf } from '../../../model/queries/relations-of.js';
import { search } from '../../../model/queries/search.js';
import { changesBetween, structureAt } from '../../../model/queries/structure-at.js';
import { subordinates } from '../../../model/queries/subordinates.js';
import { graphOf } from './graph-of.js';

/**
 * graphology 0.26 keeps each node's neighbours in plain objects, so adding an edge at
 * `__proto__`, `constructor` or `toString` writes an enumerable `previous` onto
 * `Object.prototype`, `Object` or `Object.prototype.toString` (graphology/graphology#188), which
 * breaks every later `for…in`, the test runner's included. That is for the loader to prevent;
 * here the pollution is removed as soon as the graph is built, and the queries, which never use
 * graphology's per-node iteration, are checked on the graph as built.
 */
function graphWithPrototypeIds(...args: Parameters<typeof graphOf>): ReturnType<typeof graphOf> {
  try {
    return graphOf(...args);
  } finally {
    for (const target of [Object.prototype, Object, Object.prototype.toString]) {
      Reflect.deleteProperty(target, 'previous');
    }
  }
}

describe('queries with ids that name Object.prototype members', () => {
  const graph = graphWithPrototypeIds(
    [
      { id: 'constructor', name: 'Constructor Board' },
      { id: '__proto__', name: 'Proto Agency', since: '2014' },
      { id: 'toString', name: 'String Centre' },
    ],
    [
      ['constructor', 'part-of', '__proto__'],
      ['toString', 'oversees', '__proto__'],
      ['constructor', 'cooperates-with', 'toString'],
    ],
  );

  it('answers every query as for ordinary ids', () => {
    expect(superiors(graph, 'constructor')).toEqual([{ id: '__proto__', edge: 'relations/0' }]);
    expect(chainOfCommand(graph, 'constructor')).toEqual([['__proto__', 'toString']]);
    expect(subordinates(graph, 'toString', { transitive: true }).map((s) => s.id)).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(cooperationPartners(graph, 'toString').map((p) => p.id)).toEqual(['constructor']);
    expect(relationsOf(graph, '__proto__').map((r) => r.other)).toEqual(['constructor', 'toString']);
    expect(findPath(graph, 'constructor', 'toString', { chainOnly: true })?.sentence).toBe(
      'The Constructor Board is part of the Proto Agency, which is overseen by the String Centre.',
    );
    expect(search(graph, 'proto').map((h) => h.id)).toEqual(['__proto__']);
    expect(structureAt(graph, 2013).nodes()).toEqual(['constructor', 'toString']);
    expect(changesBetween(graph, 2013, 2014).added.map((c) => c.id)).toEqual([
      '__proto__',
      'relations/0',
      'relations/1',
    ]);
  });

  it('rejects an id that is not in the graph even when it is a prototype member', () => {
    expect(() => chainOfCommand(graphOf(['a']), 'constructor')).toThrow(
      new Error('chainOfCommand: no entity "constructor"'),
    );
    expect(() => findPath(graphOf(['a']), 'a', '__proto__')).toThrow(new Error('findPath: no entity "__proto__"'));
  });
});
