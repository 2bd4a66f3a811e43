import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEvidence, evidenceQuotes, nearestLine } from '../../scripts/evidence.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(REPO_ROOT, 'scripts/check-evidence.ts');
const SOURCE = 'The Council oversees the Committee.\nThe Agency’s centre is in Mons.\n';

function model(entityEvidence: string[], relationEvidence?: string) {
  return {
    title: 'tiny',
    entities: [
      { id: 'council', name: 'Council', kind: 'body', evidence: entityEvidence },
      { id: 'committee', name: 'Committee', kind: 'committee' },
    ],
    relations: [
      {
        source: 'council',
        target: 'committee',
        type: 'oversees',
        ...(relationEvidence === undefined ? {} : { evidence: relationEvidence }),
      },
    ],
  };
}

/** Runs the CLI the way a developer would, through tsx, from the repository root. */
function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { GOV_SOURCE_TEXT: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
}

describe('checkEvidence', () => {
  it('lists every quote with its JSON pointer, entity lists first', () => {
    expect(evidenceQuotes(model(['a', 'b'], 'c'))).toEqual([
      { path: '/entities/0/evidence/0', quote: 'a' },
      { path: '/entities/0/evidence/1', quote: 'b' },
      { path: '/relations/0/evidence', quote: 'c' },
    ]);
  });

  it('accepts quotes copied exactly and reports the rest by pointer', () => {
    const failures = checkEvidence(
      model(['The Council oversees', 'The Agency’s centre'], 'oversees the Board'),
      SOURCE,
    );
    expect(failures).toEqual([{ path: '/relations/0/evidence', quote: 'oversees the Board' }]);
  });

  it('refuses a straight apostrophe where the source has a typographic one', () => {
    expect(checkEvidence(model(["The Agency's centre"]), SOURCE)).toHaveLength(1);
  });

  it('refuses a quote that runs across two lines', () => {
    expect(checkEvidence(model(['the Committee.\nThe Agency’s']), SOURCE)).toHaveLength(1);
  });

  it('ignores parts of the document that are not shaped like evidence', () => {
    expect(evidenceQuotes({ entities: [null, { evidence: 'not a list' }], relations: 'nope' })).toEqual([]);
    expect(evidenceQuotes(null)).toEqual([]);
  });
});

describe('nearestLine', () => {
  it('says when a quote only differs in punctuation', () => {
    expect(nearestLine(SOURCE, "the agency's centre")).toEqual({
      line: 2,
      text: 'The Agency’s centre is in Mons.',
      differsOnlyInPunctuation: true,
    });
  });

  it('points to the line sharing the most words otherwise', () => {
    expect(nearestLine(SOURCE, 'the Council supervises the Committee')?.line).toBe(1);
    expect(nearestLine(SOURCE, 'zebra')).toBeUndefined();
  });
});

describe('scripts/check-evidence.ts', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-evidence-'));
    writeFileSync(join(dir, 'source.txt'), SOURCE);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(model(['The Council oversees'], 'The Council commands')));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 and names the JSON pointer of a quote the source does not contain', () => {
    const result = run([join(dir, 'bad.json'), join(dir, 'source.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/relations/0/evidence: evidence not found in ');
    expect(result.stderr).toContain('"The Council commands"');
    expect(result.stderr).toContain('closest is line 1');
    expect(result.stderr).toContain('2 quotes checked, 1 not found');
  });

  it('reads the source text from GOV_SOURCE_TEXT when no second argument is given', () => {
    const result = run([join(dir, 'bad.json')], { GOV_SOURCE_TEXT: join(dir, 'source.txt') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('2 quotes checked, 1 not found');
  });

  it('exits 1 when the model cannot be read', () => {
    const result = run([join(dir, 'missing.json'), join(dir, 'source.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read the model');
  });

  it('exits 0 on the NATO dataset with its defaults', () => {
    const result = run([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ quotes checked, 0 not found$/m);
  });
});
