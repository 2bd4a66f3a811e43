import { defineConfig } from 'vite';

// The embeddable widget: one self-contained ES module that defines <governance-graph>, built
// beside the explorer app in dist/. Everything is bundled so an intranet page needs one file.
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
      output: { entryFileNames: '[name].js', codeSplitting: false },
    },
  },
});
