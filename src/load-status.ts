import { html, nothing, type TemplateResult } from 'lit';
import type { GovernanceGraph } from '../model/graph.js';
import { type LoadController, LoadPhase, LoadStatus, WORK_PHASES } from './controllers/load-controller.js';
import './gov-errors.js';
import './gov-warnings.js';
import type { GraphView } from './view/graph-view.js';

/** What each phase is called on screen. */
const PHASE_TEXT: Record<LoadPhase, string> = {
  [LoadPhase.downloading]: 'Loading the model',
  [LoadPhase.reading]: 'Reading the model',
  [LoadPhase.checking]: 'Checking the model',
  [LoadPhase.layingOut]: 'Laying out the diagram',
  [LoadPhase.drawing]: 'Drawing the diagram',
};

/**
 * What the widget shows in place of the diagram while it has no graph to draw: the errors of a
 * failed load (`fromFile`: whether the model came from `src`, which the heading says), the
 * progress of a load under way, or a word on what to set. While a graph is shown, only the phase
 * of a large model's load, over the drawing (see loadPhase), and the bar of its warnings, if any.
 */
export function loadStatus(loader: LoadController, fromFile: boolean): TemplateResult | typeof nothing {
  if (loader.status === LoadStatus.error) {
    const heading = fromFile ? 'This model could not be loaded' : 'This model cannot be shown';
    return html`<div class="error-frame"><gov-errors .issues=${loader.issues} heading=${heading}></gov-errors></div>`;
  }
  if (loader.graph) return html`${loadPhase(loader)}<gov-warnings .issues=${loader.issues}></gov-warnings>`;
  if (loader.status !== LoadStatus.loading) {
    return html`<div class="status" role="status"><p>No model yet: set <code>src</code> or <code>model</code>.</p></div>`;
  }
  return html`<div class="status" role="status">${progress(loader.phase ?? LoadPhase.downloading, loader.progress)}</div>`;
}

/**
 * The phase of a large model's load, as a card over the drawing that lets clicks through to it;
 * nothing when no phase is shown. Used while the previous drawing, or the new one being drawn,
 * is on screen.
 */
export function loadPhase(loader: LoadController): TemplateResult | typeof nothing {
  if (loader.phase === null) return nothing;
  return html`<div class="status over-drawing" role="status">${progress(loader.phase, loader.progress)}</div>`;
}

/**
 * The phase's name and a bar: while downloading, the fraction received (indeterminate when the
 * server gives no length); after it, how many of the four phases are done, and while drawing,
 * how much of the drawing (`fraction`).
 */
function progress(phase: LoadPhase, fraction: number | null): TemplateResult {
  const text = PHASE_TEXT[phase];
  if (phase === LoadPhase.downloading) {
    return html`<div>
      <p>${text}…</p>
      <progress max="1" value=${fraction ?? nothing} aria-label=${text}></progress>
    </div>`;
  }
  const index = WORK_PHASES.indexOf(phase);
  const step = `step ${index + 1} of ${WORK_PHASES.length}`;
  const done = index + (phase === LoadPhase.drawing && fraction !== null ? fraction : 0);
  return html`<div class="phase" data-phase=${phase}>
    <p>${text}… <span class="step">${step}</span></p>
    <progress max=${WORK_PHASES.length} value=${done} aria-label="${text}, ${step}"></progress>
  </div>`;
}

/**
 * What the box says when a loaded model draws nothing, instead of an empty canvas: the model has
 * no bodies, or the year and the legend's filters hide every one. Nothing while any is drawn.
 */
export function emptyDrawing(graph: GovernanceGraph, view: GraphView | null): TemplateResult | typeof nothing {
  if (view !== null && view.nodes.length > 0) return nothing;
  const text =
    graph.order === 0
      ? 'This model has no bodies to draw: its list of entities is empty.'
      : 'Nothing to draw: the year or the legend’s filters hide every body.';
  return html`<div class="status" role="status"><p>${text}</p></div>`;
}
