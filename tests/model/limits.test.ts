import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';
import { importCsv, importCsvSteps } from '../../model/import-csv.js';
import {
  MAX_ENTITIES,
  MAX_FREE_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_RELATIONS,
  MAX_TEXT_LENGTH,
  MODEL_LIMITS,
  type ModelLimits,
} from '../../model/limits.js';
import { type LoadResult, loadModel, loadModelSteps } from '../../model/load.js';
import type { LoadStepStart } from '../../model/load-steps.js';
import { loadModelValue } from '../../model/load-value.js';
import type { Entity, GovernanceModel, Relation } from '../../model/types.js';

/** Every error and warning as the command line prints it: `file:line:column path: message`. */
function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

function errors(result: LoadResult): string[] {
  return result.ok ? [] : result.errors.map(formatIssue);
}

/** A chain of `count` bodies, each overseeing the next, so that no body is left without relations. */
function chain(count: number): GovernanceModel {
  const entities: Entity[] = Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    name: `Body ${i}`,
    kind: 'body',
  }));
  const relations: Relation[] = entities
    .slice(1)
    .map((entity, i) => ({ source: `b${i}`, target: entity.id, type: 'oversees', evidence: 'As written.' }));
  return { title: 'Chain', entities, relations };
}

/** A CSV org chart of `rows` rows, each row's parent the row before it. */
function csvChain(rows: number): string {
  const lines = ['id,parentId,name'];
  for (let i = 0; i < rows; i++) lines.push(`b${i},${i === 0 ? '' : `b${i - 1}`},Body ${i}`);
  return lines.join('\n');
}

const limits = (changes: Partial<ModelLimits>): ModelLimits => ({ ...MODEL_LIMITS, ...changes });

