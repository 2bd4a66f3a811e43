// `npm test`: the browser tests need a Chromium that Playwright cannot download here, so say
// in one line how to get one instead of failing deep inside the runner. Ends with a plain
// "N passed, N failed" line that any CI can read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireChromium } from './find-chromium.mjs';

const chromium = requireChromium();
const dir = mkdtempSync(join(tmpdir(), 'governance-graph-test-'));
const report = join(dir, 'report.json');
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium } },
);
try {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(
    `\n${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`,
  );
} catch {
  console.log('\nno test report was written');
}
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
