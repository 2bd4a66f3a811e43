import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColumnMapping } from '../../model/csv-columns.js';
import type { GovernanceGraph } from '../../model/graph.js';
import type { LoadResult } from '../../model/load-result.js';
import { LoadStep, type LoadSteps } from '../../model/load-steps.js';
import type { GovernanceModel, ModelIssue } from '../../model/types.js';
import { afterPaint } from '../canvas/frames.js';
import { loadSource, STALL_MS } from '../load-source.js';
import { publicEvent } from '../public-types.js';
import type { Routing } from '../view/derive-view.js';
import { PHASES_ABOVE, PHASES_TEXT_ABOVE } from '../view/thresholds.js';

/** Where a load stands. */
export const LoadStatus = {
  /** Nothing asked for yet. */
  idle: 'idle',
  /** A file is on the way, or the model is being read and checked. */
  loading: 'loading',
  /** The last load gave a graph (which may still be being laid out and drawn: see `phase`). */
  ready: 'ready',
  /** The last load failed; `issues` says why. */
  error: 'error',
} as const;
export type LoadStatus = (typeof LoadStatus)[keyof typeof LoadStatus];

/** What a load is doing, from the request to the first painted frame. */
export const LoadPhase = {
  /** A file is arriving (`progress` says how much, when the server gives its length). */
  downloading: 'downloading',
  /** The JSON or CSV text is being parsed, or the object handed over copied. */
  reading: 'reading',
  /** The model is being checked (limits, schema, meaning) and its graph built. */
  checking: 'checking',
  /** The host is deriving the view: the tree layout and the elements to draw. */
  layingOut: 'laying out',
  /** The canvas is adding the elements to Cytoscape, a slice at a time, until painted. */
  drawing: 'drawing',
} as const;
export type LoadPhase = (typeof LoadPhase)[keyof typeof LoadPhase];

/** The phases after the download, in order: what a large model's bar counts through. */
export const WORK_PHASES: readonly LoadPhase[] = [
  LoadPhase.reading,
  LoadPhase.checking,
  LoadPhase.layingOut,
  LoadPhase.drawing,
];

/** What to load: a model object or its JSON text, which wins when not null, otherwise the file at `src`. */
export interface LoadRequest {
  model: unknown;
  src: string | null;
  /** Which header to read for some columns of a CSV file or an array of rows (see parseColumnMapping). */
  columns?: ColumnMapping | string | null | undefined;
}

/** What the controller needs from its host, beyond updates and events. */
export interface LoadHooks {
  /** A load gave this graph; runs before the host's next update derives and draws it. */
  loaded(graph: GovernanceGraph): void;
  /** Resolves once the graph the host last rendered is painted: true, or false when nothing can be (no canvas). */
  drawn(): Promise<boolean>;
  /**
   * For a load shown in phases (a large model): work the host can do ahead of laying `graph` out,
   * in a task of its own, so that neither task keeps input waiting long (measuring the labels).
   */
  prepare?(graph: GovernanceGraph): void;
}

/** Resolves after `ms` milliseconds, in a timer task: after the timers and input already waiting. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until the browser has painted what changed, then until the tasks already waiting have
 * run (input comes before timers), so that a phase's name is on screen, and the page has
 * answered, before the next phase blocks it again. A page that is not shown paints no frames,
 * so the wait for a paint also ends after 100 ms.
 */
async function yieldToPage(): Promise<void> {
  await Promise.race([afterPaint(), delay(100)]);
  await delay(0);
}

/**
 * What an object becomes when a page writes it as the `model` attribute: React 19 and Vue do so
 * for an element not yet defined when they render it (they set a property only once the element
 * has it). The object is lost; the message says what to do instead of calling it broken JSON.
 */
const STRINGIFIED_OBJECT = /^\s*\[object \w*\]\s*$/;

function stringifiedObject(text: string): LoadResult {
  const message =
    `the model attribute holds "${text.trim()}", an object written as text: set the model property ` +
    '(element.model = object) once the element is defined (import the module before rendering it), ' +
    "or give the attribute the model's JSON text";
  return { ok: false, errors: [{ severity: 'error', path: '', message }], warnings: [] };
}

/** Thrown into a load that a newer one replaced while it waited for the page. */
function replaced(): DOMException {
  return new DOMException('a newer load replaced this one', 'AbortError');
}

