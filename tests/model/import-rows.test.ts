import { describe, expect, it } from 'vitest';
import { matchColumns, parseColumnMapping } from '../../model/csv-columns.js';
import { formatIssue } from '../../model/format-issue.js';
import { importArray } from '../../model/import-array.js';
import { importCsv } from '../../model/import-csv.js';
import { type LoadResult, loadModel } from '../../model/load.js';
import { loadModelValue } from '../../model/load-value.js';
import { ODD_IDS } from '../fixtures/odd-ids.js';

const lines = (...rows: string[]) => rows.join('\n');

function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

/** Each relation as "superior>subordinate". */
function lines_(result: LoadResult): string[] {
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result.model.relations.map((relation) => `${relation.source}>${relation.target}`);
}

describe('matchColumns', () => {
  it.each([
    ['Employee ID', 'id'],
    ['employee_id', 'id'],
    ['Person ID', 'id'],
    ['Position-ID', 'id'],
    ['Unit ID', 'id'],
    ['Staff Id', 'id'],
    ['Employee', 'id'],
    ['Supervisor ID', 'parentId'],
    ['Manager', 'parentId'],
    ['Manager ID:', 'parentId'],
    ['Reports To', 'parentId'],
    ['Line Manager', 'parentId'],
    ['Parent Unit', 'parentId'],
    ['Boss', 'parentId'],
    ['pid', 'parentId'],
    ['Dotted Line Manager', 'secondParentId'],
    ['second_parent_id', 'secondParentId'],
    ['Full Name', 'name'],
    ['Employee Name', 'name'],
    ['Job Title', 'title'],
    ['Position', 'title'],
    ['Type', 'kind'],
  ])('reads %s as %s', (cell, column) => {
    const { columns } = matchColumns([cell]);
    expect([...columns.keys()]).toEqual([column]);
  });

  it('ignores case, spaces, underscores and punctuation', () => {
    const { columns } = matchColumns(['EMPLOYEE #ID', 'Full-Name', 'reports_to (id)', 'Job.Title']);
    expect(Object.fromEntries(columns)).toEqual({ id: 0, name: 1, parentId: 2, title: 3 });
  });

  it('reads the columns a mapping names, and the others by name', () => {
    const { columns, unmatched } = matchColumns(['Emp No', 'Boss No', 'Who', 'Job Title'], {
      id: 'Emp No',
      parentId: 'boss_no',
      name: 'Who',
    });
    expect(Object.fromEntries(columns)).toEqual({ id: 0, parentId: 1, name: 2, title: 3 });
    expect(unmatched).toEqual([]);
  });

  it('says which mapped header the file does not have', () => {
    expect(matchColumns(['a', 'b'], { id: 'Emp No' }).unmatched).toEqual([['id', 'Emp No']]);
  });
});

describe('parseColumnMapping', () => {
  it('reads pairs of a column and a header, in any spelling of the column', () => {
    expect(parseColumnMapping('id:Emp No; parent_id : Boss No;Name:Who: the person')).toEqual({
      mapping: { id: 'Emp No', parentId: 'Boss No', name: 'Who: the person' },
      problems: [],
    });
  });

  it('reads an object of the same pairs', () => {
    expect(parseColumnMapping({ id: 'Emp No', 'Parent ID': 'Boss' }).mapping).toEqual({
      id: 'Emp No',
      parentId: 'Boss',
    });
  });

  it('says which pairs it cannot use', () => {
    expect(parseColumnMapping('boss:Boss No;id').problems).toEqual([
      'the column mapping names "boss", which is not a column (use id, parentId, secondParentId, name, title, kind, acronym, location, description, since, until, relationType, note)',
      'the column mapping gives no header for "id" (write id:<header>)',
    ]);
  });
});

