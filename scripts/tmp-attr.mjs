import { readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
const code = readFileSync('dist/governance-graph.js', 'utf8').split('\n');
const map = JSON.parse(readFileSync('dist/governance-graph.js.map', 'utf8'));
const lines = decode(map.mappings);
const bytes = new Map(); const text = new Map();
lines.forEach((segs, li) => {
  const line = code[li] ?? '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]; if (s.length < 2) continue;
    const end = i + 1 < segs.length ? segs[i+1][0] : line.length;
    const src = map.sources[s[1]];
    const key = src.includes('node_modules') ? src.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : src.replace(/^\.\.\//,'');
    text.set(key, (text.get(key) ?? '') + line.slice(s[0], end));
  }
});
const rows = [...text].map(([k, t]) => [k, t.length, gzipSync(t).length]).sort((a,b)=>b[1]-a[1]);
for (const [k, n, g] of rows) console.log(String(n).padStart(8), String(g).padStart(7), k);
