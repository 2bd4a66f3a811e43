// The figures one benchmark run produces, as written to bench-results/latest.json: per case, a
// flat object whose groups below are filled in step by step. Times in milliseconds, sizes in
// bytes, medians over the case's runs unless said otherwise.
import type { CaseName, SearchQuery } from './cases.js';
import type { OursRun } from './page-api.js';

/** The model itself, timed in Node. */
export interface ModelFigures {
  bodies: number;
  relations: number;
  /** The model's JSON text. */
  jsonBytes: number;
  /** loadModel on the JSON text: parse and validate. */
  nodeLoadMs: number;
  /** buildGraphView with approximateMeasure. */
  nodeLayoutMs: number;
  searchMsByQuery: Record<SearchQuery, number>;
  /** Mean over the queries, and the slowest one. */
  searchMs: number;
  searchMaxMs: number;
}

/** The widget and d3-org-chart each drawing the model cold, in a fresh tab, alternately. */
export interface DrawFigures {
  /** Each cold draw of the widget, and of d3-org-chart (ms), in the order they ran. */
  oursRuns: OursRun[];
  d3OrgChartRuns: number[];
  /** Before document.createElement → the first frame painted after gov-ready: the figure compared. */
  readyMs: number;
  /** Before document.createElement → the gov-ready listener running. */
  readyWallMs: number;
  /** gov-ready's own detail.milliseconds. */
  readyEventMs: number;
  /** The time Cytoscape spent drawing up to gov-ready. */
  cytoscapeDrawMs: number;
  /** The longest main-thread task of each load, median (0: none of 50 ms or more). */
  longestTaskMs: number;
  /** Used JS heap (bytes) after each load and two forced collections, and the median. */
  heapAfterLoadRuns: number[];
  heapAfterLoad: number;
  /** new OrgChart … render() → the first painted frame. */
  d3OrgChartMs: number;
  /** readyMs / d3OrgChartMs. */
  ratio: number;
}

/** Used JS heap (bytes) after two forced collections, and the page's DOM node and listener counts. */
export interface MemorySnapshot {
  heap: number;
  nodes: number;
  listeners: number;
}

/** Memory before and after a number of lifecycle cycles. */
export interface CycleFigures {
  cycles: number;
  before: MemorySnapshot;
  after: MemorySnapshot;
}

/** Selection to the end of the painted frame: from a real click, then through select(). */
export interface SelectionFigures {
  /** The body clicked. */
  clickTarget: string;
  /** pointerdown → painted. */
  selectClickRuns: number[];
  selectClickMs: number;
  /** Bodies and lines the clicked body's selection highlights. */
  selectClickHighlighted: number;
  /** The body selected through the API. */
  selectApiTarget: string;
  selectApiRuns: number[];
  selectApiMs: number;
  selectApiHighlighted: number;
}

/** Gaps between frames while the mouse drags the drawing; then Fit, the whole drawing in view. */
export interface PanFigures {
  panFrames: number;
  panFrameMs: number;
  panFrameP90Ms: number;
  fitMs: number;
  /** Elements Cytoscape holds after Fit: none in an overview. */
  fitHeld: number;
}

/**
 * Exports of the whole diagram. When the browser cannot rasterise the whole diagram, `pngError`
 * says why and the view alone is timed instead (`pngView…`, or `pngViewError`).
 */
export interface ExportFigures {
  svgMs: number;
  svgBytes: number;
  pngError?: string;
  pngMs?: number;
  pngBytes?: number;
  pngViewError?: string;
  pngViewMs?: number;
  pngViewBytes?: number;
}

/** Memory after lifecycle cycles on the widget drawn last, and once it is removed. */
export interface MemoryFigures {
  /** The same element removed and re-inserted (cases with cycles only). */
  reconnect?: CycleFigures;
  /** New elements inserted and removed (cases with fresh cycles only). */
  fresh?: CycleFigures;
  afterClear: MemorySnapshot;
}

/** Everything measured in Chromium for one case. */
export type BrowserFigures = DrawFigures & SelectionFigures & PanFigures & ExportFigures & MemoryFigures;

/**
 * One case's figures. The browser's are partial when a step failed or gave up: `error` then
 * holds the first line of its message, and the figures before it are kept.
 */
export interface CaseFigures extends ModelFigures, Partial<BrowserFigures> {
  error?: string;
}

/** The widget's bundle: the entry and what it imports statically (up front), the other chunks (on demand). */
export interface BundleSize {
  /** Where the bundle came from: dist/ or a build made for the benchmark. */
  source: string;
  raw: number;
  gzip: number;
  files: number;
  /** Up front, with the chunks a JSON file's first drawing also fetches, gzip bytes. */
  firstDrawingGzip: number;
  onDemandGzip: number;
}

/** The machine the figures were taken on. */
export interface Machine {
  cpus: number;
  cpu: string;
  node: string;
  chromium: string;
  platform: string;
}

/** One navigation to the built explorer page, in ms from navigation start (performance.now()). */
export interface ExplorerRun {
  /** The gov-ready listener running. */
  readyMs: number;
  /** The end of the first frame painted after it. */
  paintedMs: number;
}

/** The explorer page (index.html, the NATO model), each navigation in a fresh tab. */
export interface ExplorerFigures {
  runs: ExplorerRun[];
  readyMs: number;
  paintedMs: number;
}

/** The hub measurement: drawing a body with thousands of lines, then selecting it. */
export interface HubFigures {
  partners: number;
  /** Setting `model` → gov-ready, in ms. */
  readyWallMs: number;
  /** The longest main-thread task up to gov-ready, in ms. */
  longestTaskMs: number;
  /** select('hub') → highlight painted, each run and the median, in ms. */
  selectRuns: number[];
  selectMs: number;
}

/** bench-results/latest.json. */
export interface BenchResults {
  /** ISO 8601. */
  date: string;
  quick: boolean;
  machine: Machine;
  /** The 1-minute load average when the run started and when it ended. */
  loadAverage: { start: number; end: number };
  /** The empty page. */
  baseline: MemorySnapshot;
  bundle: BundleSize;
  results: Partial<Record<CaseName, CaseFigures>>;
  /** Absent when `--only` named something else, or when it failed. */
  explorer?: ExplorerFigures;
  /** Absent when `--only` named one case. */
  hub?: HubFigures;
}
