import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model/load.js';
import type { GovernanceModel } from '../../model/types.js';

const model: GovernanceModel = {
  title: 'Small alliance',
  source: { title: 'Founding treaty', date: '2014' },
  relationTypes: {
    advises: { label: 'advises', inverseLabel: 'is advised by', chainOfCommand: false },
  },
  entities: [
    { id: 'council', name: 'Council', kind: 'committee', since: '1949' },
    { id: 'agency', name: 'Agency', acronym: 'AG', kind: 'agency', since: '2012-07' },
    { id: 'centre', name: 'Centre', kind: 'centre', since: '2014', evidence: ['The Centre was set up in 2014.'] },
  ],
  relations: [
    { source: 'council', target: 'agency', type: 'oversees', evidence: 'The Council oversees the Agency.' },
    {
      id: 'centre-in-agency',
      source: 'centre',
      target: 'agency',
      type: 'part-of',
      evidence: 'The Centre is part of it.',
    },
    { source: 'centre', target: 'council', type: 'advises', evidence: 'The Centre advises the Council.' },
  ],
};

describe('loadModel', () => {
  describe('with a valid model as JSON text', () => {
    const result = loadModel(JSON.stringify(model, null, 2), { file: 'alliance.json' });

    it('succeeds without warnings', () => {
      expect(result.ok).toBe(true);
      expect(result.warnings).toEqual([]);
    });

    it('returns the parsed model', () => {
      if (!result.ok) throw new Error('expected the model to load');
      expect(result.model).toEqual(model);
    });

    it('builds the graph with a node per entity and an edge per relation', () => {
      if (!result.ok) throw new Error('expected the model to load');
      expect(result.graph.nodes()).toEqual(['council', 'agency', 'centre']);
      expect(result.graph.edges()).toEqual(['relations/0', 'centre-in-agency', 'relations/2']);
      expect(result.graph.getAttribute('title')).toBe('Small alliance');
      expect(result.graph.getEdgeAttribute('relations/2', 'definition').label).toBe('advises');
    });
  });

  describe('with a value already parsed', () => {
    it('loads it like the same text', () => {
      const result = loadModel(model);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.model).toEqual(model);
    });

    it('leaves out properties whose value is undefined, as JSON would', () => {
      const result = loadModel({ ...model, description: undefined });
      expect(result.ok).toBe(true);
      if (result.ok) expect(Object.hasOwn(result.model, 'description')).toBe(false);
    });

    it('does not share objects with the caller', () => {
      const result = loadModel(model);
      if (!result.ok) throw new Error('expected the model to load');
      expect(result.model.entities[0]).not.toBe(model.entities[0]);
    });
  });

  describe('with ids that are also names of Object.prototype members', () => {
    const prototypey: GovernanceModel = {
      title: 'Prototype names',
      relationTypes: {
        constructor: { label: 'constructs', chainOfCommand: true },
        tostring: { label: 'x', chainOfCommand: false },
      },
      entities: [
        { id: 'constructor', name: 'Constructor', kind: 'body' },
        { id: 'hasownproperty', name: 'Has own property', kind: 'body' },
        { id: 'valueof', name: 'Value of', kind: 'body' },
      ],
      relations: [
        { source: 'constructor', target: 'hasownproperty', type: 'constructor', evidence: 'a' },
        { source: 'hasownproperty', target: 'valueof', type: 'tostring', evidence: 'b' },
      ],
    };

    it('loads "constructor" as an entity id and as a declared relation type', () => {
      const result = loadModel(JSON.stringify(prototypey));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.warnings).toEqual([]);
      expect(result.graph.hasNode('constructor')).toBe(true);
      expect(result.graph.getEdgeAttribute('relations/0', 'definition').label).toBe('constructs');
    });

    it('does not take an undeclared "constructor" or "toString" for a relation type', () => {
      const result = loadModel({
        ...prototypey,
        relationTypes: {},
        relations: [
          { source: 'constructor', target: 'valueof', type: 'constructor', evidence: 'a' },
          { source: 'valueof', target: 'hasownproperty', type: 'toString', evidence: 'b' },
        ],
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((issue) => issue.path)).toEqual(['/relations/0/type', '/relations/1/type']);
    });

    it('does not find an entity "constructor" that is not there', () => {
      const result = loadModel({
        title: 't',
        entities: [{ id: 'a', name: 'A', kind: 'body' }],
        relations: [{ source: 'a', target: 'constructor', type: 'oversees', evidence: 'x' }],
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((issue) => issue.path)).toEqual(['/relations/0/target']);
    });
  });

  describe('with a "__proto__" key', () => {
    const text = '{"title":"t","entities":[],"relations":[],"__proto__":{"polluted":true}}';

    it('reports it as an unknown property rather than changing any prototype', () => {
      const result = loadModel(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((issue) => issue.message)).toEqual(['unknown property "__proto__"']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('treats a parsed object with an own "__proto__" property the same way', () => {
      const result = loadModel(JSON.parse(text));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((issue) => issue.message)).toEqual(['unknown property "__proto__"']);
    });

    it('takes "__proto__" as an entity id, and rejects it as a relation type name', () => {
      const result = loadModel(
        '{"title":"t","relationTypes":{"__proto__":{"label":"x","chainOfCommand":false}},' +
          '"entities":[{"id":"__proto__","name":"P","kind":"body"}],' +
          '"relations":[{"source":"__proto__","target":"__proto__","type":"__proto__","evidence":"x"}]}',
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((issue) => issue.path)).toEqual(['/relationTypes/__proto__', '/relations/0']);
    });
  });

  it('reports every issue with the file name it was given', () => {
    const result = loadModel('{"title":"t","entities":[{"id":"a","name":"A","kind":"body"}],"relations":[]}', {
      file: 'small.json',
    });
    expect(result.warnings.map((issue) => issue.file)).toEqual(['small.json']);
  });

  it('still loads a model that has only warnings', () => {
    const result = loadModel({
      title: 't',
      entities: [
        { id: 'a', name: 'A', kind: 'body' },
        { id: 'b', name: 'B', kind: 'body' },
      ],
      relations: [{ source: 'a', target: 'b', type: 'oversees' }],
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((issue) => issue.message)).toEqual([
      'no evidence (quote the source that states this relation)',
    ]);
  });
});
