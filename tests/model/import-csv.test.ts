import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';
import { importCsv } from '../../model/import-csv.js';
import type { LoadResult } from '../../model/load.js';

function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

const lines = (...rows: string[]) => rows.join('\n');

describe('importCsv', () => {
  describe('with a d3-org-chart export', () => {
    const text = lines(
      'id,parentId,name,positionName,office,imageUrl',
      'O-1,,Board of Directors,Board,London,https://example.org/1.png',
      'O-2,O-1,Chief Executive,CEO,London,',
      'O-3,O-2,Finance Dept,Finance,Leeds,',
      'O-4,O-2,"Research, Innovation",R&D,Cambridge,',
    );
    const result = importCsv(text, { file: 'data/acme-org.csv' });

    it('loads without issues', () => {
      expect(messages(result)).toEqual([]);
    });

    it('makes a body of each row and an "oversees" relation from each parent, with the row as evidence', () => {
      if (!result.ok) throw new Error('expected the CSV to load');
      expect(result.model).toEqual({
        title: 'acme-org',
        entities: [
          {
            id: 'O-1',
            name: 'Board of Directors',
            kind: 'position',
            description: 'Board',
            location: 'London',
            evidence: ['O-1,,Board of Directors,Board,London,https://example.org/1.png'],
          },
          {
            id: 'O-2',
            name: 'Chief Executive',
            kind: 'position',
            description: 'CEO',
            location: 'London',
            evidence: ['O-2,O-1,Chief Executive,CEO,London,'],
          },
          {
            id: 'O-3',
            name: 'Finance Dept',
            kind: 'position',
            description: 'Finance',
            location: 'Leeds',
            evidence: ['O-3,O-2,Finance Dept,Finance,Leeds,'],
          },
          {
            id: 'O-4',
            name: 'Research, Innovation',
            kind: 'position',
            description: 'R&D',
            location: 'Cambridge',
            evidence: ['O-4,O-2,"Research, Innovation",R&D,Cambridge,'],
          },
        ],
        relations: [
          { source: 'O-1', target: 'O-2', type: 'oversees', evidence: 'O-2,O-1,Chief Executive,CEO,London,' },
          { source: 'O-2', target: 'O-3', type: 'oversees', evidence: 'O-3,O-2,Finance Dept,Finance,Leeds,' },
          {
            source: 'O-2',
            target: 'O-4',
            type: 'oversees',
            evidence: 'O-4,O-2,"Research, Innovation",R&D,Cambridge,',
          },
        ],
      });
    });

    it('builds the graph', () => {
      if (!result.ok) throw new Error('expected the CSV to load');
      expect(result.graph.order).toBe(4);
      expect(result.graph.size).toBe(3);
    });
  });

  describe('with the optional columns', () => {
    const text = lines(
      'ID,Parent_ID,Label,Kind,Acronym,Description,Since,Until,Relation Type,Notes',
      'alliance,,North Atlantic Alliance,organisation,NATO,,1949,,,',
      'ncia,alliance,Communications Agency,agency,NCIA,Runs networks,2012-07,,,Merged agencies',
      'unit,ncia,Cyber Unit,team,,,2014,2020,part-of,',
    );
    const result = importCsv(text, { title: 'NATO' });

    it('reads every column, whatever its spelling', () => {
      if (!result.ok) throw new Error(messages(result).join('\n'));
      expect(result.model.title).toBe('NATO');
      expect(result.model.entities[1]).toEqual({
        id: 'ncia',
        name: 'Communications Agency',
        kind: 'agency',
        acronym: 'NCIA',
        description: 'Runs networks',
        since: '2012-07',
        note: 'Merged agencies',
        evidence: ['ncia,alliance,Communications Agency,agency,NCIA,Runs networks,2012-07,,,Merged agencies'],
      });
    });

    it('runs a "part-of" relation from the child up to its parent', () => {
      if (!result.ok) throw new Error(messages(result).join('\n'));
      expect(result.model.relations[1]).toMatchObject({ source: 'unit', target: 'ncia', type: 'part-of' });
    });
  });

  it('accepts "manager" as the parent column and semicolons as separators', () => {
    const result = importCsv(lines('Key;Manager;Full Name', 'ceo;;Chief', 'cfo;ceo;Finance'));
    expect(result.ok && result.model.relations).toEqual([
      { source: 'ceo', target: 'cfo', type: 'oversees', evidence: 'cfo;ceo;Finance' },
    ]);
  });

  it('keeps ids that are not kebab-case as they are written', () => {
    const result = importCsv(lines('id,parent,name', '12,,Top', 'E12,12,Unit', 'Finance Dept,E12,Finance'));
    expect(result.ok && result.model.entities.map((entity) => entity.id)).toEqual(['12', 'E12', 'Finance Dept']);
    expect(result.ok && result.model.relations.map((r) => `${r.source}>${r.target}`)).toEqual([
      '12>E12',
      'E12>Finance Dept',
    ]);
  });

  it('keeps a value that spans lines in the evidence and counts lines after it', () => {
    const result = importCsv(lines('id,parent,name', 'a,,"First', 'line"', '', 'b,a,B', 'c,zz,C'), {
      file: 'multi.csv',
    });
    expect(messages(result)).toEqual([
      'multi.csv:6:3 /rows/3/parentId: one row names a superior that no row has, so it is drawn as a top: row 3 ("zz")',
    ]);
    const ok = importCsv(lines('id,parent,name', 'a,,"First', 'line"', '', 'b,a,B'));
    expect(ok.ok && ok.model.entities[0]?.evidence).toEqual(['a,,"First\nline"']);
  });

  it('reads a file with CRLF line ends, blank lines and a byte order mark', () => {
    const result = importCsv('\uFEFFid,parent,name\r\n\r\na,,A\r\nb,a,B\r\n');
    expect(result.ok && result.model.relations).toEqual([
      { source: 'a', target: 'b', type: 'oversees', evidence: 'b,a,B' },
    ]);
  });

  it('reads a file whose lines end in CRLF, LF and CR mixed, and cites each row by its line', () => {
    const result = importCsv('id,parent,name\r\na,,A\nb,a,B\rc,a,C\r\nd,zz,D\n');
    expect(messages(result)[0]).toMatch(/^5:3 \/rows\/4\/parentId: /);
    const fixed = importCsv('id,parent,name\r\na,,A\nb,a,B\rc,a,C\r\n');
    expect(fixed.ok && fixed.model.relations.map((r) => [r.source, r.target])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });

  describe('names the model', () => {
    const csv = lines('id,parent,name', 'a,,A', 'b,a,B');
    it.each([
      [{ title: 'Given' }, 'Given'],
      [{ file: 'C:\\charts\\my org.csv' }, 'my org'],
      [{ file: 'https://example.org/charts/org%20chart.csv?version=2#top' }, 'org chart'],
      [{ file: 'https://example.org/charts/bad%zzname.csv' }, 'bad%zzname'],
      [{}, 'Organisation chart'],
    ])('from %o as %s', (options, title) => {
      const result = importCsv(csv, options);
      expect(result.ok && result.model.title).toBe(title);
    });
  });

  describe('reports', () => {
    const cases: [string, string, string[]][] = [
      ['an empty file', '', ['org.csv /: the file is empty']],
      [
        'a missing name column, with the header it found',
        lines('id,parent,title', '1,,x'),
        [
          'org.csv /: is missing the "name" column (found "id", "parent", "title"); name it so, or map it with a column mapping such as "name:<header>"',
        ],
      ],
      [
        'missing id and name columns in one error',
        lines('key_code,parent', 'x,'),
        [
          'org.csv /: is missing the "id" and "name" columns (found "key_code", "parent"); name them so, or map them with a column mapping such as "id:<header>;name:<header>"',
        ],
      ],
      ['a header without rows', 'id,parentId,name\n', ['org.csv:1:1 /rows: no rows below the header']],
      ['an empty id', lines('id,parentId,name', 'a,,A', ',a,Nameless'), ['org.csv:3:1 /rows/2/id: must not be empty']],
      ['an empty name', lines('id,parentId,name', 'a,,A', 'b,a,'), ['org.csv:3:5 /rows/2/name: must not be empty']],
      [
        'the same id twice with another name, keeping the first row',
        lines('id,parentId,name', 'E1,,A', 'E2,E1,B', 'E2,E1,C'),
        ['org.csv:4:7 /rows/3/name: repeats the id "E2" of row 2 with another "name"; row 2\'s values are kept'],
      ],
      [
        'the same row twice',
        lines('id,parentId,name', 'E1,,A', 'E2,E1,B', 'E2,E1,B'),
        ['org.csv:4:1 /rows/3/id: repeats row 2 (id "E2"), adding no other superior'],
      ],
      [
        'ids that differ only in case or spelling as two bodies',
        lines('id,parentId,name', 'top,,Top', 'Finance Dept,top,A', 'finance-dept,top,B'),
        [],
      ],
      [
        'an unknown parent, with the id it probably means, as a warning',
        lines('id,parentId,name', 'E123,,A', 'E124,E132,B'),
        [
          'org.csv:3:6 /rows/2/parentId: one row names a superior that no row has, so it is drawn as a top: row 2 ("E132"; did you mean "E123"?)',
        ],
      ],
      [
        'a row with more values than the header has columns, drawn without them',
        lines('id,parentId,name', 'a,,A', 'b,a,Research, Innovation'),
        [
          "org.csv:3:1 /rows/2: row 2 has values past the header's 3 columns; the values past the header are ignored (a value containing the separator needs double quotes)",
        ],
      ],
      [
        'a quote that is not closed',
        lines('id,parentId,name', 'a,,A', 'b,a,"B'),
        ['org.csv:3:1 /rows/2: a quoted value is not closed (a " is missing)'],
      ],
      [
        'a quote that is not doubled',
        lines('id,parentId,name', 'a,,A', 'b,a,"The "B" unit"'),
        ['org.csv:3:1 /rows/2: a quote inside a quoted value must be doubled ("")'],
      ],
      [
        'an unknown relation type',
        lines('id,parentId,name,relationType', 'a,,A,', 'b,a,B,overseas'),
        ['org.csv:3:7 /rows/2/relationType: unknown relation type "overseas" (did you mean "oversees"?)'],
      ],
      [
        'a date the schema rejects',
        lines('id,parentId,name,since', 'a,,A,April 2014', 'b,a,B,'),
        ['org.csv:2:6 /rows/1/since: "April 2014" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
      ],
      [
        'an end that is not after the start',
        lines('id,parentId,name,since,until', 'a,,A,2014,2012', 'b,a,B,,'),
        ['org.csv:2:11 /rows/1/until: "2012" is not after since "2014"'],
      ],
      [
        'a row that is its own parent',
        lines('id,parentId,name', 'a,,A', 'b,b,B'),
        ['org.csv:3:3 /rows/2/parentId: row 2 names itself as its own superior; drawn without that line'],
      ],
      [
        'a loop in the chain of command',
        lines('id,parentId,name', 'a,c,A', 'b,a,B', 'c,b,C'),
        [
          'org.csv:2:1 /rows/1: the superiors in column "parentId" make a loop, so no row in it is at the top: a (row 1) → b (row 2) → c (row 3) → a; correct the superior of one of these rows',
        ],
      ],
      [
        'nothing of a body with no parent and no children (a one-person row)',
        lines('id,parentId,name', 'a,,A', 'b,a,B', 'loner,,Loner'),
        [],
      ],
    ];
    it.each(cases)('%s', (_, text, expected) => {
      expect(messages(importCsv(text, { file: 'org.csv' }))).toEqual(expected);
    });
  });
});
