// Prints the widget's size after a build: what an intranet page downloads, raw and compressed.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = 'dist/governance-graph.js';
const bytes = readFileSync(file);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${file}: ${kB(bytes.length)} raw, ${kB(gzipSync(bytes, { level: 9 }).length)} gzip`);
