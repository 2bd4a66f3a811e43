import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ModelIssue } from '../model/types.js';
import { defineElement } from './define-element.js';
import { issuePlace, issueSentence } from './issue-place.js';
import { controls } from './styles/tokens.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-warnings': GovWarnings;
  }
}

/** How many warnings the bar lists before "and N more": enough to act on, few enough to read. */
export const LISTED_WARNINGS = 3;

/**
 * What was found in a model that still drew: a bar over the drawing listing the first few
 * warnings with their place (file, row, column or line) and how many more there are, until the
 * reader closes it. A new list of warnings (a new load) shows it again; an empty list shows
 * nothing. Every warning also goes with gov-ready's detail, for the page to log or show.
 *
 * @csspart warnings - The bar.
 */
@defineElement('gov-warnings')
export class GovWarnings extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        /* At the foot of the drawing, in room of its own (see the stage's rule in the host's styles). */
        display: block;
        flex: none;
      }
      .bar {
        margin: 0 8px 8px;
        display: flex;
        gap: 8px;
        align-items: flex-start;
        max-height: 40vh;
        overflow: auto;
        padding: 8px 12px;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_danger);
        border-radius: var(--_radius);
        box-shadow: var(--_shadow);
      }
      .text {
        flex: 1;
        min-width: 0;
      }
      p,
      ul {
        margin: 0;
      }
      ul {
        padding-inline-start: 18px;
      }
      .where {
        display: block;
        font-size: 12px;
        color: var(--_muted);
        overflow-wrap: anywhere;
      }
      li {
        margin-block-start: 4px;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The warnings of the model drawn; the bar shows when there is any. */
  @property({ attribute: false }) issues: readonly ModelIssue[] = [];

  @state() private dismissed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('issues')) this.dismissed = false;
  }

  protected override render() {
    const warnings = this.issues.filter((issue) => issue.severity === 'warning');
    if (this.dismissed || warnings.length === 0) return nothing;
    const listed = warnings.slice(0, LISTED_WARNINGS);
    const more = warnings.length - listed.length;
    const heading =
      warnings.length === 1
        ? 'The model was drawn with one warning:'
        : `The model was drawn with ${warnings.length} warnings:`;
    return html`<div class="bar" part="warnings" role="status" aria-label="Warnings">
      <div class="text">
        <p>${heading}</p>
        <ul>
          ${listed.map((issue) => {
            const place = issuePlace(issue);
            return html`<li>${place === '' ? nothing : html`<span class="where">${place}</span>`}${issueSentence(issue)}</li>`;
          })}
        </ul>
        ${more > 0 ? html`<p class="more">and ${more} more</p>` : nothing}
      </div>
      <button type="button" class="close" aria-label="Close the warnings" @click=${this.close}>✕</button>
    </div>`;
  }

  private readonly close = () => {
    this.dismissed = true;
  };
}
