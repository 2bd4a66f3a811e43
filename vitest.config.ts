import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const chromium = findChromium();

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Some tests start the command-line tools as processes; on a busy 2-core machine that
          // alone can take several seconds.
          testTimeout: 30_000,
          include: ['tests/model/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/view/**/*.test.ts'],
        },
      },
      {
        // Pre-bundled up front: discovering them mid-run makes Vite reload the page under the tests.
        optimizeDeps: {
          include: [
            'axe-core',
            'cytoscape',
            'd3-hierarchy',
            'graphology',
            'jsonc-parser',
            'lit',
            'lit/decorators.js',
            'lit/directives/ref.js',
            'papaparse',
          ],
        },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { ...(chromium ? { executablePath: chromium } : {}), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
          },
        },
      },
    ],
  },
});
