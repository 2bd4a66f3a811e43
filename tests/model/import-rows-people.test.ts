import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../model/format-issue.js';
import { importArray } from '../../model/import-array.js';
import { importCsv } from '../../model/import-csv.js';
import type { LoadResult } from '../../model/load.js';

// Org-chart files as people make them in spreadsheets and HR systems, and the problems they met.

const lines = (...rows: string[]) => rows.join('\n');

function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

/** Each relation as "superior>subordinate". */
function links(result: LoadResult): string[] {
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result.model.relations.map((relation) => `${relation.source}>${relation.target}`);
}

describe('rows longer or shorter than the header', () => {
  it('ignores empty values past the header, as Excel writes them, without a word', () => {
    const result = importCsv(lines('id,parentId,name,title', '1,,Boss,CEO,,', '2,1,Worker,Dev,,'));
    expect(messages(result)).toEqual([]);
    expect(links(result)).toEqual(['1>2']);
  });

  it('draws rows with other values past the header, with one warning naming them', () => {
    const rows = ['1,,Boss,CEO', '2,1,Worker,Dev,x', '3,1,C,Dev,,y', '4,1,D,Dev,z', '5,1,E,Dev,z', '6,1,F,Dev'];
    const result = importCsv(lines('id,parentId,name,title', ...rows), { file: 'x.csv' });
    expect(links(result)).toEqual(['1>2', '1>3', '1>4', '1>5', '1>6']);
    expect(messages(result)).toEqual([
      `x.csv:3:1 /rows/2: rows 2, 3, 4 and 1 more have values past the header's 4 columns; the values past the header are ignored (a value containing the separator needs double quotes)`,
    ]);
  });

  it('reads values missing at the end of a row as empty', () => {
    const result = importCsv(lines('id,parentId,name,title,location', '1,,Boss', '2,1,Worker,Dev'));
    expect(messages(result)).toEqual([]);
    expect(links(result)).toEqual(['1>2']);
  });
});

describe('values of the wrong sort', () => {
  it('says an id or name that is an object or an array must be text or a number', () => {
    const result = importArray(
      [
        { id: { value: 1 }, parentId: null, name: 'A' },
        { id: 2, parentId: null, name: ['B'] },
      ],
      { file: 'rows.json' },
    );
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      'rows.json /rows/1/id: must be text or a number, not an object',
      'rows.json /rows/2/name: must be text or a number, not an array',
    ]);
  });

  it('says a web page served under a .csv name is HTML, not CSV', () => {
    const page = lines('<!doctype html>', '<html><head><title>Sign in</title></head>', '<body>…</body></html>');
    const result = importCsv(page, { file: 'https://example.org/x.csv' });
    expect(messages(result)).toEqual(['https://example.org/x.csv /: is a web page (HTML), not CSV: check the URL']);
  });
});

describe('charts whose names are their ids', () => {
  it('reads one header as two columns when a mapping says so', () => {
    const result = importCsv(lines('Name,Manager', 'Ann,', 'Bo,Ann', 'Cy,Bo'), {
      columns: 'id:Name;name:Name;parentId:Manager',
    });
    expect(messages(result)).toEqual([]);
    expect(links(result)).toEqual(['Ann>Bo', 'Bo>Cy']);
  });

  it('takes the names as ids in a file with no id column', () => {
    const result = importCsv(lines('Name,Manager,Title', 'Ann,,CEO', 'Bo,Ann,CTO', 'Cy,Bo,Dev'));
    expect(messages(result)).toEqual([]);
    expect(links(result)).toEqual(['Ann>Bo', 'Bo>Cy']);
  });

  it('refuses names as ids when names repeat, naming them and their rows', () => {
    const result = importCsv(lines('Name,Manager', 'Ann,', 'Bo,Ann', 'Bo,Ann', 'Cy,Bo'), { file: 'x.csv' });
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      'x.csv /: has no id column, and the names in "Name" cannot stand for ids as some repeat: "Bo" (rows 2, 3); add an id column, or map one with a column mapping such as "id:<header>"',
    ]);
  });
});

describe('loops and further superiors', () => {
  const header = 'Employee ID,Full Name,Manager ID,Dotted Line Manager';

  it('leaves out a dotted line that closes a loop, naming the row and the column, and draws the rest', () => {
    const result = importCsv(lines(header, '1,Ann,,', '2,Bo,1,3', '3,Cy,2,'), { file: 'x.csv' });
    expect(links(result)).toEqual(['1>2', '2>3']);
    expect(messages(result)).toEqual([
      `x.csv:3:8 /rows/2/secondParentId: row 2's further superior "3" (column "Dotted Line Manager") would close a loop in the chain of command (3 → 2 → 3), so that line is left out`,
    ]);
  });

  it('keeps a dotted line that closes no loop', () => {
    expect(links(importCsv(lines(header, '1,Ann,,', '2,Bo,1,', '3,Cy,1,2')))).toEqual(['1>2', '1>3', '2>3']);
  });

  it('refuses a loop of line managers, naming each row and the column', () => {
    const result = importCsv(lines(header, '1,Ann,3,', '2,Bo,1,', '3,Cy,2,'), { file: 'x.csv' });
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      'x.csv:2:1 /rows/1: the superiors in column "Manager ID" make a loop, so no row in it is at the top: 1 (row 1) → 2 (row 2) → 3 (row 3) → 1; correct the superior of one of these rows',
    ]);
  });
});

describe('warnings worth giving', () => {
  it.each(['', 'null', 'none', '-', '0'])('says nothing of a top written %j with no reports', (none) => {
    const result = importCsv(lines('id,parentId,name', 'a,,A', 'b,a,B', `c,${none},C`));
    expect(messages(result)).toEqual([]);
  });

  it('says a missing dotted-line manager is left out, not that the row is a top', () => {
    const result = importCsv(lines('id,parentId,name,dotted line manager', 'a,,A,', 'b,a,B,zz'), { file: 'x.csv' });
    expect(links(result)).toEqual(['a>b']);
    expect(messages(result)).toEqual([
      'x.csv:3:7 /rows/2/secondParentId: one row names a further superior that no row has, so it is drawn without that line: row 2 ("zz")',
    ]);
  });

  it('never suggests the row itself for a missing superior', () => {
    const result = importCsv(lines('id,parentId,name', 'E1,,A', 'E124,E12,B'), { file: 'x.csv' });
    expect(messages(result)).toEqual([
      'x.csv:3:6 /rows/2/parentId: one row names a superior that no row has, so it is drawn as a top: row 2 ("E12"; did you mean "E1"?)',
    ]);
  });

  it('names rows that are their own superior in the plural', () => {
    const result = importCsv(lines('id,parentId,name', 'a,a,A', 'b,,B', 'c,c,C'), { file: 'x.csv' });
    expect(messages(result)).toEqual([
      'x.csv:2:3 /rows/1/parentId: row 1 and row 3 name themselves as their own superiors; drawn without that line',
    ]);
  });
});
