import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../model/export-csv.js';
import { formatIssue } from '../../model/format-issue.js';
import { importCsv } from '../../model/import-csv.js';
import type { LoadResult } from '../../model/load-result.js';
import nato from '../../model/nato-cyber-defence.json';
import { relationTypeTable } from '../../model/relation-types.js';
import type { GovernanceModel } from '../../model/types.js';

const BODY_FIELDS = ['id', 'name', 'kind', 'acronym', 'location', 'description', 'since', 'until', 'note'] as const;

/** Each body's fields that a CSV file has columns for. */
function bodies(model: GovernanceModel) {
  return model.entities.map((entity) => Object.fromEntries(BODY_FIELDS.map((field) => [field, entity[field] ?? ''])));
}

/** The chain of command as "superior>subordinate" pairs, sorted. */
function chainOfCommand(model: GovernanceModel): string[] {
  const types = relationTypeTable(model.relationTypes);
  return model.relations
    .flatMap(({ source, target, type }) => {
      const definition = types.get(type);
      if (!definition?.chainOfCommand) return [];
      return [definition.superior === 'target' ? `${target}>${source}` : `${source}>${target}`];
    })
    .sort();
}

function reimported(model: GovernanceModel): GovernanceModel {
  const result: LoadResult = importCsv(exportCsv(model).csv, { file: 'export.csv' });
  if (!result.ok) throw new Error(`the CSV did not load: ${result.errors.slice(0, 5).map(formatIssue).join('; ')}`);
  return result.model;
}

/** A board over two directors, and a team reporting to both (matrix), with lines outside the chain. */
const matrix: GovernanceModel = {
  title: 'Matrix',
  entities: [
    { id: 'board', name: 'Board, "the top"', kind: 'committee', since: '2001-05' },
    { id: 'cto', name: 'Technology', kind: 'role', acronym: 'CTO' },
    { id: 'cfo', name: 'Finance', kind: 'role', location: 'Leeds', note: 'Two lines\nof notes' },
    { id: 'platform', name: 'Platform team', kind: 'team', description: 'Builds =SUM(A1) things' },
    { id: 'lab', name: 'Lab', kind: 'centre', until: '2020' },
    { id: 'policy', name: 'Security policy', kind: 'policy' },
  ],
  relations: [
    { source: 'board', target: 'cto', type: 'oversees' },
    { source: 'board', target: 'cfo', type: 'oversees' },
    { source: 'cto', target: 'platform', type: 'oversees' },
    { source: 'cfo', target: 'platform', type: 'oversees' },
    { source: 'lab', target: 'cto', type: 'part-of' },
    { source: 'cto', target: 'cfo', type: 'cooperates-with' },
    { source: 'platform', target: 'policy', type: 'implements' },
  ],
};

describe('exportCsv', () => {
  it('writes one row per body with its first superior, then a row per further superior and per other line', () => {
    expect(exportCsv(matrix).csv.split('\r\n')).toEqual([
      'id,parentId,name,kind,acronym,location,description,since,until,relationType,note',
      'board,,"Board, ""the top""",committee,,,,2001-05,,,',
      'cto,board,Technology,role,CTO,,,,,,',
      'cfo,board,Finance,role,,Leeds,,,,,"Two lines\nof notes"',
      'cfo,cto,,,,,,,,cooperates-with,',
      'platform,cto,Platform team,team,,,Builds =SUM(A1) things,,,,',
      'platform,cfo,,,,,,,,,',
      'lab,cto,Lab,centre,,,,,2020,part-of,',
      'policy,,Security policy,policy,,,,,,,',
      'policy,platform,,,,,,,,implements,',
      '',
    ]);
  });

  it('keeps a value a spreadsheet would run as a formula from running', () => {
    const model: GovernanceModel = {
      title: 'T',
      entities: [{ id: 'a', name: '=HYPERLINK("x")', kind: 'body' }],
      relations: [],
    };
    expect(exportCsv(model).csv.split('\r\n')[1]).toBe(`a,,"'=HYPERLINK(""x"")",body,,,,,,,`);
  });

  it('guards values starting with "-", and reads every guarded value back as it was', () => {
    const names = ['=HYPERLINK("x")', '-2+3', '@SUM(1)', '+1', "'Tis the season"];
    const model: GovernanceModel = {
      title: 'T',
      entities: names.map((name, index) => ({ id: `b${index}`, name, kind: 'body' })),
      relations: [],
    };
    const { csv } = exportCsv(model);
    expect(csv.split('\r\n')[2]).toBe(`b1,,"'-2+3",body,,,,,,,`);
    expect(reimported(model).entities.map((entity) => entity.name)).toEqual(names);
    const again = importCsv(csv);
    if (!again.ok) throw new Error('the CSV did not load');
    expect(again.model.entities.map((entity) => entity.name)).toEqual(names);
  });

  it('round-trips an org chart: the same bodies and chain of command', () => {
    const fixture = readFileSync(new URL('../fixtures/org-chart.csv', import.meta.url), 'utf8');
    const first = importCsv(fixture, { file: 'org-chart.csv' });
    if (!first.ok) throw new Error('the fixture did not load');
    const again = reimported(first.model);
    expect(bodies(again)).toEqual(bodies(first.model));
    expect(chainOfCommand(again)).toEqual(chainOfCommand(first.model));
  });

  it('round-trips matrix reporting and lines outside the chain of command', () => {
    const again = reimported(matrix);
    expect(bodies(again)).toEqual(bodies(matrix));
    expect(chainOfCommand(again)).toEqual(chainOfCommand(matrix));
    expect(again.relations.map(({ source, target, type }) => `${source} ${type} ${target}`).sort()).toEqual(
      matrix.relations.map(({ source, target, type }) => `${source} ${type} ${target}`).sort(),
    );
  });

  it('round-trips the NATO model: the same bodies and chain of command', () => {
    const model = nato as GovernanceModel;
    const again = reimported(model);
    expect(bodies(again)).toEqual(bodies(model));
    expect(chainOfCommand(again)).toEqual(chainOfCommand(model));
  });

  it("leaves out the lines of the model's own types outside the chain of command, and counts them", () => {
    const model = nato as GovernanceModel;
    const own = new Set(Object.keys(model.relationTypes ?? {}));
    const expected = model.relations.filter((relation) => own.has(relation.type)).length;
    expect(expected).toBeGreaterThan(0);
    expect(exportCsv(model).omitted).toBe(expected);
  });
});
