import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { importCsv } from '../../model/import-csv.js';
import { importXlsx } from '../../model/import-xlsx.js';
import type { LoadResult } from '../../model/load-result.js';
import type { ModelIssue } from '../../model/types.js';
import { issuePlace, issueSentence } from '../../src/issue-place.js';

// The place and sentence the warning bar and the error list show, in the file's own terms.

const issues = (result: LoadResult): ModelIssue[] => [...(result.ok ? [] : result.errors), ...result.warnings];

describe('issuePlace', () => {
  it('names a row and its column by the header as the file writes it, and the line without the character', () => {
    const text = ['Employee ID,Full Name,Supervisor ID', 'E1,Ann,E9', 'E2,Bo,E1'].join('\n');
    const [issue] = issues(importCsv(text, { file: '/filtered.csv' }));
    expect(issue?.path).toBe('/rows/1/parentId');
    expect(issuePlace(issue!)).toBe('/filtered.csv · row 1, column "Supervisor ID" · line 2');
  });

  it('names a sheet row as Excel shows it, with the column letter', async () => {
    const rows = [
      ['Employee ID', 'Full Name', 'Supervisor ID'],
      ['E1', 'Ann', null],
      ['E2', 'Bo', 'E9'],
    ];
    const bytes = new Uint8Array(await writeExcelFile(rows, { sheet: 'Sheet1' }).toBuffer());
    const [issue] = issues(await importXlsx(bytes, { file: 'org.xlsx' }));
    expect(issue?.path).toBe('/rows/2/parentId');
    expect(issuePlace(issue!)).toBe('org.xlsx · sheet row 3, column C ("Supervisor ID")');
  });

  it('keeps the path and the line and column of a model kept as JSON', () => {
    const issue: ModelIssue = { severity: 'error', path: '/relations/3/target', message: 'x', line: 12, column: 5 };
    expect(issuePlace(issue)).toBe('/relations/3/target · line 12, column 5');
  });
});

describe('issueSentence', () => {
  it('makes the file the subject of a message about the whole file', () => {
    const page = importCsv('<!DOCTYPE html>\n<html><body>Sign in</body></html>', {
      file: 'https://example.org/data/x.csv',
    });
    expect(issues(page).map(issueSentence)).toEqual(['x.csv is a web page (HTML), not CSV: check the URL']);
    const flat = importCsv('id,name\na,A\nb,B', { file: 'flat.csv' });
    expect(issueSentence(issues(flat)[0]!)).toMatch(/^flat\.csv has no column saying whom each row reports to/);
  });

  it('leaves a message about a part of the file as it is', () => {
    const issue: ModelIssue = { severity: 'warning', path: '/rows/2', message: 'has values past the header' };
    expect(issueSentence(issue)).toBe('has values past the header');
  });
});
