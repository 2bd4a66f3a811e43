// What the benchmark pages offer on `window.bench` (the widget's, harness.ts) and
// `window.benchD3` (d3-org-chart's, harness-d3.ts), and what each function carries back to Node
// through page.evaluate: plain numbers and strings only. The Node side (cold-load.ts, d3-cold.ts,
// browser-case.ts, profile.ts) calls them.
import type { GovernanceModel } from '../../model/types.js';
import type { OrgChartRow } from './d3-rows.js';

/** One cold draw of the widget. Times in milliseconds from before document.createElement. */
export interface OursRun {
  /** → the end of the first frame painted after gov-ready: the figure compared with d3-org-chart. */
  ms: number;
  /** → the gov-ready listener running. */
  readyWallMs: number;
  /** gov-ready's own detail.milliseconds (from the widget taking the model). */
  readyEventMs: number;
  /** How many times Cytoscape drew up to gov-ready, and how long those draws took in total. */
  draws: number;
  drawMs: number;
  /** The longest main-thread task up to the painted frame (0: none of 50 ms or more): how long input could wait. */
  longestTaskMs: number;
}

/** One cold draw of d3-org-chart: render() → painted frame, and how many of its rows it drew as nodes. */
export interface OrgChartRun {
  ms: number;
  nodes: number;
  rows: number;
}

/** A selection and what it highlights, timed to the end of the frame that painted it. */
export interface SelectionRun {
  ms: number;
  /** Bodies and lines the selection highlights (every element not dimmed). */
  highlighted: number;
}

/** A point in page coordinates (CSS pixels), where Playwright's mouse can go. */
export interface PagePoint {
  x: number;
  y: number;
}

/** Fit → painted (ms), and the elements Cytoscape then holds. */
export interface FitRun {
  ms: number;
  held: number;
}

/** A body on screen to click, by id, and where it is. */
export interface ClickTarget extends PagePoint {
  id: string;
}

/** Gaps between consecutive animation frames (ms) while something ran. */
export interface FrameTimes {
  frames: number;
  medianMs: number;
  p90Ms: number;
}

/** An export: how long it took (ms) and its size (bytes). */
export interface ExportRun {
  ms: number;
  bytes: number;
}

/** A PNG export, or why the browser could not make it (a canvas too large to rasterise). */
export type PngRun = ExportRun | { error: string };

/** Which part of the diagram a PNG export covers. */
export type PngScope = 'all' | 'view';

/**
 * The page's functions. Those that act on "the widget" use the one drawn last by `ours`, and
 * throw when there is none.
 */
export interface BenchPage {
  /** Keeps `model` in the page for the next draw (handing it over is not timed). */
  hold(model: GovernanceModel): void;
  /** Draws the held model in a new <governance-graph>, every body shown. */
  ours(): Promise<OursRun>;
  /** Waits until the widget's glides and fades have ended. */
  settle(): Promise<void>;
  /** `select(id)` → the end of the next painted frame, in milliseconds. */
  selectPainted(id: string | null): Promise<number>;
  /** Selects `id` through the API once things are still, times it, and clears the selection again. */
  selectApi(id: string): Promise<SelectionRun>;
  /** A body on screen to click, one with a superior if any. */
  clickTarget(): Promise<ClickTarget>;
  /** Listens for the next click's pointerdown and the selection it causes. */
  armClick(): void;
  /** The click armed last: pointerdown → painted selection; then clears it again. */
  clickResult(): Promise<SelectionRun>;
  /** Starts timing frames, for a drag that Node drives. */
  startFrames(): void;
  /** Stops timing frames and returns the gaps between them. */
  stopFrames(): FrameTimes;
  /** Where a drag can start on the drawing, on a body or off every body. */
  dragStart(onBody: boolean): PagePoint;
  /** The widget's current pan (Cytoscape's, in rendered pixels). */
  viewPan(): PagePoint;
  /** The toolbar's Fit → painted, and how many elements Cytoscape then holds. */
  fitPainted(): Promise<FitRun>;
  exportSvg(): Promise<ExportRun>;
  exportPng(scope: PngScope): Promise<PngRun>;
  /** Removes the widget and puts it back `n` times. */
  reconnect(n: number): Promise<void>;
  /** `n` times: a new element inserted, drawing the held model, then removed. */
  freshElements(n: number): Promise<void>;
  /** Empties the page. */
  clear(): void;
}

/** The d3-org-chart page's functions. */
export interface BenchD3Page {
  /** Keeps `rows` in the page for the next draw (handing them over is not timed). */
  hold(rows: OrgChartRow[]): void;
  /** Draws the held rows with a new OrgChart: one render(), every row expanded, no animation. */
  draw(): Promise<OrgChartRun>;
}

declare global {
  interface Window {
    bench: BenchPage;
    benchD3: BenchD3Page;
  }
}
