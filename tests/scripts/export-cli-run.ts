import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, from which the command line runs. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(REPO_ROOT, 'scripts/export.ts');
/** Launching Chromium and bundling the widget takes seconds, more on a busy machine. */
export const BROWSER_TIMEOUT = 90_000;

/** Runs the export command line the way `npm run export` does, through tsx, from the repository root. */
export function runExportCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: BROWSER_TIMEOUT,
  });
}
