// `npm test`: the browser tests need a Chromium that Playwright cannot download here, so say
// in one line how to get one instead of failing deep inside the runner.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './find-chromium.mjs';

const chromium = requireChromium();
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
