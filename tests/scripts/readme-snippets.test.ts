import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README's framework snippets are the files of examples/frameworks/, which the package test
 * runs: each file the README names appears there whole, so the two cannot drift apart.
 */

const ROOT = new URL('../../', import.meta.url);
const EXAMPLES = 'examples/frameworks';

describe('the README', () => {
  it('shows each framework example as the file the tests run', async () => {
    const readme = await readFile(new URL('README.md', ROOT), 'utf8');
    const shown = ['html/index.html', 'react/OrgChart.jsx', 'vue/OrgChart.vue', 'vue/vite.config.js'];
    shown.push('angular/org-chart.component.ts', 'next/OrgChart.jsx');
    const files = await readdir(new URL(`${EXAMPLES}/`, ROOT), { recursive: true });
    for (const file of shown) {
      expect(files).toContain(file);
      const text = (await readFile(new URL(join(EXAMPLES, file), ROOT), 'utf8')).trimEnd();
      expect(readme, file).toContain(`\n${text}\n\`\`\``);
    }
  });
});
