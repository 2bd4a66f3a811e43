// Prints the widget's size after a build: what an intranet page downloads up front (the module
// and the chunks it imports statically), and what it fetches only for CSV files or exports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ENTRY = 'governance-graph.js';

/** Sizes of the widget built into `dir`: up front (entry and static imports) and on demand. */
export function widgetSize(dir = 'dist') {
  const size = (file) => {
    const bytes = readFileSync(join(dir, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const total = (files) =>
    files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(name);
  };
  visit(ENTRY);
  const lazy = readdirSync(dir).filter((f) => /^governance-graph-.*\.js$/.test(f) && !upFront.has(f));
  return {
    upFront: total([...upFront]),
    upFrontFiles: upFront.size,
    onDemand: total(lazy),
    onDemandFiles: lazy.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  const { upFront, upFrontFiles, onDemand, onDemandFiles } = widgetSize('dist');
  console.log(`dist/${ENTRY}: ${kB(upFront.raw)} raw, ${kB(upFront.gzip)} gzip up front (${upFrontFiles} files)`);
  console.log(
    `  loaded on demand (CSV import, export): ${kB(onDemand.raw)} raw, ${kB(onDemand.gzip)} gzip (${onDemandFiles} files)`,
  );
}
