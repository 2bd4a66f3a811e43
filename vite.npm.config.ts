import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/*
 * The npm build: the element and the model library as ES modules that import Lit, Cytoscape.js,
 * graphology and every other dependency by name, for an application's own bundler (or Node) to
 * resolve once, deduplicated with its other packages. Unminified, with source maps: the
 * application's bundler minifies. The readers and exporters stay chunks loaded on demand.
 */
const { dependencies } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(dependencies);

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist/npm',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    copyPublicDir: false,
    modulePreload: false,
    lib: {
      entry: { 'governance-graph': 'src/governance-graph.ts', model: 'model/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // A dependency and any of its files (`lit/decorators.js`, `graphology-gexf/common/parser.js`).
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
