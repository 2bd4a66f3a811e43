import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { controls } from './styles/tokens.js';
import { type LegendEntry, type LegendGroup, legendGroups } from './view/legend.js';
import { RelationsShown } from './view/relations-shown.js';
import { SWATCH_SIZE, swatchPaths } from './view/swatch.js';
import type { Theme } from './view/theme.js';

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
 * What the shapes, colours and lines mean, for the kinds and relation types the model uses; each
 * entry is also a switch that shows or hides them, with how many bodies or relations it covers.
 * Entries and swatches come from the legend model (view/legend.ts) and are drawn by the same
 * functions as the exported legend's (view/swatch.ts), so the two always agree.
 *
 * @event gov-filter-change - The user showed or hid a kind or a relation type.
 */
@customElement('gov-legend')
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
      label {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 3px 0;
        cursor: pointer;
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

  @property({ attribute: false }) graph: GovernanceGraph | null = null;
  @property({ attribute: false }) theme: Theme | null = null;
  @property({ attribute: false }) hiddenKinds: ReadonlySet<string> = new Set();
  @property({ attribute: false }) hiddenTypes: ReadonlySet<string> = new Set();
  /** Which relations outside the chain of command are drawn; the switch under Relations sets `all`. */
  @property() relations: RelationsShown = RelationsShown.selected;
  /** Whether the drawing is large enough to draw its relations solid until a selection highlights them. */
  @property({ type: Boolean }) large = false;

  protected override render() {
    const graph = this.graph;
    const theme = this.theme;
    if (!graph || !theme) return nothing;
    const kinds = new Map<string, number>();
    graph.forEachNode((_, e) => kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1));
    const types = new Map<string, number>();
    graph.forEachEdge((_, r) => types.set(r.type, (types.get(r.type) ?? 0) + 1));
    const groups = legendGroups({ kinds, types, definitions: graph.getAttribute('relationTypes'), theme });
    return html`
      ${groups.map((group) => this.renderGroup(group))}
      ${this.large ? html`<p class="note">In a drawing this large, lines are dashed or dotted only when a selection highlights them; colour tells them apart.</p>` : nothing}
    `;
  }

  private renderGroup(group: LegendGroup) {
    const id = group.of === 'kind' ? 'kinds' : 'relations';
    const hidden = group.of === 'kind' ? this.hiddenKinds : this.hiddenTypes;
    return html`
      <h3 id=${id}>${group.heading}</h3>
      ${group.of === 'type' ? this.renderRelationsSwitch() : nothing}
      <ul aria-labelledby=${id}>
        ${group.entries.map((entry) => {
          const on = !hidden.has(entry.key);
          return html`<li>
            <label class=${on ? '' : 'off'}>
              <input type="checkbox" .checked=${on} @change=${() => this.toggle(group.of, entry.key)} />
              ${swatchSvg(entry)}
              <span>${entry.label}${entry.chainOfCommand ? html` <small>(chain of command)</small>` : nothing}</span>
              <span class="count">${entry.count}</span>
            </label>
          </li>`;
        })}
      </ul>
    `;
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

  private toggle(what: LegendGroup['of'], value: string): void {
    const hiddenKinds = new Set(this.hiddenKinds);
    const hiddenTypes = new Set(this.hiddenTypes);
    const set = what === 'kind' ? hiddenKinds : hiddenTypes;
    if (set.has(value)) set.delete(value);
    else set.add(value);
    this.dispatchEvent(
      new CustomEvent('gov-filter-change', { detail: { hiddenKinds, hiddenTypes }, bubbles: true, composed: true }),
    );
  }
}

const SWATCH_BOX = { x: 0, y: 0, ...SWATCH_SIZE };

/** An entry's swatch, drawn from the same paths the SVG exporter writes (see view/swatch.ts). */
function swatchSvg(entry: LegendEntry) {
  const { width, height } = SWATCH_SIZE;
  return html`<svg class="swatch" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
    ${swatchPaths(entry.swatch, SWATCH_BOX).map(
      (p) =>
        svg`<path d=${p.d} fill=${p.fill} stroke=${p.stroke ?? nothing} stroke-width=${p.strokeWidth ?? nothing}
          stroke-dasharray=${p.dashArray ?? nothing}></path>`,
    )}
  </svg>`;
}
