import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GovernanceGraph } from '../model/graph.js';
import { kindLabel } from '../model/kinds.js';
import { relationTypeLabel } from '../model/relation-types.js';
import { controls } from './styles/tokens.js';
import { dashPattern, edgeColor, nodePaint, relationStyle } from './view/graph-style.js';
import { shapePath } from './view/shape-path.js';
import type { Theme } from './view/theme.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-legend': GovLegend;
  }
  interface HTMLElementEventMap {
    'gov-filter-change': CustomEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>;
  }
}

/**
 * What the shapes, colours and lines mean, for the kinds and relation types the model uses; each
 * entry is also a switch that shows or hides them.
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
  /** Whether the drawing is large enough to draw its relations solid until a selection lights them. */
  @property({ type: Boolean }) large = false;

  protected override render() {
    const graph = this.graph;
    const theme = this.theme;
    if (!graph || !theme) return nothing;
    const kinds = new Map<string, number>();
    graph.forEachNode((_, e) => kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1));
    const types = new Map<string, number>();
    graph.forEachEdge((_, r) => types.set(r.type, (types.get(r.type) ?? 0) + 1));
    const relationTypes = graph.getAttribute('relationTypes');
    return html`
      <h3 id="kinds">Bodies</h3>
      <ul aria-labelledby="kinds">
        ${[...kinds].map(([kind, count]) => {
          const paint = nodePaint(kind, theme);
          const on = !this.hiddenKinds.has(kind);
          const label = kindLabel(kind);
          return html`<li>
            <label class=${on ? '' : 'off'}>
              <input type="checkbox" .checked=${on} @change=${() => this.toggle('kind', kind)} />
              <svg width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
                <path d=${shapePath(paint.shape, 15, 10, 28, 17)} fill=${paint.fill} stroke=${paint.border} stroke-width="1.5"></path>
              </svg>
              <span>${label}</span><span class="count">${count}</span>
            </label>
          </li>`;
        })}
      </ul>
      <h3 id="relations">Relations</h3>
      <ul aria-labelledby="relations">
        ${[...types].map(([type, count]) => {
          const definition = relationTypes.get(type);
          const style = relationStyle(type, definition);
          const color = edgeColor(style, theme);
          const dash = dashPattern(style.line, style.width);
          const on = !this.hiddenTypes.has(type);
          return html`<li>
            <label class=${on ? '' : 'off'}>
              <input type="checkbox" .checked=${on} @change=${() => this.toggle('type', type)} />
              <svg width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
                ${svg`<line x1="2" y1="10" x2="24" y2="10" stroke=${color} stroke-width=${style.width}
                  stroke-dasharray=${dash ? dash.join(' ') : nothing}></line>`}
                ${style.targetArrow !== 'none' ? svg`<path d="M22,5 L29,10 L22,15 Z" fill=${color}></path>` : nothing}
              </svg>
              <span>${relationTypeLabel(type, definition)}${definition?.chainOfCommand ? html` <small>(chain of command)</small>` : nothing}</span>
              <span class="count">${count}</span>
            </label>
          </li>`;
        })}
      </ul>
      ${this.large ? html`<p class="note">In a drawing this large, lines are dashed or dotted only when a selection lights them; colour tells them apart.</p>` : nothing}
    `;
  }

  private toggle(what: 'kind' | 'type', value: string): void {
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
