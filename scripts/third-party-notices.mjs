// Completes dist/THIRD-PARTY-LICENSES.md, which the widget's build writes from the packages it
// bundles (Vite's `build.license`). The schema validator, generated ahead of time by Ajv, carries
// a helper of Ajv's copied into its source (scripts/generate-validator.ts), which that list cannot
// see, so Ajv's notice is added here.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NOTICES = 'dist/THIRD-PARTY-LICENSES.md';
const require = createRequire(import.meta.url);
const ajvDir = dirname(require.resolve('ajv/package.json'));
const { version, license } = JSON.parse(readFileSync(join(ajvDir, 'package.json'), 'utf8'));
const text = readFileSync(join(ajvDir, 'LICENSE'), 'utf8').trim();

if (!readFileSync(NOTICES, 'utf8').includes('\n## ajv - ')) {
  appendFileSync(
    NOTICES,
    `\n## ajv - ${version} (${license}; its ucs2length helper, in the schema validator)\n\n${text}\n`,
  );
}
console.log(`wrote ${NOTICES}`);
