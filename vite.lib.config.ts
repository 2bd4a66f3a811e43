import { defineConfig } from 'vite';

// The embeddable widget: one self-contained ES module that defines <governance-graph>, built
// beside the explorer app in dist/. An intranet page loads this one file; only the readers of
// files (JSON text, CSV, Excel, GraphML and GEXF) and the exporters are split into chunks that the
// module fetches from its own folder when first needed. 'allow-extension' lets code shared with those chunks stay in the
// module instead of becoming more files to load up front.
// Built as an ordinary entry rather than in library mode, which would keep ES output unminified.
export default defineConfig({
  base: './',
  // Always the production builds of Lit and the rest, even when NODE_ENV says otherwise (Vitest
  // sets it to "test", which would otherwise bundle Lit's dev mode and its console warning).
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    copyPublicDir: false,
    // The notices of every package bundled into the module and its chunks, shipped beside them.
    license: { fileName: 'THIRD-PARTY-LICENSES.md' },
    // The module is larger than Vite's chunk warning; the build reports its size itself.
    chunkSizeWarningLimit: 1024,
    // Vite's preload helper would announce each chunk as a <link rel="modulepreload"> at the
    // site's root, which 404s when the widget sits in a folder of its own; the chunks import
    // each other relative to the module's URL anyway.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { 'governance-graph': 'src/governance-graph.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: '[name].js', chunkFileNames: 'governance-graph-[name]-[hash].js' },
    },
  },
});
