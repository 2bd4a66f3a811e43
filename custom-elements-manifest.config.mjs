export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/explorer.ts', 'src/view/**', 'src/export/**', 'src/styles/**'],
  outdir: 'dist',
  litelement: true,
};
