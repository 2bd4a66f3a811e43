// Prints the widget's size after a build. The widget is one file; the sizes still follow any
// chunk it imports and list separately any it fetches on demand, so the figure stays honest if
// the library build ever splits again.
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
  /** `file` and every chunk it imports statically, added to `into`. */
  const reach = (file, into) => {
    if (into.has(file)) return into;
    into.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) reach(name, into);
    return into;
  };
  const upFront = reach(ENTRY, new Set());
  const chunks = readdirSync(dir).filter((f) => /^governance-graph-.*\.js$/.test(f));
  const lazy = chunks.filter((f) => !upFront.has(f));
  // What every JSON file's first drawing also fetches: its reader, and the checks it goes through.
  const firstDrawing = new Set(upFront);
  for (const chunk of chunks.filter((f) => /^governance-graph-(read-model-file|load)-[\w-]{8}\.js$/.test(f))) {
    reach(chunk, firstDrawing);
  }
  return {
    upFront: total([...upFront]),
    upFrontFiles: upFront.size,
    firstDrawing: total([...firstDrawing]),
    firstDrawingFiles: firstDrawing.size,
    onDemand: total(lazy),
    onDemandFiles: lazy.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const { upFront, upFrontFiles, firstDrawing, firstDrawingFiles, onDemand, onDemandFiles } = widgetSize('dist');
  const files = upFrontFiles > 1 ? ` up front (${upFrontFiles} files)` : '';
  console.log(`dist/${ENTRY}: ${kB(upFront.raw)} raw, ${kB(upFront.gzip)} gzip${files}`);
  console.log(
    `  with what a JSON file's first drawing fetches: ${kB(firstDrawing.gzip)} gzip (${firstDrawingFiles} files)`,
  );
  if (onDemandFiles > 0) {
    console.log(`  loaded on demand: ${kB(onDemand.raw)} raw, ${kB(onDemand.gzip)} gzip (${onDemandFiles} files)`);
  }
}
