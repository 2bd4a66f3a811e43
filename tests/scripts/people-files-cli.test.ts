import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TIMEOUT, REPO_ROOT, runExportCli } from './export-cli-run.js';

/*
 * The org charts of people-files.test.ts through the command line: `npm run export` draws each
 * and writes an SVG with one `g.node` a body.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'people-files-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The data-id of each body of an exported SVG. */
const bodies = (svg: string) => [...svg.matchAll(/<g class="node[^"]*" data-id="([^"]*)"/g)].map((match) => match[1]);

describe('npm run export with org charts as people keep them', () => {
  it.each([
    ['odd-ids.json', [], 11],
    ['hr-export.csv', [], 5],
    ['null-root.csv', [], 4],
    ['missing-manager.csv', [], 4],
    ['excel-1252.csv', [], 3],
    ['matrix.csv', [], 5],
    ['d3-org-chart.json', [], 4],
    ['custom-columns.csv', ['--columns', 'id:Badge;name:Who;parentId:Answers To'], 3],
  ] as [string, string[], number][])(
    'draws %s %j with %i bodies',
    { timeout: BROWSER_TIMEOUT },
    (file, extra, count) => {
      const out = join(dir, `${file}.svg`);
      const result = runExportCli(['--model', join(REPO_ROOT, 'tests/fixtures', file), ...extra, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      const svg = readFileSync(out, 'utf8');
      expect(bodies(svg)).toHaveLength(count);
      if (file === 'excel-1252.csv') {
        expect(svg).toContain('Café');
        expect(result.stderr).toContain('read as Windows-1252');
      }
      if (file === 'odd-ids.json') expect(bodies(svg)).toContain('__proto__');
      if (file === 'missing-manager.csv') expect(result.stderr).toContain('2 rows name a superior that no row has');
    },
  );

  it('fails on a file whose columns it cannot find, naming the columns found', () => {
    const result = runExportCli([
      '--model',
      join(REPO_ROOT, 'tests/fixtures/custom-columns.csv'),
      '--out',
      join(dir, 'x.svg'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing the "id" and "name" columns (found "Badge", "Who", "Answers To")');
  });
});
