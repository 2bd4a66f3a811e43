import { html, LitElement, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { changeYears, dateRange } from '../model/queries/structure-at.js';
import { defineElement } from './define-element.js';
import { timelineStyles } from './gov-timeline.styles.js';
import { controls } from './styles/tokens.js';
import { changesHeading, yearChanges } from './view/year-changes.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-timeline': GovTimeline;
  }
  interface HTMLElementEventMap {
    'gov-year-change': CustomEvent<{ year: number | null }>;
  }
}

/** What the slider is drawn from, computed once per graph. */
interface Scale {
  first: number;
  last: number;
  /** Years in which something changed: the ticks. */
  ticks: number[];
}

/**
 * A year slider over the model's dates, with what changed in the chosen year. The slider runs
 * from the first year to one step past the last, which stands for all years, so that the thumb
 * never sits at the same place for the last year and for all of them. Its height never changes
 * (the list of changes scrolls within it), so that the slider stays where the pointer is.
 * Renders nothing for a model without dates.
 *
 * @event gov-year-change - The user picked a year (detail.year) or all years (null).
 * @csspart slider - The range input.
 */
@defineElement('gov-timeline')
export class GovTimeline extends LitElement {
  static override styles = [controls, timelineStyles];

  /** The whole model, not cut to a year. */
  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  @property({ type: Number }) year: number | null = null;

  private scale: { graph: GovernanceGraph; scale: Scale | null } | null = null;

  private scaleOf(graph: GovernanceGraph): Scale | null {
    if (this.scale?.graph !== graph) {
      const range = dateRange(graph);
      this.scale = { graph, scale: range && { ...range, ticks: changeYears(graph) } };
    }
    return this.scale.scale;
  }

  protected override render() {
    const graph = this.graph;
    const scale = graph ? this.scaleOf(graph) : null;
    if (!graph || !scale) return nothing;
    const { first, last, ticks } = scale;
    const year = this.year;
    const all = last + 1;
    // Where the thumb's centre is at a value, in per cent of the track it travels. Ticks are SVG
    // lines placed by attributes: a strict Content-Security-Policy refuses style attributes.
    const at = (value: number) => `${(100 * (value - first)) / (all - first)}%`;
    const tick = (value: number, year: number | null) =>
      svg`<line class=${year === null ? 'tick all' : 'tick'} data-year=${year ?? nothing} x1=${at(value)} x2=${at(value)} y1="0" y2=${year === null ? 8 : 6}></line>`;
    return html`<div class="layout"><div class="control">
      <div class="top">
        <label for="year">Structure in</label>
        <output for="year" aria-live="polite">${year ?? 'all years'}</output>
        <button aria-pressed=${year === null ? 'true' : 'false'} @click=${() => this.pick(null)}>All years</button>
      </div>
      <div class="scale">
        <input
          id="year"
          part="slider"
          type="range"
          min=${first}
          max=${all}
          step="1"
          list="change-years"
          .value=${String(year ?? all)}
          aria-valuetext=${year === null ? 'all years' : String(year)}
          @input=${(e: Event) => {
            const value = Number((e.target as HTMLInputElement).value);
            this.pick(value === all ? null : value);
          }}
        />
        <datalist id="change-years">
          ${ticks.map((y) => html`<option value=${y} label=${y}></option>`)}
          <option value=${all} label="All years"></option>
        </datalist>
        <svg class="ticks" aria-hidden="true">${ticks.map((y) => tick(y, y))}${tick(all, null)}</svg>
        <span class="mark first" aria-hidden="true">${first}</span>
        <span class="mark all" aria-hidden="true">All</span>
      </div>
      </div>
      <div class="changes">${year === null ? this.allYears(first, last, ticks.length) : this.changes(graph, year)}</div></div>`;
  }

  private allYears(first: number, last: number, years: number) {
    return html`<h2 id="changes">All years, ${first}–${last}</h2>
      <p class="note">Every body and relation, whatever its dates. Changes were recorded in ${years} ${years === 1 ? 'year' : 'years'} (the ticks); pick one to see the structure then.</p>`;
  }

  private changes(graph: GovernanceGraph, year: number) {
    const { items, addedBodies, addedRelations } = yearChanges(graph, year);
    const marked = addedBodies.size + addedRelations.size > 0;
    return html`<h2 id="changes">
        ${changesHeading(items.length, year)}${
          marked
            ? html`<span class="key">; new ones outlined<span class="swatch" aria-hidden="true"></span>on the diagram</span>`
            : nothing
        }
      </h2>
      ${
        items.length === 0
          ? nothing
          : html`<ul aria-labelledby="changes" tabindex="0">
              ${items.map((i) => html`<li>${i}</li>`)}
            </ul>`
      }`;
  }

  private pick(year: number | null): void {
    if (year === this.year) return;
    this.dispatchEvent(new CustomEvent('gov-year-change', { detail: { year }, bubbles: true, composed: true }));
  }
}
