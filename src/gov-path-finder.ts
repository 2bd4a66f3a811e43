import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { findPath, type GovernancePath } from '../model/queries/path.js';
import { search } from '../model/queries/search.js';
import './gov-search.js';
import { defineElement } from './define-element.js';
import type { GovSearch } from './gov-search.js';
import { controls } from './styles/tokens.js';

import type { PathChoice } from './view/path-choice.js';

export type { PathChoice } from './view/path-choice.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-path-finder': GovPathFinder;
  }
  interface HTMLElementEventMap {
    'gov-path-change': CustomEvent<PathChoice>;
  }
}

type End = 'from' | 'to';

/**
 * "How is A connected to B?": two searches, and the answer as one sentence.
 *
 * Controlled: it shows the ends its owner sets in `from` and `to`. Choosing an end, or clearing
 * them, only asks for the change with gov-path-change; the owner sets the properties. An end
 * set back to null empties its search box, and with both ends null both boxes are emptied.
 * Typing, over a chosen end, a name that matches nothing asks for that end to be dropped (its
 * path and sentence with it), and leaves what was typed.
 *
 * @event gov-path-change - The user chose an end or cleared both (detail: from, to, path).
 */
@defineElement('gov-path-finder')
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
  /** Id of the body the path starts from, or null. */
  @property() from: string | null = null;
  /** Id of the body the path leads to, or null. */
  @property() to: string | null = null;

  /** The end whose box holds text that matches nothing: dropped at the reader's typing, its text stays. */
  private unmatched: End | null = null;

  protected override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const name = (id: string | null) => (id !== null && graph.hasNode(id) ? graph.getNodeAttributes(id).name : null);
    const path = this.currentPath();
    const end = (which: End, label: string, search: string) => html`<div class="end">
      <span aria-hidden="true">${label}</span>
      <gov-search
        data-end=${which}
        label=${search}
        .graph=${graph}
        @gov-search-select=${(e: CustomEvent<{ id: string }>) => this.pick(e, which)}
        @input=${(e: Event) => this.typed(e, which)}
      ></gov-search>
      <span class="chosen" data-end=${which}>${name(this[which]) ?? 'choose a body'}</span>
    </div>`;
    return html`
      <p>How is one body connected to another?</p>
      ${end('from', 'From', 'Path from')} ${end('to', 'To', 'Path to')}
      ${
        this.from !== null && this.to !== null
          ? html`<p class="answer" role="status">${path ? path.sentence : 'These two bodies are not connected in this model.'}</p>
            <button @click=${this.clear}>Clear path</button>`
          : nothing
      }
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('from') && !changed.has('to')) return;
    // An end the owner set back to null leaves nothing in its box; with both ends gone, even
    // what was only half typed goes.
    const none = this.from === null && this.to === null;
    const typed = this.unmatched;
    this.unmatched = null;
    for (const which of ['from', 'to'] as const) {
      const box = this.renderRoot.querySelector<GovSearch>(`gov-search[data-end="${which}"]`);
      // An end set by the owner (from the address, back or forward) shows its name in its box.
      if (this[which] !== null && changed.has(which)) {
        if (box) box.chosen = this[which];
        continue;
      }
      if (this[which] !== null || which === typed || !(none || changed.has(which))) continue;
      // Through `chosen`, so that the same end set again later shows its name again.
      if (box) box.chosen = null;
    }
  }

  /** The path between the chosen ends in the current graph, or null. */
  currentPath(): GovernancePath | null {
    return this.pathBetween(this.from, this.to);
  }

  private pathBetween(from: string | null, to: string | null): GovernancePath | null {
    const graph = this.graph;
    if (!graph || from === null || to === null || !graph.hasNode(from) || !graph.hasNode(to)) return null;
    return findPath(graph, from, to);
  }

  private pick(event: CustomEvent<{ id: string }>, which: End): void {
    // The search's own event must not reach the widget, which would take it as a selection.
    event.stopPropagation();
    if (this[which] === event.detail.id) return;
    const ends = { from: this.from, to: this.to, [which]: event.detail.id };
    this.request(ends.from, ends.to);
  }

  /** What the reader types over a chosen end: once it matches no body, that end no longer holds. */
  private typed(event: Event, which: End): void {
    const text = (event.composedPath()[0] as HTMLInputElement).value;
    const graph = this.graph;
    if (!graph || this[which] === null || text.trim() === '') return;
    if (search(graph, text, { limit: 1 }).length > 0) return;
    this.unmatched = which;
    const ends = { from: this.from, to: this.to, [which]: null };
    this.request(ends.from, ends.to);
  }

  private clear(): void {
    if (this.from === null && this.to === null) return;
    this.request(null, null);
  }

  private request(from: string | null, to: string | null): void {
    const detail: PathChoice = { from, to, path: this.pathBetween(from, to) };
    this.dispatchEvent(new CustomEvent('gov-path-change', { detail, bubbles: true, composed: true }));
  }
}
