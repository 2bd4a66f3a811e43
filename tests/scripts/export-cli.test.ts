import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nato from '../../model/nato-cyber-defence.json';
import packageJson from '../../package.json' with { type: 'json' };
import { syntheticModel } from '../../scripts/synthetic-model.js';
import { BROWSER_TIMEOUT, REPO_ROOT, runExportCli } from './export-cli-run.js';

const NATO = join(REPO_ROOT, 'model/nato-cyber-defence.json');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectNoStack(output: string) {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/node:internal|\.ts:\d+:\d+\)/);
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
  mkdirSync(join(dir, 'folder.svg'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run export, when it can draw', () => {
  let svgWidth = 0;

  it('writes the NATO model as an SVG document with every body', { timeout: BROWSER_TIMEOUT }, () => {
    const out = join(dir, 'nato.svg');
    const result = runExportCli(['--model', NATO, '--focus', 'cyber-defence-committee', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    // The size is in bytes, as the file has them (labels with "é" take two).
    const bytes = Buffer.byteLength(svg).toLocaleString('en');
    expect(result.stdout).toMatch(new RegExp(`^wrote .*nato\\.svg \\(${bytes} bytes, `));
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=/i);
    for (const entity of nato.entities) expect(svg).toContain(`data-id="${entity.id}"`);
    expect(svg).toContain('<title>NATO cyber defence governance — Cyber Defence Committee</title>');
    svgWidth = Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    expect(svgWidth).toBeGreaterThan(0);
  });

  it('writes a PNG at twice the SVG size by default', { timeout: BROWSER_TIMEOUT }, () => {
    const out = join(dir, 'nato.png');
    const result = runExportCli(['--model', NATO, '--focus', 'cyber-defence-committee', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (svgWidth > 0) expect(pngSize(bytes).width).toBe(2 * svgWidth);
  });

  it('says the year and the focused body in the title line', { timeout: BROWSER_TIMEOUT }, () => {
    const out = join(dir, 'nato-2015.svg');
    const result = runExportCli(['--model', NATO, '--year', '2015', '--focus', 'ncirc-technical-centre', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const line = 'NATO cyber defence governance — 2015 — NCIRC Technical Centre';
    expect(svg).toContain(`<title>${line}</title>`);
    expect(svg).toMatch(new RegExp(`<text class="title"[^>]*>${line}</text>`));
  });

  it('draws a CSV org chart in a year, left to right', { timeout: BROWSER_TIMEOUT }, () => {
    const csv = join(dir, 'org.csv');
    writeFileSync(csv, 'id,parentId,name\nboard,,Board & Council\nfinance,board,Finance <Dept>\n');
    const out = join(dir, 'org.svg');
    const result = runExportCli(['--model', csv, '--year', '2020', '--layout', 'LR', '--scale', '1', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Board &amp; Council');
    expect(svg).toContain('Finance &lt;Dept&gt;');
  });
});

describe('npm run export, given a model of 1,000 bodies', () => {
  it('draws it collapsed as the explorer opens it, with its badges, or whole with --expand-all', {
    timeout: 2 * BROWSER_TIMEOUT,
  }, () => {
    const model = join(dir, 'large.json');
    writeFileSync(model, JSON.stringify(syntheticModel(1000)));
    const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;
    const collapsed = join(dir, 'collapsed.svg');
    expect(runExportCli(['--model', model, '--out', collapsed]).status).toBe(0);
    const first = readFileSync(collapsed, 'utf8');
    expect(count(first, /<g class="node /g)).toBeLessThan(200);
    expect(count(first, /<g class="badge"/g)).toBeGreaterThan(0);
    expect(first).not.toContain('data-id="b999"');
    const whole = join(dir, 'whole.svg');
    expect(runExportCli(['--model', model, '--expand-all', '--out', whole]).status).toBe(0);
    const all = readFileSync(whole, 'utf8');
    expect(count(all, /<g class="node /g)).toBe(1000);
    expect(count(all, /<g class="badge"/g)).toBe(0);
  });
});

describe('npm run export, when it cannot', () => {
  it('names a missing file in one line and exits 1', () => {
    const missing = join(dir, 'nowhere.json');
    const result = runExportCli(['--model', missing, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${missing}: no such file`);
    expectNoStack(result.stderr);
  });

  it('says a directory is not a model file', () => {
    const folder = join(dir, 'folder.json');
    mkdirSync(folder, { recursive: true });
    const result = runExportCli(['--model', folder, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${folder}: is a directory, not a model file`);
  });

  it('reports JSON that does not parse with the file, line and column', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "title": "x", ');
    const result = runExportCli(['--model', broken, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ `));
    expectNoStack(result.stderr);
  });

  it('lists every validation error of an invalid model, one per line, each naming the file', () => {
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({
        title: 'Invalid',
        entities: [{ id: 'a', name: 'A', kind: 'body' }],
        relations: [
          { source: 'a', target: 'nobody', type: 'oversees' },
          { source: 'a', target: 'a', type: 'no-such-type' },
        ],
      }),
    );
    const result = runExportCli(['--model', invalid, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.startsWith(`${invalid}:`)).toBe(true);
    expect(result.stderr).toContain('/relations/0/target');
    expectNoStack(result.stderr);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    const latin = join(dir, 'latin.json');
    // "Ministère" with è as the one byte E8, as Excel saves in Western Europe; the focus is a body
    // the model lacks, so the run stops after reading, before drawing.
    const text = '{"title":"Minist\u00e8re","entities":[{"id":"a","name":"Caf\u00e9","kind":"body"}],"relations":[]}';
    writeFileSync(latin, Buffer.from(text, 'latin1'));
    const result = runExportCli(['--model', latin, '--focus', 'nobody', '--out', join(dir, 'x.svg')]);
    expect(result.stderr).toContain(`${latin}: is not UTF-8, so it was read as Windows-1252`);
    expect(result.stderr).toContain('--focus "nobody" is not an entity');
  });

  it('refuses a model that is not a regular file, such as a pipe, instead of waiting on it', () => {
    const fifo = join(dir, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    const result = runExportCli(['--model', fifo, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${fifo}: is not a regular file`);
  });

  it('folds a long list of problems: the first ones, then how many more', () => {
    const many = join(dir, 'many.json');
    const relations = Array.from({ length: 50 }, (_, i) => ({ source: 'a', target: `nobody-${i}`, type: 'oversees' }));
    writeFileSync(many, JSON.stringify({ title: 'Many', entities: [{ id: 'a', name: 'A', kind: 'body' }], relations }));
    const result = runExportCli(['--model', many, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('… and 30 more problems');
  });

  it('prints the usage and exits 0 when asked for help', () => {
    const result = runExportCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: npm run export -- --model');
    expect(result.stderr).toBe('');
  });

  it('prints the package version and exits 0 when asked for it', () => {
    const result = runExportCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
    expect(result.stderr).toBe('');
  });

  it('answers a command line it cannot use with the usage and exit code 2', () => {
    for (const args of [
      [],
      ['--model', NATO],
      ['--model', NATO, '--out', join(dir, 'x.pdf')],
      ['--model', NATO, '--out', join(dir, 'x.svg'), '--layout', 'diagonal'],
      ['--model', NATO, '--out', join(dir, 'x.svg'), '--year', 'last'],
      ['--model', NATO, '--out', join(dir, 'x.png'), '--scale', '8'],
      ['--model', NATO, '--out', join(dir, 'x.svg'), '--colour', 'red'],
    ]) {
      const result = runExportCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage: npm run export -- --model');
      expectNoStack(result.stderr);
    }
  });

  it('refuses to focus on a body the model does not have, and suggests the nearest', () => {
    const result = runExportCli(['--model', NATO, '--focus', 'cyber-defence-comittee', '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `export: --focus "cyber-defence-comittee" is not an entity of ${NATO} (did you mean "cyber-defence-committee"?)`,
    );
  });

  it('refuses a year outside the years of the model, naming them', () => {
    const result = runExportCli(['--model', NATO, '--year', '1990', '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`export: --year 1990 is outside ${NATO}'s years (2002 to 2023)`);
  });

  it('refuses to focus on a body that did not exist in the year asked for', () => {
    const result = runExportCli([
      ...['--model', NATO, '--year', '2008', '--focus', 'cyberspace-operations-centre'],
      ...['--out', join(dir, 'x.svg')],
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'export: --focus "cyberspace-operations-centre" did not exist in 2008 (--year); choose another body or year',
    );
  });

  it('refuses an output that is a folder before drawing anything', () => {
    const result = runExportCli(['--model', NATO, '--out', join(dir, 'folder.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${join(dir, 'folder.svg')}: is a directory, not a file to write`);
  });

  it('names an output folder that does not exist', () => {
    const out = join(dir, 'no-such-folder', 'x.svg');
    const result = runExportCli(['--model', NATO, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${out}: no such directory ${join(dir, 'no-such-folder')}`);
  });
});
