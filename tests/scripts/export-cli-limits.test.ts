import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTITIES, MAX_FILE_BYTES, MAX_NAME_LENGTH } from '../../model/limits.js';

// The command line holds a model to the widget's limits, and says which one before any browser starts.

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(REPO_ROOT, 'scripts/export.ts');

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-limits-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run export, given a model past a limit', () => {
  it('refuses a file larger than the limit without reading it, naming the file and the limit', () => {
    const huge = join(dir, 'huge.json');
    // A sparse file: its size is what counts, and it takes no room on disk.
    writeFileSync(huge, '');
    truncateSync(huge, MAX_FILE_BYTES + 1);
    const result = run(['--model', huge, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${huge}: is 50,000,001 bytes, over the limit of 50,000,000 bytes (50 MB) for a model file`,
    );
  });

  it('reports a name longer than the limit at its line and column', () => {
    const file = join(dir, 'long-name.json');
    const model = {
      title: 'Long',
      entities: [{ id: 'a', name: 'n'.repeat(MAX_NAME_LENGTH + 1), kind: 'body' }],
      relations: [],
    };
    writeFileSync(file, JSON.stringify(model, null, 2));
    const result = run(['--model', file, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${file}:6:15 /entities/0/name: is 1,001 characters long, over the limit of 1,000 characters for a name`,
    );
  });

  it('reports the first CSV row past the limit on bodies', () => {
    const file = join(dir, 'rows.csv');
    const rows = Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => `b${i},${i === 0 ? '' : 'b0'},Body ${i}`);
    writeFileSync(file, ['id,parentId,name', ...rows].join('\n'));
    const result = run(['--model', file, '--out', join(dir, 'x.svg')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${file}:50002:1 /rows/50001: is row 50,001 of 50,001, over the limit of 50,000 bodies (rows) in a model`,
    );
  });
});
