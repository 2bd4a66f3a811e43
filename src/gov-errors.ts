import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ModelIssue } from '../model/types.js';
import { defineElement } from './define-element.js';
import { issuePlace, issueSentence } from './issue-place.js';
import { controls } from './styles/tokens.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-errors': GovErrors;
  }
}

/**
 * Why a model could not be shown: every problem, where it is and what to do, instead of an empty box.
 *
 * @csspart errors - The list of problems.
 */
@defineElement('gov-errors')
export class GovErrors extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        padding: 16px 20px;
        overflow: auto;
      }
      h2 {
        color: var(--_danger);
      }
      ol {
        padding-inline-start: 20px;
      }
      li {
        margin: 6px 0;
      }
      .where {
        display: block;
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-size: 12px;
        color: var(--_muted);
      }
    `,
  ];

  @property() heading = 'This model cannot be shown';
  @property({ attribute: false }) issues: readonly ModelIssue[] = [];

  protected override render() {
    const errors = this.issues.filter((i) => i.severity === 'error');
    return html`<div role="alert">
      <h2>${this.heading}</h2>
      <p>${errors.length === 1 ? 'One problem was found:' : `${errors.length} problems were found:`}</p>
      <ol part="errors">
        ${errors.map((issue) => {
          const place = issuePlace(issue);
          return html`<li>${place === '' ? nothing : html`<span class="where">${place}</span>`}${issueSentence(issue)}</li>`;
        })}
      </ol>
    </div>`;
  }
}
