import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { yearOf } from '../model/dates.js';
import type { GovernanceGraph } from '../model/graph.js';
import { changesInYear, dateRange } from '../model/queries/structure-at.js';
import { controls } from './styles/tokens.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-timeline': GovTimeline;
  }
  interface HTMLElementEventMap {
    'gov-year-change': CustomEvent<{ year: number | null }>;
  }
}

/**
 * A year slider over the model's dates, with what changed in the chosen year. Renders nothing
 * for a model without dates.
 *
 * @event gov-year-change - The user picked a year (detail.year) or all years (null).
 * @csspart slider - The range input.
 */
@customElement('gov-timeline')
export class GovTimeline extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 10px;
        flex-wrap: wrap;
      }
      input[type='range'] {
        flex: 1 1 200px;
        min-width: 120px;
        accent-color: var(--_accent);
      }
      output {
        font-weight: 700;
        min-width: 4.5em;
        font-variant-numeric: tabular-nums;
      }
      ul {
        margin: 4px 0 0;
        padding-inline-start: 18px;
        font-size: 13px;
        max-height: 4.5em;
        overflow-y: auto;
      }
      .none {
        color: var(--_muted);
        font-size: 13px;
        margin: 4px 0 0;
      }
    `,
  ];

  /** The whole model, not cut to a year. */
  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  @property({ type: Number }) year: number | null = null;

  protected override render() {
    const graph = this.graph;
    const range = graph ? dateRange(graph) : null;
    if (!graph || !range) return nothing;
    const year = this.year;
    const value = year ?? range.last;
    return html`
      <div class="row">
        <label for="year">Structure in</label>
        <input
          id="year"
          part="slider"
          type="range"
          min=${range.first}
          max=${range.last}
          step="1"
          .value=${String(value)}
          aria-valuetext=${year === null ? 'all years' : String(year)}
          @input=${(e: Event) => this.pick(Number((e.target as HTMLInputElement).value))}
        />
        <output for="year" aria-live="polite">${year ?? 'all years'}</output>
        <button aria-pressed=${year === null ? 'true' : 'false'} @click=${() => this.pick(null)}>All years</button>
      </div>
      ${year === null ? nothing : this.changes(graph, year)}
    `;
  }

  private changes(graph: GovernanceGraph, year: number) {
    const { added, removed, renamed } = changesInYear(graph, year);
    const name = (id: string) => graph.getNodeAttributes(id).acronym ?? graph.getNodeAttributes(id).name;
    const items: string[] = [];
    for (const r of renamed)
      items.push(`${graph.getNodeAttributes(r.from).name} renamed ${graph.getNodeAttributes(r.to).name}`);
    const renamedIds = new Set(renamed.flatMap((r) => [r.from, r.to]));
    for (const c of added) {
      if (c.kind === 'entity' && !renamedIds.has(c.id)) items.push(`New: ${graph.getNodeAttributes(c.id).name}`);
    }
    // Relations that merely follow their ends in or out are implied by the lines above.
    for (const c of added) {
      if (c.kind !== 'relation') continue;
      const r = graph.getEdgeAttributes(c.id);
      if (r.type === 'renamed-to' || r.since === undefined || yearOf(r.since) !== year) continue;
      items.push(`${name(graph.source(c.id))} ${r.definition.label} ${name(graph.target(c.id))}`);
    }
    for (const c of removed) {
      if (c.kind === 'entity' && !renamedIds.has(c.id)) items.push(`Ended: ${graph.getNodeAttributes(c.id).name}`);
    }
    if (items.length === 0) return html`<p class="none">No change recorded in ${year}.</p>`;
    return html`<ul aria-label="Changes in ${year}">
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>`;
  }

  private pick(year: number | null): void {
    if (year === this.year) return;
    this.dispatchEvent(new CustomEvent('gov-year-change', { detail: { year }, bubbles: true, composed: true }));
  }
}
