// The report's markdown tables, one row per case, each under the sentence that says what its
// columns measure.
import type { CaseName } from './cases.js';
import type { CaseFigures, MemorySnapshot } from './figures.js';
import { growth, kB, MB, num } from './format.js';
import { caseVerdict } from './targets.js';

export type CaseRows = readonly (readonly [CaseName, CaseFigures])[];

interface Column {
  head: string;
  /** Figures align right, text left. */
  align: 'right' | 'left';
  cell(f: CaseFigures, name: CaseName): string;
}

const ALIGN = { left: '---', right: '---:' } as const;

/**
 * A markdown table with a `model` column first. With `showFailure`, a case whose drawing was never
 * measured shows its error across the row instead.
 */
function table(rows: CaseRows, columns: readonly Column[], showFailure: boolean): string[] {
  const failed = (f: CaseFigures) => showFailure && f.error !== undefined && f.readyMs === undefined;
  const cells = (f: CaseFigures, name: CaseName) =>
    failed(f)
      ? [`failed: ${f.error}`, ...Array<string>(columns.length - 1).fill('')]
      : columns.map((column) => column.cell(f, name));
  return [
    `| ${['model', ...columns.map((c) => c.head)].join(' | ')} |`,
    `| ${['---', ...columns.map((c) => ALIGN[c.align])].join(' | ')} |`,
    ...rows.map(([name, f]) => `| ${[name, ...cells(f, name)].join(' | ')} |`),
  ];
}

const right = (head: string, cell: Column['cell']): Column => ({ head, align: 'right', cell });
const left = (head: string, cell: Column['cell']): Column => ({ head, align: 'left', cell });

export function modelTable(rows: CaseRows): string[] {
  return [
    'Model, in Node (medians; loadModel on the JSON text, buildGraphView with approximateMeasure, search per query (mean and slowest of 6)):',
    '',
    ...table(
      rows,
      [
        right('bodies', (f) => num(f.bodies)),
        right('relations', (f) => num(f.relations)),
        right('JSON kB', (f) => kB(f.jsonBytes)),
        right('load+validate ms', (f) => num(f.nodeLoadMs, 1)),
        right('layout ms', (f) => num(f.nodeLayoutMs, 1)),
        right('search ms', (f) => `${num(f.searchMs, 2)} / ${num(f.searchMaxMs, 2)}`),
      ],
      false,
    ),
  ];
}

/** The Long Tasks API reports tasks of 50 ms or more; a load with none has 0. */
const longestTask = (ms: number | undefined) => (ms === 0 ? '< 50' : num(ms));

export function drawingTable(rows: CaseRows): string[] {
  return [
    'Drawing, cold, in Chromium (medians of alternating runs, each in a fresh tab that has loaded the module and holds the model or rows, nothing else; ours = before document.createElement → append → set `model` (expand-all, every body drawn) → gov-ready → next painted frame; d3-org-chart = new OrgChart → data (every row `_expanded`) → one render(), duration 0 → next painted frame, the same 1280 × 800 box; longest task = the longest main-thread task while ours loads, as the Long Tasks API reports it (tasks of 50 ms or more): how long input could wait; heap = used JS heap after the load and two forced GCs):',
    '',
    ...table(
      rows,
      [
        right('runs', (f) => num(f.oursRuns?.length)),
        right('gov-ready detail ms', (f) => num(f.readyEventMs)),
        right('create → gov-ready ms', (f) => num(f.readyWallMs)),
        right('**ours ms**', (f) => `**${num(f.readyMs)}**`),
        right('Cytoscape draws ms', (f) => num(f.cytoscapeDrawMs)),
        right('longest task ms', (f) => longestTask(f.longestTaskMs)),
        right('heap after load MB', (f) => MB(f.heapAfterLoad)),
        right('d3-org-chart ms', (f) => num(f.d3OrgChartMs)),
        right('**ours / d3-org-chart**', (f) => `**${num(f.ratio, 2)}**`),
        left('target', (f, name) => caseVerdict(name, 'ratio', f)),
      ],
      true,
    ),
  ];
}

/** The PNG cells: the whole diagram's, or, when it was too large, the view's. */
const pngMs = (f: CaseFigures) =>
  f.pngError ? `too large${f.pngViewMs !== undefined ? `; view: ${num(f.pngViewMs)}` : ''}` : num(f.pngMs);
const pngKB = (f: CaseFigures) =>
  f.pngError ? (f.pngViewBytes !== undefined ? `view: ${kB(f.pngViewBytes)}` : '–') : kB(f.pngBytes);

export function interactionTable(rows: CaseRows): string[] {
  return [
    'Interaction and export in Chromium, on the tab of the last cold draw, right after it (medians; selection = to the end of the next painted frame, click = from its pointerdown, on a body on screen; highlighted = elements the selection highlights (body clicked or selected); pan = time between frames while the mouse drags the drawing in three strokes of 400 × 200 px at its starting zoom, past what a large drawing holds around the view, median and 90th percentile (16.7 = every frame of a 60 Hz screen); Fit = the whole drawing brought into view at once → painted, with the elements Cytoscape then holds (0: an overview, its bodies drawn as boxes beneath it); export = whole diagram, PNG at 1×):',
    '',
    ...table(
      rows,
      [
        right('click → painted ms', (f) => num(f.selectClickMs)),
        right('highlighted', (f) => `${num(f.selectClickHighlighted)} (${f.clickTarget ?? '–'})`),
        right('select() → painted ms', (f) => num(f.selectApiMs)),
        right('highlighted', (f) => `${num(f.selectApiHighlighted)} (${f.selectApiTarget ?? '–'})`),
        right('pan frame ms', (f) => `${num(f.panFrameMs, 1)} / ${num(f.panFrameP90Ms, 1)}`),
        right('Fit → painted ms', (f) => `${num(f.fitMs)} (${num(f.fitHeld)} held)`),
        right('SVG ms', (f) => num(f.svgMs)),
        right('SVG kB', (f) => kB(f.svgBytes)),
        right('PNG ms', pngMs),
        right('PNG kB', pngKB),
      ],
      true,
    ),
  ];
}

export function memoryTable(rows: CaseRows, baseline: MemorySnapshot): string[] {
  return [
    `Memory in Chromium, on the tab of the last cold draw after the figures above (used JS heap after two forced GCs; empty page: ${MB(baseline.heap)} MB, ${baseline.nodes} DOM nodes; heap after load: in the drawing table):`,
    '',
    ...table(
      rows,
      [
        right('heap after removal MB', (f) => MB(f.afterClear?.heap)),
        left('same element removed and re-inserted', (f) =>
          f.reconnect ? `${f.reconnect.cycles}×: ${growth(f.reconnect)}` : '–',
        ),
        left('new elements inserted and removed', (f) => (f.fresh ? `${f.fresh.cycles}×: ${growth(f.fresh)}` : '–')),
      ],
      false,
    ),
  ];
}
