import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { kindFamily, kindLabel } from '../model/kinds.js';
import { controls } from './styles/tokens.js';
import type { GraphView, ViewNode } from './view/graph-view.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-outline': GovOutline;
  }
}

/**
 * The chain of command as a tree list, for screen readers and keyboard users, built from the same
 * view as the diagram so the two always agree. Bodies outside any chain follow, grouped by kind.
 * Up and Down move, Home and End jump, Enter or Space selects.
 *
 * @event gov-navigate - The user chose a body (detail.id).
 */
@customElement('gov-outline')
export class GovOutline extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding-inline-start: 14px;
      }
      [role='tree'] {
        padding: 0;
      }
      [role='treeitem'] > span {
        display: inline-block;
        padding: 2px 6px;
        border-radius: 4px;
        cursor: pointer;
      }
      [role='treeitem'][aria-selected='true'] > span {
        background: var(--_accent);
        color: var(--_accent-text);
      }
      [role='treeitem']:focus {
        outline: none;
      }
      [role='treeitem']:focus-visible > span {
        outline: 3px solid var(--_focus);
        outline-offset: 1px;
      }
      .kind {
        color: var(--_muted);
        font-size: 12px;
      }
      [aria-selected='true'] .kind {
        color: inherit;
      }
    `,
  ];

  @property({ attribute: false }) view: GraphView | null = null;
  @property() selected: string | null = null;
  private focusId: string | null = null;

  protected override render() {
    const view = this.view;
    if (!view) return nothing;
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    const roots = view.children.get('') ?? [];
    const inTree = new Set<string>();
    const collect = (id: string) => {
      inTree.add(id);
      for (const c of view.children.get(id) ?? []) if (!inTree.has(c)) collect(c);
    };
    for (const r of roots) collect(r);
    const others = new Map<string, ViewNode[]>();
    for (const n of view.nodes) {
      if (inTree.has(n.id)) continue;
      const group = kindFamily(n.kind);
      others.set(group, [...(others.get(group) ?? []), n]);
    }
    const order: string[] = [];
    const walk = (id: string, seen: Set<string>) => {
      seen.add(id);
      order.push(id);
      for (const c of view.children.get(id) ?? []) if (!seen.has(c)) walk(c, seen);
    };
    const walked = new Set<string>();
    for (const r of roots) walk(r, walked);
    for (const nodes of others.values()) for (const n of nodes) order.push(n.id);
    const tabbable = this.focusId !== null && order.includes(this.focusId) ? this.focusId : (this.selected ?? order[0]);
    const item = (id: string, level: number, seen: Set<string>): TemplateResult => {
      const node = byId.get(id)!;
      seen.add(id);
      const kids = (view.children.get(id) ?? []).filter((c) => !seen.has(c));
      return html`<li
        role="treeitem"
        data-id=${id}
        aria-level=${level}
        aria-expanded=${kids.length > 0 ? 'true' : nothing}
        aria-selected=${id === this.selected ? 'true' : 'false'}
        tabindex=${id === tabbable ? '0' : '-1'}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.choose(id);
        }}
      >
        <span>${node.name} <span class="kind">${kindLabel(node.kind)}</span></span>
        ${kids.length > 0 ? html`<ul role="group">${kids.map((k) => item(k, level + 1, seen))}</ul>` : nothing}
      </li>`;
    };
    const seen = new Set<string>();
    return html`<ul role="tree" aria-label="Chain of command" @keydown=${this.onKeyDown}>
      ${roots.map((r) => item(r, 1, seen))}
      ${[...others].map(
        ([
          group,
          nodes,
        ]) => html`<li role="treeitem" aria-level="1" aria-expanded="true" aria-selected="false" tabindex="-1" data-group>
          <span>${group}</span>
          <ul role="group">
            ${nodes.map((n) => item(n.id, 2, seen))}
          </ul>
        </li>`,
      )}
    </ul>`;
  }

  /** Bodies in reading order, as the tree lists them. */
  private flatOrder(): string[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"][data-id]')].map((el) => el.dataset.id!);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const order = this.flatOrder();
    const current = (event.composedPath()[0] as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.id;
    const index = current ? order.indexOf(current) : -1;
    let next: string | undefined;
    if (event.key === 'ArrowDown') next = order[Math.min(order.length - 1, index + 1)];
    else if (event.key === 'ArrowUp') next = order[Math.max(0, index - 1)];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      this.choose(current);
      return;
    } else return;
    event.preventDefault();
    if (next !== undefined) this.moveFocus(next);
  }

  private moveFocus(id: string): void {
    this.focusId = id;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"][data-id]')) {
      el.tabIndex = el.dataset.id === id ? 0 : -1;
      if (el.dataset.id === id) el.focus();
    }
  }

  private choose(id: string): void {
    this.focusId = id;
    this.dispatchEvent(new CustomEvent('gov-navigate', { detail: { id }, bubbles: true, composed: true }));
  }
}
