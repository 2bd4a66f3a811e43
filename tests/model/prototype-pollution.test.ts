import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GovernanceGraph } from '../../model/graph.js';
import { importCsv } from '../../model/import-csv.js';
import { loadModel } from '../../model/load.js';
import { loadModelValue } from '../../model/load-value.js';

/** Optional fields of the model format, as another script on the page might add them to every object. */
const ADDED = ['id', 'acronym', 'since', 'until', 'note', 'evidence', 'location', 'relationTypes', 'superior'];

const MODEL = {
  title: 'Two',
  entities: [
    { id: 'a', name: 'A', kind: 'body' },
    { id: 'b', name: 'B', kind: 'body' },
  ],
  relations: [{ source: 'a', target: 'b', type: 'oversees' }],
};

function expectUntouched(graph: GovernanceGraph): void {
  expect(graph.edges()).toEqual(['relations/0']);
  const entity = graph.getNodeAttributes('b');
  expect([entity.acronym, entity.since, entity.until, entity.note]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
}

for (const how of ['by defineProperty', 'by assignment, so enumerably'] as const) {
  describe(`loading a model when Object.prototype has been extended ${how}`, () => {
    beforeEach(() => {
      for (const name of ADDED) {
        if (how === 'by defineProperty') {
          Object.defineProperty(Object.prototype, name, { value: 'added', configurable: true, writable: true });
        } else (Object.prototype as Record<string, unknown>)[name] = 'added';
      }
    });
    afterEach(() => {
      for (const name of ADDED) delete (Object.prototype as Record<string, unknown>)[name];
    });

    it('reads no field a JSON file leaves out from the prototype', () => {
      const result = loadModel(JSON.stringify(MODEL));
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      expectUntouched(result.graph);
    });

    it('reads no field an object leaves out from the prototype', () => {
      const result = loadModelValue(MODEL);
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      expectUntouched(result.graph);
    });

    it('reads no field a CSV row leaves out from the prototype', () => {
      const result = importCsv('id,parentId,name,kind\na,,A,body\nb,a,B,body\n');
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      expectUntouched(result.graph);
    });
  });
}
