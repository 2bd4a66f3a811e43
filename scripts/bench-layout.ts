// Measures the explorer's layout (d3-hierarchy tidy tree plus shelves) against Cytoscape's own
// breadthfirst layout, in Node: time, overlapping bodies, and the drawing's extent.
//   npx tsx scripts/bench-layout.ts
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { loadModel } from '../model/load.js';
import type { GovernanceModel } from '../model/types.js';
import { buildGraphView } from '../src/view/graph-view.js';
import { approximateMeasure } from '../src/view/wrap-label.js';
import { syntheticModel } from './synthetic-model.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Overlapping pairs, counted with a grid so that 10,000 bodies stay cheap. */
function overlaps(boxes: Box[]): number {
  const cell = 400;
  const grid = new Map<string, number[]>();
  boxes.forEach((b, i) => {
    for (let gx = Math.floor((b.x - b.w / 2) / cell); gx <= Math.floor((b.x + b.w / 2) / cell); gx++) {
      for (let gy = Math.floor((b.y - b.h / 2) / cell); gy <= Math.floor((b.y + b.h / 2) / cell); gy++) {
        const key = `${gx},${gy}`;
        grid.set(key, [...(grid.get(key) ?? []), i]);
      }
    }
  });
  const pairs = new Set<string>();
  for (const members of grid.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = boxes[members[i]!]!;
        const b = boxes[members[j]!]!;
        if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) {
          pairs.add(`${members[i]}-${members[j]}`);
        }
      }
    }
  }
  return pairs.size;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function extent(boxes: Box[]): string {
  const xs = boxes.flatMap((b) => [b.x - b.w / 2, b.x + b.w / 2]);
  const ys = boxes.flatMap((b) => [b.y - b.h / 2, b.y + b.h / 2]);
  return `${Math.round(Math.max(...xs) - Math.min(...xs))}×${Math.round(Math.max(...ys) - Math.min(...ys))}`;
}

function ours(model: GovernanceModel, runs: number) {
  const result = loadModel(model);
  if (!result.ok) throw new Error('invalid model');
  const options = {
    direction: 'TB' as const,
    hiddenKinds: new Set<string>(),
    hiddenTypes: new Set<string>(),
    measure: approximateMeasure(12),
  };
  const times: number[] = [];
  let view = buildGraphView(result.graph, options);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    view = buildGraphView(result.graph, options);
    times.push(performance.now() - start);
  }
  const boxes = view.nodes.map((n) => ({ x: n.x, y: n.y, w: n.width, h: n.height }));
  return { ms: median(times), overlaps: overlaps(boxes), extent: extent(boxes) };
}

function breadthfirst(model: GovernanceModel, runs: number) {
  const elements = [
    ...model.entities.map((e) => ({ data: { id: e.id } })),
    ...model.relations.map((r, i) => ({ data: { id: `e${i}`, source: r.source, target: r.target } })),
  ];
  const times: number[] = [];
  let boxes: Box[] = [];
  for (let i = 0; i < runs; i++) {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: [{ selector: 'node', style: { width: 176, height: 55 } }],
    });
    const start = performance.now();
    cy.layout({ name: 'breadthfirst', directed: true, spacingFactor: 1, animate: false }).run();
    times.push(performance.now() - start);
    boxes = cy.nodes().map((n) => ({ x: n.position('x'), y: n.position('y'), w: 176, h: 55 }));
    cy.destroy();
  }
  return { ms: median(times), overlaps: overlaps(boxes), extent: extent(boxes) };
}

const nato = JSON.parse(readFileSync(new URL('../model/nato-cyber-defence.json', import.meta.url), 'utf8'));
const cases: [string, GovernanceModel, number][] = [
  ['NATO (56 bodies)', nato, 9],
  ['synthetic 2,000', syntheticModel(2000), 5],
  ['synthetic 10,000', syntheticModel(10000), 3],
];
console.log('| model | layout | median ms | overlapping pairs | extent (px) |');
console.log('| --- | --- | ---: | ---: | --- |');
for (const [name, model, runs] of cases) {
  const a = ours(model, runs);
  console.log(`| ${name} | tidy tree + shelves | ${a.ms.toFixed(1)} | ${a.overlaps} | ${a.extent} |`);
  if (model.entities.length <= 2000) {
    const b = breadthfirst(model, Math.min(runs, 3));
    console.log(`| ${name} | Cytoscape breadthfirst | ${b.ms.toFixed(1)} | ${b.overlaps} | ${b.extent} |`);
  }
}
