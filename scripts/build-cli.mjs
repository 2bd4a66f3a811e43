// Builds the package's command line, `governance-graph export …` (bin in package.json), into
// dist/cli/: the command for Node, and the page it drives in headless Chromium. The page is the
// export harness with the widget left out: it imports the self-contained bundle one folder up
// (dist/governance-graph.js), which the command serves it along with the bundle's chunks.
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const OUTDIR = 'dist/cli';
const WIDGET = fileURLToPath(new URL('../src/governance-graph.ts', import.meta.url));

// The command: model/ bundled in, every package (and Node's own modules) left to the install.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: OUTDIR,
    emptyOutDir: true,
    target: 'node20',
    ssr: 'scripts/export.ts',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      external: (id) => /^[@a-z]/.test(id) && !id.startsWith('/') && !/^[a-zA-Z]:/.test(id),
      output: { entryFileNames: 'governance-graph.js', banner: '#!/usr/bin/env node' },
    },
  },
});
chmodSync(`${OUTDIR}/governance-graph.js`, 0o755);

// The page: the harness, importing the widget's bundle instead of bundling the widget again.
await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: OUTDIR,
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    copyPublicDir: false,
    lib: { entry: 'scripts/export-harness.ts', formats: ['es'], fileName: () => 'export-page.js' },
    rolldownOptions: {
      external: (id, importer) =>
        id === WIDGET || (importer !== undefined && fileURLToPath(new URL(id, `file://${importer}`)) === WIDGET),
      output: {
        paths: (id) => (id === WIDGET || id.endsWith('/src/governance-graph.js') ? '../governance-graph.js' : id),
      },
    },
  },
});
console.log(`built ${OUTDIR}/governance-graph.js and its export page`);
