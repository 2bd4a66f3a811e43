import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../model/import-csv.js';
import nato from '../../model/nato-cyber-defence.json';
import { orgChartWorkbook } from '../fixtures/org-chart-workbook.js';
import { BROWSER_TIMEOUT, REPO_ROOT, runExportCli } from './export-cli-run.js';

// `npm run export` on the other formats it reads (workbooks, GraphML), and writing the model
// itself as JSON or CSV.

const NATO = join(REPO_ROOT, 'model/nato-cyber-defence.json');
const GRAPHML = join(REPO_ROOT, 'tests/fixtures/org-chart.graphml');
const ORG_CSV = join(REPO_ROOT, 'tests/fixtures/org-chart.csv');

/** The bodies an exported SVG draws: one `<g class="node …">` each. */
const bodiesDrawn = (svg: string) => svg.match(/<g class="node /g)?.length ?? 0;

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-formats-'));
  writeFileSync(join(dir, 'org.xlsx'), await orgChartWorkbook());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run export, given other formats', () => {
  it('draws an Excel workbook', { timeout: BROWSER_TIMEOUT }, () => {
    const out = join(dir, 'org.svg');
    const result = runExportCli(['--model', join(dir, 'org.xlsx'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(bodiesDrawn(readFileSync(out, 'utf8'))).toBe(6);
  });

  it('draws a GraphML file, and a workbook saved under a .csv name, by its content', {
    timeout: BROWSER_TIMEOUT,
  }, () => {
    copyFileSync(join(dir, 'org.xlsx'), join(dir, 'misnamed.csv'));
    for (const model of [GRAPHML, join(dir, 'misnamed.csv')]) {
      const out = join(dir, 'drawn.svg');
      const result = runExportCli(['--model', model, '--out', out]);
      expect(result.stderr, model).toBe('');
      expect(result.status).toBe(0);
      expect(bodiesDrawn(readFileSync(out, 'utf8'))).toBe(6);
    }
  });

  it('refuses a model named in no format it reads with the usage and exit code 2', () => {
    const result = runExportCli(['--model', join(dir, 'org.pdf'), '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--model must be a .json, .csv, .tsv, .xlsx, .graphml, .gexf or .xml file');
  });
});

describe('npm run export, writing the model', () => {
  it('writes the model as JSON for a .json output, without drawing', () => {
    const out = join(dir, 'nato-copy.json');
    const result = runExportCli(['--model', NATO, '--out', out]);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(nato);
  });

  it('writes a GraphML file as a JSON model', () => {
    const out = join(dir, 'graph.json');
    expect(runExportCli(['--model', GRAPHML, '--out', out]).status).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    expect([model.entities.length, model.relations.length]).toEqual([6, 5]);
  });

  it('writes the model as a CSV org chart for a .csv output, with a byte order mark as the Export menu writes, which the CSV importer reads back', () => {
    const out = join(dir, 'org-copy.csv');
    const result = runExportCli(['--model', ORG_CSV, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFid,parentId,name,kind,acronym,location,description,since,until,relationType,note',
    );
    const again = importCsv(text, { file: out });
    expect(again.ok && [again.model.entities.length, again.model.relations.length]).toEqual([5, 4]);
  });

  it("says how many lines of the model's own types a CSV leaves out", () => {
    const own = new Set(Object.keys(nato.relationTypes));
    const omitted = nato.relations.filter((relation) => own.has(relation.type)).length;
    const result = runExportCli(['--model', NATO, '--out', join(dir, 'nato.csv')]);
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toMatch(
      new RegExp(
        `nato\\.csv: ${omitted} relations of the model's own types outside the chain of command left out \\(CSV cannot declare relation types\\)$`,
      ),
    );
  });
});