/**
 * Loads the host's model, whichever way it comes: an object, JSON text or the URL of a JSON or
 * CSV file (fetched with progress), and fires gov-error when it fails and gov-ready once the graph
 * is painted. The readers and the validator are fetched on first use from beside the widget's own
 * file (about a third of the model code, and no drawing needs them), so even an object completes a
 * moment later. Shaped like Lit's Task: one status, the last value kept, and one call counter that
 * drops the result of any load a newer one has replaced.
 *
 * A large model (more text than PHASES_TEXT_ABOVE, or more bodies and relations than
 * PHASES_ABOVE) goes through its phases one task at a time: `phase` names each (reading,
 * checking, laying out, drawing) for the load status to show, and between them the page paints
 * and answers input. Smaller models load in one go, with no bar to flash.
 *
 * Whatever a load started, leaving the page stops: a fetch in flight is aborted, and started
 * again when the element is put back (moving an element disconnects it on the way).
 */
export class LoadController implements ReactiveController {
  status: LoadStatus = LoadStatus.idle;
  /**
   * While a file arrives: the fraction received, 0 to 1, or null when the server gives no length;
   * while a large model is drawn, the fraction of it drawn.
   */
  progress: number | null = null;
  /**
   * What the load is doing, for the load status to show: `downloading` while a file arrives, then
   * for a large model each of WORK_PHASES until its first frame is painted; null otherwise.
   */
  phase: LoadPhase | null = null;
  /** The line router's module (view/cytoscape-routes.ts), loaded on demand with the first model; null until then. */
  routing: Routing | null = null;
  private routingLoad: Promise<void> | null = null;
  /** The graph of the last successful load; null while none, after an error, and while a file is fetched. */
  graph: GovernanceGraph | null = null;
  /** The model as read (for downloading it as JSON); null without a graph. */
  model: GovernanceModel | null = null;
  /** After an error, every error and warning; after success, the warnings. */
  issues: readonly ModelIssue[] = [];
  /** When the current or last load started, in `performance.now()` milliseconds. */
  startedAt = 0;

  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly hooks: LoadHooks;
  /** Counts loads: a result is taken only if no load was started after its own. */
  private call = 0;
  private abort: AbortController | null = null;
  private request: LoadRequest | null = null;
  /** A load that leaving the page stopped, to start again on return. */
  private interrupted: LoadRequest | null = null;
  /** Whether the current load is large enough to show its phases. */
  private phased = false;
  /** A graph was loaded that the host has not rendered yet: gov-ready follows its first paint. */
  private readyPending = false;

  constructor(host: ReactiveControllerHost & EventTarget, hooks: LoadHooks) {
    this.host = host;
    this.hooks = hooks;
    host.addController(this);
  }

  /**
   * Starts loading, replacing any load in progress; the result arrives later, through
   * `hooks.loaded` or gov-error. With neither a model nor a `src`, nothing changes.
   */
  load(request: LoadRequest): void {
    // `undefined`, like null, is no model: a page clearing a property often writes either.
    const model = request.model === undefined ? null : request.model;
    const { src } = request;
    // A src of blanks names no file (as a relative URL it would name the page itself).
    if (model === null && !src?.trim()) return;
    const call = this.restart();
    this.request = request;
    this.startedAt = performance.now();
    this.status = LoadStatus.loading;
    this.progress = null;
    this.phased = false;
    this.readyPending = false;
    this.phase = model === null ? LoadPhase.downloading : null;
    // A file on the way shows its progress in place of the old drawing; a model object or JSON
    // text, read in a moment, leaves the old drawing up until the new one replaces it.
    if (model === null) [this.graph, this.model, this.issues] = [null, null, []];
    this.host.requestUpdate();
    const reading = Promise.all([
      model === null
        ? this.fetch(call, src!, request.columns ?? null)
        : this.read(call, model, request.columns ?? null),
      this.loadRouting(),
    ]).then(([result]) => result);
    reading.then(
      (result) => this.complete(call, result),
      (error: unknown) => {
        // Aborted: a newer load, or leaving the page, owns the state now. Anything else failed.
        if (call === this.call && !this.abort?.signal.aborted) this.fail('read', error);
      },
    );
  }

  /** Loads the line router along with the first model, so that the model's first drawing has it. */
  private loadRouting(): Promise<void> {
    this.routingLoad ??= import('../view/cytoscape-routes.js').then((module) => {
      this.routing = module;
    });
    return this.routingLoad;
  }

  hostConnected(): void {
    const again = this.interrupted;
    this.interrupted = null;
    if (again) this.load(again);
  }

  hostDisconnected(): void {
    if (this.status !== LoadStatus.loading) return;
    this.interrupted = this.request;
    this.restart();
  }

  hostUpdate(): void {
    // The host's willUpdate, just run, has laid the new graph out: what is left is drawing it.
    // (Until the new graph arrives, the host may update with the one it is replacing.)
    if (this.phase === LoadPhase.layingOut && this.readyPending) this.phase = LoadPhase.drawing;
  }

  hostUpdated(): void {
    const graph = this.graph;
    if (!this.readyPending || !graph) return;
    this.readyPending = false;
    void this.announce(this.call, graph);
  }

