import { defineConfig } from 'vite';

// The embeddable widget: one self-contained ES module that defines <governance-graph>, built
// beside the explorer app in dist/. Everything is bundled so an intranet page needs one file
// (plus the chunks it fetches from the same folder on first CSV load or export).
// Built as an ordinary entry rather than in library mode, which would keep ES output unminified.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      input: { 'governance-graph': 'src/governance-graph.ts' },
      preserveEntrySignatures: 'strict',
      // Code used by some pages only (CSV import, export) loads on demand from the same folder.
      output: { entryFileNames: '[name].js', chunkFileNames: 'governance-graph-[name]-[hash].js' },
    },
  },
});