describe('the limits on a model', () => {
  describe('JSON text longer than the text limit', () => {
    it('is refused without being read, naming the limit and the file', () => {
      const result = loadModel(`"${'x'.repeat(MAX_TEXT_LENGTH - 1)}"`, { file: 'huge.json' });
      expect(errors(result)).toEqual([
        "huge.json /: is 50,000,001 characters long, over the limit of 50,000,000 characters for a model's text",
      ]);
    });

    it('is read when exactly at the limit', () => {
      // One long string: the quickest text of that length to read.
      const text = `"${'x'.repeat(MAX_TEXT_LENGTH - 2)}"`;
      expect(text.length).toBe(MAX_TEXT_LENGTH);
      expect(errors(loadModel(text, { file: 'wide.json' }))).toEqual([
        'wide.json:1:1 /: expected an object, got a string',
      ]);
    });

    it('is refused as a CSV org chart as well', () => {
      const text = `id,parentId,name\nb0,,${'x'.repeat(MAX_TEXT_LENGTH)}`;
      expect(errors(importCsv(text, { file: 'huge.csv' }))).toEqual([
        `huge.csv /: is ${(text.length).toLocaleString('en')} characters long, over the limit of 50,000,000 characters for a model's text`,
      ]);
    });
  });

  describe('more bodies than the limit', () => {
    it('stops at the first body past it, before any other check', () => {
      const model = chain(MAX_ENTITIES + 1);
      // Past the limit nothing else is checked: a body with no kind goes unreported.
      delete (model.entities[7] as Partial<Entity>).kind;
      expect(errors(loadModelValue(model, { file: 'big.json' }))).toEqual([
        'big.json /entities/50000: is body 50,001 of 50,001, over the limit of 50,000 bodies in a model',
      ]);
    });

    it('points at the line and column of that body in JSON text', () => {
      const result = loadModel(JSON.stringify({ ...chain(MAX_ENTITIES + 2), relations: [] }, null, 1), {
        file: 'big.json',
      });
      // Each body takes five lines: "{", id, name, kind, "}"; the first starts on line 4.
      expect(errors(result)).toEqual([
        `big.json:${4 + 5 * MAX_ENTITIES}:3 /entities/50000: is body 50,001 of 50,002, over the limit of 50,000 bodies in a model`,
      ]);
    });

    it('accepts exactly as many as the limit allows', () => {
      expect(messages(loadModelValue(chain(4), { limits: limits({ entities: 4 }) }))).toEqual([]);
      expect(errors(loadModelValue(chain(5), { limits: limits({ entities: 4 }) }))).toEqual([
        '/entities/4: is body 5 of 5, over the limit of 4 bodies in a model',
      ]);
    });
  });

  describe('more relations than the limit', () => {
    it('stops at the first relation past it', () => {
      const model = chain(2);
      const relation = model.relations[0]!;
      model.relations = Array.from({ length: MAX_RELATIONS + 1 }, () => relation);
      expect(errors(loadModelValue(model, { file: 'dense.json' }))).toEqual([
        'dense.json /relations/60000: is relation 60,001 of 60,001, over the limit of 60,000 relations in a model',
      ]);
    });

    it('accepts exactly as many as the limit allows', () => {
      expect(messages(loadModelValue(chain(4), { limits: limits({ relations: 3 }) }))).toEqual([]);
      expect(errors(loadModelValue(chain(5), { limits: limits({ relations: 3 }) }))).toEqual([
        '/relations/3: is relation 4 of 4, over the limit of 3 relations in a model',
      ]);
    });
  });

  describe('more CSV rows than the limit on bodies', () => {
    it('stops at the first row past it, with its line', () => {
      expect(errors(importCsv(csvChain(MAX_ENTITIES + 1), { file: 'org.csv' }))).toEqual([
        `org.csv:${MAX_ENTITIES + 2}:1 /rows/50001: is row 50,001 of 50,001, over the limit of 50,000 bodies (rows) in a model`,
      ]);
    });

    it('accepts exactly as many as the limit allows', () => {
      expect(messages(importCsv(csvChain(3), { limits: limits({ entities: 3 }) }))).toEqual([]);
      expect(errors(importCsv(csvChain(4), { file: 'org.csv', limits: limits({ entities: 3 }) }))).toEqual([
        'org.csv:5:1 /rows/4: is row 4 of 4, over the limit of 3 bodies (rows) in a model',
      ]);
    });
  });

  describe('a name longer than the name limit', () => {
    const named = (name: string) => {
      const model = chain(2);
      model.entities[1]!.name = name;
      return JSON.stringify(model, null, 2);
    };

    it('is an error at the name, with its line and column', () => {
      expect(errors(loadModel(named('n'.repeat(MAX_NAME_LENGTH + 1)), { file: 'org.json' }))).toEqual([
        'org.json:11:15 /entities/1/name: is 1,001 characters long, over the limit of 1,000 characters for a name',
      ]);
    });

    it('is accepted at exactly the limit', () => {
      expect(messages(loadModel(named('n'.repeat(MAX_NAME_LENGTH))))).toEqual([]);
    });

    it('is an error at the row and column of a CSV org chart', () => {
      const text = `id,parentId,name\nb0,,Board\nb1,b0,${'n'.repeat(MAX_NAME_LENGTH + 1)}`;
      expect(errors(importCsv(text, { file: 'org.csv' }))).toEqual([
        'org.csv:3:7 /rows/2/name: is 1,001 characters long, over the limit of 1,000 characters for a name',
      ]);
    });

    it('is an error in every field that holds a name', () => {
      const long = 'a'.repeat(MAX_NAME_LENGTH + 1);
      const model: GovernanceModel = {
        ...chain(2),
        title: long,
        source: { title: long },
        relationTypes: { [long]: { label: long, inverseLabel: long, chainOfCommand: false } },
      };
      Object.assign(model.entities[0]!, { acronym: long, location: long });
      Object.assign(model.relations[0]!, { id: long });
      const paths = (loadModelValue(model) as LoadResult & { ok: false }).errors
        .filter((issue) => issue.message.endsWith('for a name'))
        .map((issue) => issue.path);
      expect(paths).toEqual([
        '/title',
        '/source/title',
        `/relationTypes/${long}`,
        `/relationTypes/${long}/label`,
        `/relationTypes/${long}/inverseLabel`,
        '/entities/0/acronym',
        '/entities/0/location',
        '/relations/0/id',
      ]);
    });
  });

  describe('free text longer than its limit', () => {
    it('is an error at each description, note, quote and URL', () => {
      const long = 'q'.repeat(MAX_FREE_TEXT_LENGTH + 1);
      const model: GovernanceModel = { ...chain(2), description: long, source: { title: 'S', url: long } };
      Object.assign(model.entities[1]!, { description: long, note: long, evidence: ['short', long] });
      Object.assign(model.relations[0]!, { evidence: long, note: long });
      expect(errors(loadModelValue(model, { file: 'org.json' }))).toEqual(
        [
          '/description',
          '/source/url',
          '/entities/1/description',
          '/entities/1/note',
          '/entities/1/evidence/1',
          '/relations/0/evidence',
          '/relations/0/note',
        ].map(
          (path) =>
            `org.json ${path}: is 20,001 characters long, over the limit of 20,000 characters for a description, note, quote or URL`,
        ),
      );
    });

    it('is accepted at exactly the limit', () => {
      const model = chain(2);
      model.entities[0]!.description = 'q'.repeat(MAX_FREE_TEXT_LENGTH);
      expect(messages(loadModelValue(model))).toEqual([]);
    });
  });
});

describe('loading step by step', () => {
  /** The steps a load announces, and its result. */
  function steps(run: Generator<LoadStepStart, LoadResult, void>): { said: LoadStepStart[]; result: LoadResult } {
    const said: LoadStepStart[] = [];
    for (;;) {
      const next = run.next();
      if (next.done) return { said, result: next.value };
      said.push(next.value);
    }
  }

  it('reads, then checks a model whose size it then knows, then builds its graph, and gives what loadModel gives', () => {
    const text = JSON.stringify(chain(3));
    const { said, result } = steps(loadModelSteps(text));
    expect(said).toEqual([
      { step: 'reading', elements: 0 },
      { step: 'checking', elements: 5 },
      { step: 'building', elements: 5 },
    ]);
    expect(result).toEqual(loadModel(text));
  });

  it('goes through the same steps for an object and a CSV org chart', () => {
    expect(steps(loadModelSteps(chain(3))).said.map((s) => s.step)).toEqual(['reading', 'checking', 'building']);
    expect(steps(importCsvSteps(csvChain(3))).said).toEqual([
      { step: 'reading', elements: 0 },
      { step: 'checking', elements: 5 },
      { step: 'building', elements: 5 },
    ]);
  });

  it('stops before reading text longer than the limit', () => {
    const { said, result } = steps(loadModelSteps('[1]', { limits: limits({ textLength: 2 }) }));
    expect(said).toEqual([]);
    expect(errors(result)).toEqual(["/: is 3 characters long, over the limit of 2 characters for a model's text"]);
  });
});