  /** Makes any load in progress stale and aborts its fetch; returns the new load's call number. */
  private restart(): number {
    this.abort?.abort();
    this.abort = null;
    return ++this.call;
  }

  private fetch(call: number, src: string, columns: ColumnMapping | string | null): Promise<LoadResult> {
    const abort = new AbortController();
    this.abort = abort;
    const onProgress = (fraction: number | null) => {
      if (call !== this.call) return;
      this.progress = fraction;
      this.host.requestUpdate();
    };
    const run = (steps: LoadSteps, characters: number) => this.run(call, steps, characters);
    // The file's reader and the JSON model reader (with the checks every format goes through) are
    // fetched while the file is, rather than one after the other once it has arrived. A failure
    // here is left to the reading itself to report.
    void import('../read-model-file.js').catch(() => {});
    void import('../../model/load.js').catch(() => {});
    return loadSource(src, abort.signal, onProgress, run, STALL_MS, columns);
  }

  /** An object needs the validator only; text also needs the JSON reader, which brings it along. */
  private async read(call: number, model: unknown, columns: ColumnMapping | string | null): Promise<LoadResult> {
    if (typeof model === 'string' && STRINGIFIED_OBJECT.test(model)) return stringifiedObject(model);
    if (typeof model === 'string') {
      const { loadModelSteps } = await import('../../model/load.js');
      return this.run(call, loadModelSteps(model, { columns }), model.length);
    }
    const { loadModelValueSteps } = await import('../../model/load-value.js');
    return this.run(call, loadModelValueSteps(model, { columns }), 0);
  }

  /**
   * Runs a load's steps (`characters`: the length of its text, 0 for an object). Once the text
   * or the model proves large, each step, and then the layout, is shown before it runs.
   */
  private async run(call: number, steps: LoadSteps, characters: number): Promise<LoadResult> {
    for (;;) {
      const next = steps.next();
      if (next.done) {
        if (this.phased && next.value.ok) {
          await this.show(call, LoadPhase.layingOut);
          this.hooks.prepare?.(next.value.graph);
          await yieldToPage();
          if (call !== this.call) throw replaced();
        }
        return next.value;
      }
      const { step, elements } = next.value;
      this.phased ||= step === LoadStep.reading ? characters > PHASES_TEXT_ABOVE : elements > PHASES_ABOVE;
      if (this.phased) await this.show(call, step === LoadStep.reading ? LoadPhase.reading : LoadPhase.checking);
    }
  }

  /** Shows `phase`, then lets the page paint it and answer input; throws if a newer load started meanwhile. */
  private async show(call: number, phase: LoadPhase): Promise<void> {
    this.phase = phase;
    this.host.requestUpdate();
    await yieldToPage();
    if (call !== this.call) throw replaced();
  }

  /**
   * Ends the current load as failed at `step` ("read", "laid out"…) for an unexpected `error`:
   * the widget says so in its box and fires gov-error, rather than stay on "Loading" or keep a
   * drawing it cannot update.
   */
  fail(step: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `could not be ${step}: ${reason}`;
    this.complete(this.call, { ok: false, errors: [{ severity: 'error', path: '', message }], warnings: [] });
  }

  private complete(call: number, result: LoadResult): void {
    if (call !== this.call) return;
    this.abort = null;
    this.request = null;
    this.progress = null;
    this.status = result.ok ? LoadStatus.ready : LoadStatus.error;
    this.phase = result.ok && this.phased ? LoadPhase.layingOut : null;
    this.graph = result.ok ? result.graph : null;
    this.model = result.ok ? result.model : null;
    this.issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    this.readyPending = result.ok;
    if (result.ok) this.hooks.loaded(result.graph);
    else this.host.dispatchEvent(publicEvent('gov-error', { errors: result.errors, warnings: result.warnings }));
    this.host.requestUpdate();
  }

  /** A slice of a large drawing is in: `fraction` (0 to 1) of it is drawn. Ignored outside the drawing phase. */
  drawingProgress(fraction: number): void {
    if (this.phase !== LoadPhase.drawing) return;
    this.progress = fraction;
    this.host.requestUpdate();
  }

  /** Fires gov-ready once `graph` is painted, unless another load has started since. */
  private async announce(call: number, graph: GovernanceGraph): Promise<void> {
    const painted = await this.hooks.drawn();
    if (call !== this.call || this.graph !== graph) return;
    if (this.phase !== null) {
      this.phase = null;
      this.host.requestUpdate();
    }
    if (!painted) return;
    const milliseconds = performance.now() - this.startedAt;
    const warnings = [...this.issues];
    this.host.dispatchEvent(
      publicEvent('gov-ready', { entities: graph.order, relations: graph.size, milliseconds, warnings }),
    );
  }
}
