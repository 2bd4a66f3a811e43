import { beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { formatIssue } from '../../model/format-issue.js';
import { importXlsx } from '../../model/import-xlsx.js';
import type { LoadResult } from '../../model/load-result.js';

function messages(result: LoadResult): string[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

type SheetRow = (string | number | Date | null)[];

/** A workbook of one sheet, made as Excel would save it. */
async function workbook(rows: SheetRow[], sheet = 'Sheet1'): Promise<Uint8Array> {
  const data = rows.map((row) =>
    row.map((value) => (value instanceof Date ? { value, type: Date, format: 'yyyy-mm-dd' } : value)),
  );
  return new Uint8Array(await writeExcelFile(data, { sheet }).toBuffer());
}

describe('importXlsx', () => {
  describe('with an org chart on the first sheet', () => {
    let result: LoadResult;
    beforeAll(async () => {
      const bytes = await workbook(
        [
          ['id', 'parentId', 'name', 'kind', 'since', 'headcount'],
          ['board', null, 'Board of Directors', 'committee', new Date(Date.UTC(2015, 2, 1)), 7],
          ['ceo', 'board', 'Chief Executive', 'role', null, 1],
          ['finance', 'ceo', 'Finance Department', null, null, 42],
        ],
        'Head office',
      );
      result = await importXlsx(bytes, { file: 'reports/acme.xlsx' });
    });

    it('reads the rows through the CSV importer: bodies, kinds (default position) and the chain of command', () => {
      if (!result.ok) throw new Error(messages(result).join('; '));
      expect(result.model.entities.map(({ id, name, kind }) => [id, name, kind])).toEqual([
        ['board', 'Board of Directors', 'committee'],
        ['ceo', 'Chief Executive', 'role'],
        ['finance', 'Finance Department', 'position'],
      ]);
      expect(result.model.relations.map(({ source, target, type }) => `${source} ${type} ${target}`)).toEqual([
        'board oversees ceo',
        'ceo oversees finance',
      ]);
    });

    it('turns dates in cells into ISO days', () => {
      if (!result.ok) throw new Error('expected the workbook to load');
      expect(result.model.entities[0]!.since).toBe('2015-03-01');
    });

    it('names the file and the sheet in the title, and loads without issues', () => {
      if (!result.ok) throw new Error('expected the workbook to load');
      expect(result.model.title).toBe('acme — Head office');
      expect(messages(result)).toEqual([]);
    });
  });

  it('leaves a default sheet name out of the title, and takes the sheet name when there is no file name', async () => {
    const rows: SheetRow[] = [
      ['id', 'name'],
      ['a', 'Alpha'],
    ];
    const named = await importXlsx(await workbook(rows), { file: 'org.xlsx' });
    const unnamed = await importXlsx(await workbook(rows, 'Divisions'));
    expect(named.ok && named.model.title).toBe('org');
    expect(unnamed.ok && unnamed.model.title).toBe('Divisions');
  });

  it("reports problems by row and column as the CSV importer does, without the CSV text's lines", async () => {
    const bytes = await workbook([
      ['id', 'parentId', 'name'],
      ['board', null, 'Board'],
      ['ceo', 'bord', 'Chief Executive'],
    ]);
    const result = await importXlsx(bytes, { file: 'org.xlsx' });
    // A superior no row has makes its row a top, with a warning naming the row and the column.
    expect(result.ok).toBe(true);
    const [warning] = result.warnings;
    expect(result.warnings.map((w) => w.path)).toEqual(['/rows/2/parentId']);
    expect([warning?.path, warning?.file, warning?.line, warning?.column]).toEqual([
      '/rows/2/parentId',
      'org.xlsx',
      undefined,
      undefined,
    ]);
    expect(warning?.message).toContain('row 2 ("bord"; did you mean "board"?)');
  });

  it('refuses bytes that are not a workbook with one error', async () => {
    const result = await importXlsx(new TextEncoder().encode('id,name\na,A\n'), { file: 'org.xlsx' });
    expect(result.ok).toBe(false);
    expect(messages(result)).toHaveLength(1);
    expect(messages(result)[0]).toMatch(/^org\.xlsx \/: could not be read as an Excel workbook \(\.xlsx\)/);
  });
});
