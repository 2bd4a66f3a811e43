import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GovernanceGraph } from '../../model/graph.js';
import type { LoadResult } from '../../model/load-result.js';
import type { GovernanceModel, ModelIssue } from '../../model/types.js';
import { loadSource } from '../load-source.js';

/** Where a load stands. */
export const LoadStatus = {
  /** Nothing asked for yet. */
  idle: 'idle',
  /** A file is on the way, or JSON text is being read. */
  loading: 'loading',
  /** The last load gave a graph. */
  ready: 'ready',
  /** The last load failed; `issues` says why. */
  error: 'error',
} as const;
export type LoadStatus = (typeof LoadStatus)[keyof typeof LoadStatus];

/** What to load: a model object or its JSON text, which wins when not null, otherwise the file at `src`. */
export interface LoadRequest {
  model: unknown;
  src: string | null;
}

/**
 * Loads the host's model, whichever way it comes: an object, JSON text or the URL of a JSON or
 * CSV file (fetched with progress). The readers and the validator are fetched on first use from
 * beside the widget's own file (about a third of the model code, and no drawing needs them), so
 * even an object completes a moment later. Shaped like Lit's Task: one status, the last value kept, and one call counter that
 * drops the result of any load a newer one has replaced.
 *
 * Whatever a load started, leaving the page stops: a fetch in flight is aborted, and started
 * again when the element is put back (moving an element disconnects it on the way).
 */
export class LoadController implements ReactiveController {
  status: LoadStatus = LoadStatus.idle;
  /** While a file arrives: the fraction received, 0 to 1, or null when the server gives no length. */
  progress: number | null = null;
  /** The graph of the last successful load; null while none, after an error, and while a file is fetched. */
  graph: GovernanceGraph | null = null;
  /** The model as read (for downloading it as JSON); null without a graph. */
  model: GovernanceModel | null = null;
  /** After an error, every error and warning; after success, the warnings. */
  issues: readonly ModelIssue[] = [];
  /** When the current or last load started, in `performance.now()` milliseconds. */
  startedAt = 0;

  private readonly host: ReactiveControllerHost;
  private readonly onComplete: (result: LoadResult) => void;
  /** Counts loads: a result is taken only if no load was started after its own. */
  private call = 0;
  private abort: AbortController | null = null;
  private request: LoadRequest | null = null;
  /** A load that leaving the page stopped, to start again on return. */
  private interrupted: LoadRequest | null = null;

  /** `onComplete` runs for every load that is not replaced, after the controller's state is set. */
  constructor(host: ReactiveControllerHost, onComplete: (result: LoadResult) => void = () => {}) {
    this.host = host;
    this.onComplete = onComplete;
    host.addController(this);
  }

  /**
   * Starts loading, replacing any load in progress; the result arrives later, through
   * `onComplete`. With neither a model nor a `src`, nothing changes.
   */
  load(request: LoadRequest): void {
    const { model, src } = request;
    if (model === null && !src) return;
    const call = this.restart();
    this.request = request;
    this.startedAt = performance.now();
    this.status = LoadStatus.loading;
    this.progress = null;
    // A file on the way shows its progress in place of the old drawing; a model object or JSON
    // text, read in a moment, leaves the old drawing up until the new one replaces it.
    if (model === null) [this.graph, this.model, this.issues] = [null, null, []];
    this.host.requestUpdate();
    const reading = model === null ? this.fetch(call, src!) : this.read(model);
    reading.then(
      (result) => this.complete(call, result),
      (error: unknown) => {
        // Aborted: a newer load, or leaving the page, owns the state now. Anything else failed.
        if (call === this.call && !this.abort?.signal.aborted) this.fail('read', error);
      },
    );
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

  /** Makes any load in progress stale and aborts its fetch; returns the new load's call number. */
  private restart(): number {
    this.abort?.abort();
    this.abort = null;
    return ++this.call;
  }

  private fetch(call: number, src: string): Promise<LoadResult> {
    const abort = new AbortController();
    this.abort = abort;
    return loadSource(src, abort.signal, (fraction) => {
      if (call !== this.call) return;
      this.progress = fraction;
      this.host.requestUpdate();
    });
  }

  /** An object needs the validator only; text also needs the JSON reader, which brings it along. */
  private async read(model: unknown): Promise<LoadResult> {
    if (typeof model === 'string') {
      const { loadModel } = await import('../../model/load.js');
      return loadModel(model);
    }
    const { loadModelValue } = await import('../../model/load-value.js');
    return loadModelValue(model);
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
    this.graph = result.ok ? result.graph : null;
    this.model = result.ok ? result.model : null;
    this.issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    this.onComplete(result);
    this.host.requestUpdate();
  }
}
