import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chainEnds, type GovernanceGraph } from '../model/graph.js';
import { kindLabel } from '../model/kinds.js';
import { chainOfCommand } from '../model/queries/chain-of-command.js';
import { relationsOf } from '../model/queries/relations-of.js';
import { dateRange } from '../model/queries/structure-at.js';
import type { SourceInfo } from '../model/types.js';
import { afterPaint } from './canvas/frames.js';
import { defineElement } from './define-element.js';
import { controls } from './styles/tokens.js';
import { safeLinkUrl } from './view/safe-url.js';
import { CHAINS_LISTED, RELATIONS_LISTED } from './view/thresholds.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-details': GovDetails;
  }
  interface HTMLElementEventMap {
    'gov-navigate': CustomEvent<{ id: string }>;
  }
}

/** The details' three lists of relations: superiors, subordinates, and the rest. */
type RelationListName = 'up' | 'down' | 'other';
const FIRST_LISTED: Readonly<Record<RelationListName, number>> = {
  up: RELATIONS_LISTED,
  down: RELATIONS_LISTED,
  other: RELATIONS_LISTED,
};

function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const name = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Everything known about one body: what it is, its chain of command up to the top, what it
 * oversees, its other relations, and the source's words for each.
 *
 * @event gov-navigate - The user followed a link to another body (detail.id).
 * @csspart heading - The body's name.
 */
