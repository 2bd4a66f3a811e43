import { css, html, LitElement, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { defineElement } from './define-element.js';
import { controls } from './styles/tokens.js';
import { countSecondSuperiors } from './view/graph-view.js';
import type { Swatch } from './view/legend.js';
import { type LegendEntry, type LegendGroup, type LegendMember, legendGroups } from './view/legend.js';
import { RelationsShown } from './view/relations-shown.js';
import { SWATCH_SIZE, swatchPaths } from './view/swatch.js';
import type { Theme } from './view/theme.js';
import { countNewInYear } from './view/year-changes.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-legend': GovLegend;
  }
  interface HTMLElementEventMap {
    'gov-filter-change': CustomEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>;
    'gov-relations-change': CustomEvent<{ relations: RelationsShown }>;
  }
}

/**
 * What the shapes, colours and lines mean, for the kinds and relation types the model uses: one
 * entry per family, which unfolds to its kinds or types. Each entry and each member is also a
 * switch that shows or hides them, with how many bodies or relations it covers.
 * Entries and swatches come from the legend model (view/legend.ts) and are drawn by the same
 * functions as the exported legend's (view/swatch.ts), so the two always agree.
 *
 * @event gov-filter-change - The user showed or hid a kind or a relation type.
 */
@defineElement('gov-legend')
export class GovLegend extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 4px;
      }
      label {
        display: flex;
        flex: 1;
        align-items: center;
        gap: 8px;
        padding: 3px 0;
        cursor: pointer;
        min-width: 0;
      }
      .no-switch {
        display: inline-block;
        width: 13px;
      }
      .unfold {
        flex: none;
        width: 28px;
        height: 28px;
        padding: 0;
        border: 0;
        background: none;
        color: var(--_muted);
        cursor: pointer;
        border-radius: 4px;
      }
      .unfold:focus-visible {
        outline: 2px solid var(--_focus);
      }
      .unfold[aria-expanded='true'] span {
        display: inline-block;
        transform: rotate(90deg);
      }
      .members {
        margin-inline-start: 32px;
        font-size: 13px;
      }
      input {
        margin: 0;
        accent-color: var(--_accent);
      }
      svg {
        flex: none;
      }
      .count {
        color: var(--_muted);
        margin-inline-start: auto;
        font-size: 12px;
      }
      .off {
        color: var(--_muted);
        text-decoration: line-through;
      }
      .switch {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        margin: 4px 0 8px;
        font-size: 13px;
      }
      .note {
        color: var(--_muted);
        font-size: 12px;
      }
    `,
  ];

  /** The graph drawn: in a year's view, the structure in that year, which the counts are of. */
  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  /** The year `graph` is the structure of, or null for all years: what is new in it is explained. */
  @property({ type: Number }) year: number | null = null;
  @property({ attribute: false }) theme: Theme | null = null;
  @property({ attribute: false }) hiddenKinds: ReadonlySet<string> = new Set();
  @property({ attribute: false }) hiddenTypes: ReadonlySet<string> = new Set();
  /** Which relations outside the chain of command are drawn; the switch under Relations sets `all`. */
  @property() relations: RelationsShown = RelationsShown.selected;
  /** How many bodies a year's view draws as undated: the legend explains their dashed border when any. */
  @property({ type: Number }) undated = 0;
  /** Whether the drawing is large enough to draw its relations solid until a selection highlights them. */
  @property({ type: Boolean }) large = false;
  /** Entries unfolded to their members, by group and key. */
  @state() private unfolded = new Set<string>();

  protected override render() {
    const graph = this.graph;
    const theme = this.theme;
    if (!graph || !theme) return nothing;
    // A kind or type with nothing in the year shown has nothing on the diagram to explain and is
    // left out, unless the reader hid it: its switch stays, at 0, so that it can be turned back on.
    const kinds = new Map<string, number>([...this.hiddenKinds].map((k) => [k, 0]));
    graph.forEachNode((_, e) => kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1));
    const types = new Map<string, number>([...this.hiddenTypes].map((t) => [t, 0]));
    graph.forEachEdge((_, r) => types.set(r.type, (types.get(r.type) ?? 0) + 1));
    const groups = legendGroups({
      kinds,
      types,
      definitions: graph.getAttribute('relationTypes'),
      kindTable: graph.getAttribute('kinds'),
      secondSuperiors: countSecondSuperiors(graph),
      inferred: graph.filterEdges((_, r) => r.basis === 'inferred').length,
      undated: this.undated,
      ...(this.year === null ? {} : { added: { year: this.year, count: countNewInYear(graph, this.year) } }),
      theme,
    });
    return html`
      ${groups.map((group) => this.renderGroup(group))}
      ${this.large ? html`<p class="note">In a drawing this large, lines are dashed or dotted only when a selection highlights them; their arrows tell them apart.</p>` : nothing}
    `;
  }

  private renderGroup(group: LegendGroup) {
    const id = group.of === 'kind' ? 'kinds' : 'relations';
    const hidden = group.of === 'kind' ? this.hiddenKinds : this.hiddenTypes;
    return html`
      <h3 id=${id}>${group.heading}</h3>
      ${group.of === 'type' ? this.renderRelationsSwitch() : nothing}
      <ul aria-labelledby=${id}>
        ${group.entries.map((entry, index) => this.renderEntry(group, entry, index, hidden))}
      </ul>
    `;
  }

  /** A family: its switch (on when any member is shown), swatch, name and count, and its members when unfolded. */
  private renderEntry(group: LegendGroup, entry: LegendEntry, index: number, hidden: ReadonlySet<string>) {
    const keys = entry.members.map((m) => m.key);
    const shown = keys.filter((k) => !hidden.has(k)).length;
    const on = keys.length === 0 || shown > 0;
    const unfoldKey = `${group.of}:${entry.key}`;
    const unfolded = this.unfolded.has(unfoldKey);
    // By position: a model's family names may hold spaces, which an id reference cannot.
    const listId = `members-${group.of}-${index}`;
    // A family of one member whose name is the family's says nothing more when unfolded.
    const unfoldable =
      entry.members.length > 1 || (entry.members.length === 1 && entry.members[0]!.label !== entry.label);
    return html`<li>
      <div class="row">
        <label class=${on ? '' : 'off'}>
          ${
            keys.length === 0
              ? html`<span class="no-switch"></span>`
              : html`<input type="checkbox" .checked=${on} .indeterminate=${on && shown < keys.length}
                  @change=${() => this.toggle(group.of, keys, !on)} />`
          }
          ${swatchSvg(entry.swatch)}
          <span>${entry.label}</span>
          <span class="count">${entry.count}</span>
        </label>
        ${
          unfoldable
            ? html`<button class="unfold" type="button" aria-expanded=${unfolded ? 'true' : 'false'} aria-controls=${listId}
                aria-label=${`${unfolded ? 'Fold' : 'Unfold'} ${entry.label}`} @click=${() => this.unfold(unfoldKey)}><span aria-hidden="true">▸</span></button>`
            : html`<span class="unfold"></span>`
        }
      </div>
      ${unfolded ? html`<ul class="members" id=${listId}>${entry.members.map((m) => this.renderMember(group, m, hidden))}</ul>` : nothing}
    </li>`;
  }

  private renderMember(group: LegendGroup, member: LegendMember, hidden: ReadonlySet<string>) {
    const on = !hidden.has(member.key);
    return html`<li>
      <label class=${on ? '' : 'off'}>
        <input type="checkbox" .checked=${on} @change=${() => this.toggle(group.of, [member.key], !on)} />
        ${swatchSvg(member.swatch)}
        <span>${member.label}</span>
        <span class="count">${member.count}</span>
      </label>
    </li>`;
  }

  private unfold(key: string): void {
    const unfolded = new Set(this.unfolded);
    if (unfolded.has(key)) unfolded.delete(key);
    else unfolded.add(key);
    this.unfolded = unfolded;
  }

  /** Every relation, or the chain of command and the selected body's: the toolbar's "All relations". */
  private renderRelationsSwitch() {
    const all = this.relations === RelationsShown.all;
    return html`<label class="switch">
      <input type="checkbox" .checked=${all} @change=${() => this.setRelations(all ? RelationsShown.selected : RelationsShown.all)} />
      <span>Draw every relation, not only the chain of command and the selected body’s</span>
    </label>`;
  }

  private setRelations(relations: RelationsShown): void {
    this.dispatchEvent(
      new CustomEvent('gov-relations-change', { detail: { relations }, bubbles: true, composed: true }),
    );
  }

  /** Shows (`show`) or hides every one of `keys`. */
  private toggle(what: LegendGroup['of'], keys: readonly string[], show: boolean): void {
    const hiddenKinds = new Set(this.hiddenKinds);
    const hiddenTypes = new Set(this.hiddenTypes);
    const set = what === 'kind' ? hiddenKinds : hiddenTypes;
    for (const key of keys) {
      if (show) set.delete(key);
      else set.add(key);
    }
    this.dispatchEvent(
      new CustomEvent('gov-filter-change', { detail: { hiddenKinds, hiddenTypes }, bubbles: true, composed: true }),
    );
  }
}

const SWATCH_BOX = { x: 0, y: 0, ...SWATCH_SIZE };

/** A swatch, drawn from the same paths the SVG exporter writes (see view/swatch.ts). */
function swatchSvg(swatch: Swatch) {
  const { width, height } = SWATCH_SIZE;
  return html`<svg class="swatch" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
    ${swatchPaths(swatch, SWATCH_BOX).map(
      (p) =>
        svg`<path d=${p.d} fill=${p.fill} stroke=${p.stroke ?? nothing} stroke-width=${p.strokeWidth ?? nothing}
          stroke-dasharray=${p.dashArray ?? nothing}></path>`,
    )}
  </svg>`;
}