describe('importCsv with the columns people export', () => {
  it('reads an HR export: Employee ID, Full Name, Supervisor ID, Job Title', () => {
    const result = importCsv(
      lines('Employee ID,Full Name,Supervisor ID,Job Title', 'E1,Ann,,CEO', 'E2,Bo,E1,CFO', 'E3,Cy,E2,Clerk'),
    );
    expect(messages(result)).toEqual([]);
    expect(lines_(result)).toEqual(['E1>E2', 'E2>E3']);
    expect(result.ok && result.model.entities.map((entity) => [entity.id, entity.name, entity.description])).toEqual([
      ['E1', 'Ann', 'CEO'],
      ['E2', 'Bo', 'CFO'],
      ['E3', 'Cy', 'Clerk'],
    ]);
  });

  it('reads columns a mapping names', () => {
    const text = lines('Emp No,Boss No,Who', '1,,Ann', '2,1,Bo');
    expect(lines_(importCsv(text, { columns: 'id:Emp No;parentId:Boss No;name:Who' }))).toEqual(['1>2']);
    expect(lines_(importCsv(text, { columns: { id: 'Emp No', parentId: 'Boss No', name: 'Who' } }))).toEqual(['1>2']);
  });

  it('fails, naming the columns found, when a mapped id header is missing', () => {
    expect(messages(importCsv(lines('a,b', '1,2'), { file: 'x.csv', columns: 'id:Emp No;name:b' }))).toEqual([
      'x.csv:1:1 /header: the column mapping reads "id" from "Emp No", but there is no such column (found "a", "b")',
    ]);
  });

  it('warns, naming the columns found and how to map one, when no column gives the parent', () => {
    const result = importCsv(lines('Emp No,Name,Boss No', '1,Ann,', '2,Bo,1'), { file: 'x.csv' });
    expect(result.ok).toBe(true);
    expect(messages(result)[0]).toBe(
      'x.csv /: has no column saying whom each row reports to (found "Emp No", "Name", "Boss No"), so every row is drawn as a top: name that column parentId, manager, supervisor or reports to, or map it with a column mapping such as "parentId:<header>"',
    );
  });
});

describe('importCsv roots and missing parents', () => {
  it.each(['', 'null', 'NULL', 'None', '-', '0'])('takes a parent of %j as no parent', (none) => {
    const result = importCsv(lines('id,parentId,name', `a,${none},A`, 'b,a,B'));
    expect(messages(result)).toEqual([]);
    expect(lines_(result)).toEqual(['a>b']);
  });

  it('takes 0 as an id when a row has it', () => {
    expect(lines_(importCsv(lines('id,parentId,name', '0,,Zero', '1,0,One')))).toEqual(['0>1']);
  });

  it('draws rows whose parent is missing as tops, listing the first few and counting the rest', () => {
    const rows = ['top,,Top', 'a,top,A', ...['b', 'c', 'd', 'e', 'f'].map((id) => `${id},gone-${id},${id}`)];
    const result = importCsv(lines('id,parentId,name', ...rows), { file: 'org.csv' });
    expect(result.ok).toBe(true);
    expect(lines_(result)).toEqual(['top>a']);
    expect(messages(result)[0]).toBe(
      'org.csv:4:3 /rows/3/parentId: 5 rows name a superior that no row has, so they are drawn as tops: row 3 ("gone-b"), row 4 ("gone-c"), row 5 ("gone-d") and 2 more',
    );
  });
});

describe('importCsv matrix reporting', () => {
  it('adds the superior of a row that repeats an id with another parent', () => {
    const result = importCsv(
      lines('id,parentId,name', 'ceo,,CEO', 'cto,ceo,CTO', 'cfo,ceo,CFO', 'pm,cto,PM', 'pm,cfo,PM'),
    );
    expect(messages(result)).toEqual([]);
    expect(lines_(result)).toEqual(['ceo>cto', 'ceo>cfo', 'cto>pm', 'cfo>pm']);
    expect(result.ok && result.graph.order).toBe(4);
  });

  it('adds the superior in a second-parent column', () => {
    const result = importCsv(
      lines('id,manager,dotted line manager,name', 'ceo,,,CEO', 'cto,ceo,,CTO', 'cfo,ceo,,CFO', 'pm,cto,cfo,PM'),
    );
    expect(lines_(result)).toEqual(['ceo>cto', 'ceo>cfo', 'cto>pm', 'cfo>pm']);
  });

  it('keeps the first row when a repeated row disagrees, and says which was kept', () => {
    const result = importCsv(lines('id,parentId,name,title', 'a,,A,', 'b,a,B,', 'c,a,C,', 'c,b,See,Boss'));
    expect(lines_(result)).toEqual(['a>b', 'a>c', 'b>c']);
    expect(result.ok && result.model.entities.find((entity) => entity.id === 'c')?.name).toBe('C');
    expect(messages(result)).toEqual([
      '5:5 /rows/4/name: repeats the id "c" of row 3 with another "name", "title"; row 3\'s values are kept',
    ]);
  });
});

