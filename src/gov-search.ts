import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { search } from '../model/queries/search.js';
import { defineElement } from './define-element.js';
import { controls } from './styles/tokens.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-search': GovSearch;
  }
  interface HTMLElementEventMap {
    'gov-search-select': CustomEvent<{ id: string }>;
  }
}

/**
 * Type-ahead search over names and acronyms, as an ARIA combobox: arrows move through the
 * suggestions, Enter takes the highlighted one (or the best match), Escape closes the list.
 * Given the `chosen` body, the box shows its name, and empties when it goes back to null, so that
 * it never shows a query the reader has since moved away from.
 *
 * @event gov-search-select - The user chose a body (detail.id).
 * @csspart input - The text field.
 */
@defineElement('gov-search')
export class GovSearch extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        position: relative;
        min-width: 0;
      }
      input {
        font: inherit;
        color: var(--_text);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 5px 10px;
        width: 100%;
        min-height: 32px;
      }
      ul {
        position: absolute;
        z-index: 5;
        top: calc(100% + 4px);
        inset-inline: 0;
        margin: 0;
        padding: 4px 0;
        list-style: none;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: var(--_shadow);
        max-height: 320px;
        overflow-y: auto;
      }
      li {
        padding: 6px 10px;
        cursor: pointer;
      }
      li[aria-selected='true'] {
        background: var(--_accent);
        color: var(--_accent-text);
      }
      .acronym {
        font-weight: 600;
        margin-inline-start: 6px;
      }
      .empty {
        color: var(--_muted);
        cursor: default;
      }
    `,
  ];

  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  /**
   * The graph in every year, when `graph` is one year's structure: a query that matches nothing
   * in the year but a body of another says so instead of "No match".
   */
  @property({ attribute: false }) everyYear: GovernanceGraph | null = null;
  /** Id of the body chosen now (the selection), whose name the box shows; undefined leaves the box alone. */
  @property({ attribute: false }) chosen: string | null | undefined = undefined;
  /** Accessible name of the text field. */
  @property() label = 'Search bodies by name or acronym';
  @state() private query = '';
  @state() private active = 0;
  @state() private open = false;

  private get results(): { id: string; name: string; acronym?: string }[] {
    const graph = this.graph;
    if (!graph || !this.query.trim()) return [];
    return search(graph, this.query, { limit: 8 }).map(({ id }) => {
      const entity = graph.getNodeAttributes(id);
      return entity.acronym === undefined
        ? { id, name: entity.name }
        : { id, name: entity.name, acronym: entity.acronym };
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('chosen') || this.chosen === undefined) return;
    const graph = this.everyYear ?? this.graph;
    this.query = this.chosen !== null && graph?.hasNode(this.chosen) ? graph.getNodeAttributes(this.chosen).name : '';
    this.open = false;
  }

  /** The first body of another year that the query matches, when none of this year's does. */
  private elsewhere(): string | null {
    const { everyYear, graph } = this;
    if (!everyYear || everyYear === graph || !this.query.trim()) return null;
    const [hit] = search(everyYear, this.query, { limit: 1 });
    return hit ? everyYear.getNodeAttributes(hit.id).name : null;
  }

  protected override render() {
    const results = this.open ? this.results : [];
    const showList = this.open && this.query.trim() !== '';
    return html`
      <label class="visually-hidden" for="q">${this.label}</label>
      <input
        id="q"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        placeholder="Search (name or acronym)"
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${showList ? 'true' : 'false'}
        aria-activedescendant=${results.length > 0 ? `s-${this.active}` : nothing}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @focus=${() => {
          this.open = true;
        }}
        @blur=${() => {
          this.open = false;
        }}
      />
      <ul id="suggestions" role="listbox" aria-label="Matching bodies" ?hidden=${!showList}>
        ${
          results.length === 0
            ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${this.noMatch()}</li>`
            : results.map(
                (r, i) => html`<li
                id="s-${i}"
                role="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(r.id)}
              >
                ${r.name}${r.acronym ? html`<span class="acronym">${r.acronym}</span>` : nothing}
              </li>`,
              )
        }
      </ul>
    `;
  }

  private noMatch(): string {
    const name = this.elsewhere();
    return name === null ? 'No match' : `${name}: not in the year shown`;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.open = true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const results = this.results;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + results.length) % results.length;
      this.open = true;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[this.active] ?? results[0];
      if (chosen) this.choose(chosen.id);
    } else if (event.key === 'Escape') {
      if (this.open && this.query) {
        event.stopPropagation();
        this.open = false;
      }
    }
  }

  private choose(id: string): void {
    this.open = false;
    // The box names what was chosen, in place of what was typed to find it.
    const name = this.graph?.hasNode(id) ? this.graph.getNodeAttributes(id).name : null;
    if (name !== null) this.query = name;
    this.dispatchEvent(new CustomEvent('gov-search-select', { detail: { id }, bubbles: true, composed: true }));
  }

  /** Clears the text field. */
  clear(): void {
    this.query = '';
  }
}