@defineElement('gov-details')
export class GovDetails extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px 12px;
        margin: 8px 0 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      ol.crumbs {
        list-style: none;
        padding: 0;
        margin: 0 0 6px;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 2px 4px;
      }
      ol.crumbs li + li::before {
        content: '›';
        color: var(--_muted);
        margin-inline-end: 4px;
      }
      ul.relations {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      ul.relations > li {
        padding: 4px 0;
        border-bottom: 1px solid var(--_border);
      }
      blockquote {
        margin: 4px 0 0;
        padding: 2px 0 2px 10px;
        border-inline-start: 3px solid var(--_border);
        color: var(--_muted);
        font-size: 13px;
      }
      .verb {
        color: var(--_muted);
      }
      .note {
        font-size: 13px;
        color: var(--_muted);
      }
      .source {
        font-size: 12px;
        color: var(--_muted);
        margin-top: 12px;
      }
      .empty {
        color: var(--_muted);
      }
      button.more {
        margin: 4px 0 8px;
      }
    `,
  ];

  /** The graph as drawn (cut to the current year, if any). */
  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  @property() entity: string | null = null;
  /** How many of each list of relations are shown (see RELATIONS_LISTED), by list; reset with the entity. */
  @state() private listed: Readonly<Record<RelationListName, number>> = FIRST_LISTED;

  /**
   * Updates wait for the frame being drawn to be painted: a click on the diagram is answered
   * first by its highlight, and the details of a body of a large model (its chains of command,
   * its relations with their evidence) take a frame's time to write. `updateComplete` includes
   * the wait.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await afterPaint();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('entity') || changed.has('graph')) this.listed = FIRST_LISTED;
  }

  protected override render() {
    const graph = this.graph;
    const id = this.entity;
    if (!graph || id === null)
      return html`<p class="empty">Select a body to see who it reports to, what it oversees, and why.</p>`;
    if (!graph.hasNode(id)) return html`<p class="empty">This body does not exist in the year shown.</p>`;
    const e = graph.getNodeAttributes(id);
    const source = graph.getAttribute('source');
    const relations = relationsOf(graph, id);
    // One more than is listed, to know whether there are more.
    const found = chainOfCommand(graph, id, { limit: CHAINS_LISTED + 1 });
    const chains = found.slice(0, CHAINS_LISTED);
    const down = relations.filter((r) => r.chainOfCommand && this.isSuperiorSide(graph, r.edge, id));
    const up = relations.filter((r) => r.chainOfCommand && !this.isSuperiorSide(graph, r.edge, id));
    const other = relations.filter((r) => !r.chainOfCommand);
    return html`
      <h2 part="heading" tabindex="-1">${e.name}</h2>
      <dl>
        ${
          e.acronym
            ? html`<dt>Acronym</dt><dd>${e.acronym}${
                e.acronymSource === 'elsewhere'
                  ? html` <small class="basis">in common use, not from the source</small>`
                  : nothing
              }</dd>`
            : nothing
        }
        <dt>Kind</dt><dd>${kindLabel(e.kind, graph.getAttribute('kinds'))}</dd>
        ${e.location ? html`<dt>Location</dt><dd>${e.location}</dd>` : nothing}
        ${
          e.since
            ? html`<dt>Since</dt><dd>${formatDate(e.since)}</dd>`
            : // In a model with dates, say that this one has none rather than leave it to be guessed.
              dateRange(graph)
              ? html`<dt>Since</dt><dd><small class="basis">undated: the source does not say</small></dd>`
              : nothing
        }
        ${e.until ? html`<dt>Until</dt><dd>${formatDate(e.until)}</dd>` : nothing}
      </dl>
      ${e.description ? html`<p>${e.description}</p>` : nothing}
      <h3>Chain of command</h3>
      ${
        chains.length === 0
          ? html`<p class="empty">At the top: no superior in this model.</p>`
          : chains.map(
              (path) => html`<nav aria-label="Chain of command">
              <ol class="crumbs">
                ${[...path].reverse().map((s) => html`<li>${this.link(graph, s)}</li>`)}
                <li aria-current="page">${e.acronym ?? e.name}</li>
              </ol>
            </nav>`,
            )
      }
      ${
        found.length > CHAINS_LISTED
          ? html`<p class="empty">More chains of command run through shared superiors than the ${CHAINS_LISTED} listed here; the diagram highlights all of them.</p>`
          : nothing
      }
      ${up.length > 0 ? this.relationList(graph, up, 'up') : nothing}
      <h3>Oversees or is responsible for</h3>
      ${down.length === 0 ? html`<p class="empty">Nothing below it in this model.</p>` : this.relationList(graph, down, 'down')}
      ${other.length > 0 ? html`<h3>Other relations</h3>${this.relationList(graph, other, 'other')}` : nothing}
      ${
        e.evidence && e.evidence.length > 0
          ? html`<h3>In the source</h3>
            ${e.evidence.map((q) => html`<blockquote>“${q}”</blockquote>`)}`
          : nothing
      }
      ${e.note ? html`<h3>Note</h3><p class="note">${e.note}</p>` : nothing}
      ${source ? html`<p class="source">Source: ${this.sourceTitle(source)}${source.date ? `, ${formatDate(source.date)}` : ''}</p>` : nothing}
    `;
  }

  /** The source's title, linked only when its URL is a web or e-mail address (see safeLinkUrl). */
  private sourceTitle(source: SourceInfo) {
    const href = safeLinkUrl(source.url);
    if (href === null) return source.url ? `${source.title} (${source.url})` : source.title;
    return html`<a href=${href} rel="noopener noreferrer" target="_blank">${source.title}</a>`;
  }

  private isSuperiorSide(graph: GovernanceGraph, edge: string, id: string): boolean {
    return chainEnds(graph.getEdgeAttributes(edge), graph.source(edge), graph.target(edge))?.superior === id;
  }

  /** A list of relations, the first `listed[name]` of them, and a button for more when there are more. */
  private relationList(
    graph: GovernanceGraph,
    list: ReturnType<typeof relationsOf>,
    name: RelationListName,
  ): TemplateResult {
    const shown = this.listed[name];
    const more = list.length - shown;
    return html`<ul class="relations">
      ${list.slice(0, shown).map((r) => {
        const attrs = graph.getEdgeAttributes(r.edge);
        const dates = [
          attrs.since ? `since ${formatDate(attrs.since)}` : '',
          attrs.until ? `until ${formatDate(attrs.until)}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        return html`<li>
          <span class="verb">${r.label}</span> ${this.link(graph, r.other)}${dates ? html` <small>(${dates})</small>` : nothing}
          ${attrs.basis === 'inferred' ? html` <small class="basis">inferred, not stated by the source</small>` : nothing}
          ${attrs.evidence ? html`<blockquote>“${attrs.evidence}”</blockquote>` : nothing}
          ${attrs.note ? html`<div class="note">${attrs.note}</div>` : nothing}
        </li>`;
      })}
    </ul>
    ${
      more > 0
        ? html`<button class="more" @click=${() => this.showMore(name)}>
            Show ${Math.min(more, RELATIONS_LISTED).toLocaleString('en-GB')} more (${more.toLocaleString('en-GB')} not shown)
          </button>`
        : nothing
    }`;
  }

  private showMore(name: RelationListName): void {
    this.listed = { ...this.listed, [name]: this.listed[name] + RELATIONS_LISTED };
  }

  private link(graph: GovernanceGraph, id: string): TemplateResult {
    const e = graph.getNodeAttributes(id);
    return html`<button class="link" title=${e.name} @click=${() => this.navigate(id)}>${e.acronym ?? e.name}</button>`;
  }

  private navigate(id: string): void {
    this.dispatchEvent(new CustomEvent('gov-navigate', { detail: { id }, bubbles: true, composed: true }));
  }

  /** Moves focus to the heading, so that screen readers read the details after Enter. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
