import { html, nothing, type TemplateResult } from 'lit';
import { type LoadController, LoadStatus } from './controllers/load-controller.js';
import './gov-errors.js';

/**
 * What the widget shows in place of the diagram while it has no graph to draw: the errors of a
 * failed load (`fromFile`: whether the model came from `src`, which the heading says), the
 * progress of a load under way, or a word on what to set. Nothing once a graph is loaded.
 */
export function loadStatus(loader: LoadController, fromFile: boolean): TemplateResult | typeof nothing {
  if (loader.status === LoadStatus.error) {
    const heading = fromFile ? 'This model could not be loaded' : 'This model cannot be shown';
    return html`<div class="error-frame"><gov-errors .issues=${loader.issues} heading=${heading}></gov-errors></div>`;
  }
  if (loader.graph) return nothing;
  return html`<div class="status" role="status">
    ${
      loader.status === LoadStatus.loading
        ? html`<div>
          <p>Loading the model…</p>
          <progress max="1" value=${loader.progress ?? nothing} aria-label="Loading the model"></progress>
        </div>`
        : html`<p>No model yet: set <code>src</code> or <code>model</code>.</p>`
    }
  </div>`;
}