describe('JSON arrays of rows', () => {
  it('reads a d3-org-chart array through loadModel', () => {
    const text = JSON.stringify([
      { id: '1', parentId: '', name: 'Board', positionName: 'Chair', imageUrl: 'x.png' },
      { id: '2', parentId: '1', name: 'CEO', positionName: 'Chief' },
      { id: '3', parentId: '2', name: 'CFO' },
    ]);
    const result = loadModel(text, { file: 'chart.json' });
    expect(messages(result)).toEqual([]);
    expect(lines_(result)).toEqual(['1>2', '2>3']);
    expect(result.ok && result.model.title).toBe('chart');
  });

  it('reads a BALKAN array of objects with numbers and nulls', () => {
    const result = loadModelValue([
      { id: 1, pid: null, name: 'Ann', title: 'CEO' },
      { id: 2, pid: 1, name: 'Bo' },
      { id: 3, pid: 1, name: 'Cy', tags: ['x'] },
    ]);
    expect(lines_(result)).toEqual(['1>2', '1>3']);
  });

  it('reads keys a mapping names', () => {
    const result = importArray(
      [
        { key: 'a', up: '', who: 'A' },
        { key: 'b', up: 'a', who: 'B' },
      ],
      { columns: 'id:key;parentId:up;name:who' },
    );
    expect(lines_(result)).toEqual(['a>b']);
  });

  it('reports an item that is not an object', () => {
    expect(messages(loadModelValue([{ id: 'a', name: 'A' }, 'b']))).toEqual([
      '/rows/2: expected each item of the array to be an object (a row such as {"id": …, "parentId": …, "name": …}), got a string',
    ]);
  });
});

describe('ids', () => {
  const ids = ODD_IDS;

  it('loads a JSON model whose ids are any text, each a body of its own', () => {
    const model = {
      title: 'Odd ids',
      entities: ids.map((id) => ({ id, name: `Body ${id}`, kind: 'body' })),
      relations: ids.slice(1).map((id) => ({ source: 'E1042', target: id, type: 'oversees', evidence: 'x' })),
    };
    const result = loadModel(JSON.stringify(model));
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.graph.nodes().sort()).toEqual([...ids].sort());
    expect(result.ok && result.graph.size).toBe(ids.length - 1);
    if (!result.ok) return;
    // graphology indexes neighbours by id: such ids must not read or write Object.prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(result.graph.hasEdge('toString', 'constructor')).toBe(false);
    expect(result.graph.hasEdge('E1042', '__proto__')).toBe(true);
    expect(result.graph.inNeighbors('__proto__')).toEqual(['E1042']);
    expect(result.graph.outNeighbors('E1042')).toHaveLength(ids.length - 1);
  });

  it('keeps CSV ids as written, case-sensitive', () => {
    const result = importCsv(lines('id,parentId,name', 'A,,Upper', 'a,A,Lower', 'Отдел-1,a,Dept'));
    expect(lines_(result)).toEqual(['A>a', 'a>Отдел-1']);
  });

  it('suggests an id in another script for a near miss', () => {
    const result = importCsv(lines('id,parentId,name', 'Отдел-1,,A', 'b,Отдел 1x,B'));
    expect(messages(result)[0]).toContain('row 2 ("Отдел 1x"; did you mean "Отдел-1"?)');
  });
});
