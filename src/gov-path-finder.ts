import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { findPath, type GovernancePath } from '../model/queries/path.js';
import './gov-search.js';
import { controls } from './styles/tokens.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-path-finder': GovPathFinder;
  }
  interface HTMLElementEventMap {
    'gov-path-change': CustomEvent<{ from: string | null; to: string | null; path: GovernancePath | null }>;
  }
}

/**
 * "How is A connected to B?": two searches, and the answer as one sentence.
 *
 * @event gov-path-change - The user picked or cleared an end (detail.from, detail.to, detail.path).
 */
@customElement('gov-path-finder')
export class GovPathFinder extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .end {
        display: grid;
        grid-template-columns: 3em 1fr;
        align-items: center;
        gap: 6px;
        margin-bottom: 8px;
      }
      .chosen {
        grid-column: 2;
        font-size: 13px;
        color: var(--_muted);
        margin-top: -4px;
      }
      .answer {
        margin: 10px 0;
        padding: 8px 10px;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
    `,
  ];

  /** The graph as drawn (cut to the current year, if any). */
  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  @property() from: string | null = null;
  @property() to: string | null = null;

  protected override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const name = (id: string | null) => (id !== null && graph.hasNode(id) ? graph.getNodeAttributes(id).name : null);
    const path = this.currentPath();
    return html`
      <p>How is one body connected to another?</p>
      <div class="end">
        <span aria-hidden="true">From</span>
        <gov-search label="Path from" .graph=${graph} @gov-search-select=${(e: CustomEvent<{ id: string }>) => this.pick(e, 'from')}></gov-search>
        <span class="chosen" data-end="from">${name(this.from) ?? 'choose a body'}</span>
      </div>
      <div class="end">
        <span aria-hidden="true">To</span>
        <gov-search label="Path to" .graph=${graph} @gov-search-select=${(e: CustomEvent<{ id: string }>) => this.pick(e, 'to')}></gov-search>
        <span class="chosen" data-end="to">${name(this.to) ?? 'choose a body'}</span>
      </div>
      ${
        this.from !== null && this.to !== null
          ? html`<p class="answer" role="status">${path ? path.sentence : 'These two bodies are not connected in this model.'}</p>
            <button @click=${this.clear}>Clear path</button>`
          : nothing
      }
    `;
  }

  /** The path between the chosen ends in the current graph, or null. */
  currentPath(): GovernancePath | null {
    const graph = this.graph;
    if (!graph || this.from === null || this.to === null) return null;
    if (!graph.hasNode(this.from) || !graph.hasNode(this.to)) return null;
    return findPath(graph, this.from, this.to);
  }

  private pick(event: CustomEvent<{ id: string }>, end: 'from' | 'to'): void {
    // The search's own event must not reach the widget, which would take it as a selection.
    event.stopPropagation();
    if (end === 'from') this.from = event.detail.id;
    else this.to = event.detail.id;
    this.emit();
  }

  private clear(): void {
    this.from = null;
    this.to = null;
    for (const s of this.renderRoot.querySelectorAll('gov-search')) s.clear();
    this.emit();
  }

  private emit(): void {
    const detail = { from: this.from, to: this.to, path: this.currentPath() };
    this.dispatchEvent(new CustomEvent('gov-path-change', { detail, bubbles: true, composed: true }));
  }
}
