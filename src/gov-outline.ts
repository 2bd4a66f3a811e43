import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { familyLabel, kindFamily, kindLabel } from '../model/kinds.js';
import { defineElement } from './define-element.js';
import { controls } from './styles/tokens.js';
import { badgeLabel, badgeTitle } from './view/badge.js';
import type { ExpandChangeDetail } from './view/collapse.js';
import type { GraphView } from './view/graph-view.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-outline': GovOutline;
  }
}

/**
 * The chain of command as a tree list, for screen readers and keyboard users, built from the same
 * view as the diagram so the two always agree. Bodies outside any chain follow, grouped by kind.
 * Up and Down move, Home and End jump, Enter or Space selects. A collapsed body (aria-expanded
 * false) says how many bodies it hides; Right expands it, or moves to the first subordinate of
 * an expanded one; Left collapses an expanded body, or moves to the superior. The triangle
 * before a body does the same for a pointer.
 *
 * @event gov-navigate - The user chose a body (detail.id).
 * @event gov-expand-change - The user expanded or collapsed a body (detail.id, detail.expanded).
 */
@defineElement('gov-outline')
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
      .kind,
      .hidden {
        color: var(--_muted);
        font-size: 12px;
      }
      .twisty {
        display: inline-block;
        width: 1em;
        margin-inline-start: -1em;
        color: var(--_muted);
        cursor: pointer;
        text-align: center;
      }
      [aria-selected='true'] .kind {
        color: inherit;
      }
    `,
  ];

  @property({ attribute: false }) view: GraphView | null = null;
  @property() selected: string | null = null;
  private focusId: string | null = null;
  /**
   * The body just chosen here, whose item takes focus again once the choice comes back as
   * `selected`: the list is drawn anew for a selection, and focus on an item it replaced would
   * fall to the page.
   */
  private refocus: string | null = null;

  protected override updated(): void {
    const id = this.refocus;
    if (id === null || id !== this.selected) return;
    this.refocus = null;
    this.moveFocus(id);
  }

  protected override render() {
    const view = this.view;
    if (!view) return nothing;
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    const seen = new Set<string>();
    const tree = outlineEntries(view.children, view.children.get('') ?? [], 1, seen);
    const inTree = new Set(tree.map((entry) => entry.id));
    const others = new Map<string, string[]>();
    for (const n of view.nodes) {
      if (inTree.has(n.id)) continue;
      const group = kindFamily(n.kind, view.kinds);
      const list = others.get(group);
      if (list) list.push(n.id);
      else others.set(group, [n.id]);
    }
    const order = tree.map((entry) => entry.id);
    for (const ids of others.values()) for (const id of ids) order.push(id);
    const tabbable = this.focusId !== null && order.includes(this.focusId) ? this.focusId : (this.selected ?? order[0]);
    const hiddenBelow = view.folding?.hiddenBelow;
    const item = (entry: OutlineEntry, group: readonly TemplateResult[]): TemplateResult => {
      const { id, level } = entry;
      const node = byId.get(id)!;
      const hidden = hiddenBelow?.get(id);
      const expanded = hidden !== undefined ? false : entry.kids.length > 0 ? true : null;
      return html`<li
        role="treeitem"
        data-id=${id}
        aria-level=${level}
        aria-expanded=${expanded === null ? nothing : String(expanded)}
        aria-selected=${id === this.selected ? 'true' : 'false'}
        tabindex=${id === tabbable ? '0' : '-1'}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.choose(id);
        }}
      >
        ${
          expanded === null
            ? nothing
            : html`<span class="twisty" aria-hidden="true" @click=${(e: Event) => {
                e.stopPropagation();
                this.expand(id, !expanded);
              }}>${expanded ? '▾' : '▸'}</span>`
        }<span>${node.name} <span class="kind">${kindLabel(node.kind, view.kinds)}</span>${
          hidden === undefined
            ? nothing
            : html` <span class="hidden" title=${badgeTitle(hidden)}>${badgeLabel(hidden)}</span>`
        }</span>
        ${group.length > 0 ? html`<ul role="group">${group}</ul>` : nothing}
      </li>`;
    };
    return html`<ul role="tree" aria-label="Chain of command" @keydown=${this.onKeyDown}>
      ${outlineItems(tree, item)}
      ${[...others].map(
        ([
          group,
          ids,
        ]) => html`<li role="treeitem" aria-level="1" aria-expanded="true" aria-selected="false" tabindex="-1" data-group>
          <span>${familyLabel(group, view.kinds)}</span>
          <ul role="group">
            ${outlineItems(outlineEntries(view.children, ids, 2, seen), item)}
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
    else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && current) {
      event.preventDefault();
      this.openOrMove(current, event.key === 'ArrowRight');
      return;
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
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

  /**
   * Right on a collapsed body expands it, on an expanded one moves to its first subordinate;
   * Left on an expanded body collapses it, on any other moves to its superior (the tree view
   * pattern of the WAI-ARIA practices).
   */
  private openOrMove(id: string, right: boolean): void {
    const view = this.view;
    if (!view) return;
    const collapsed = view.folding?.hiddenBelow.has(id) ?? false;
    const kids = view.children.get(id) ?? [];
    if (right && collapsed) this.expand(id, true);
    else if (right && kids[0] !== undefined) this.moveFocus(kids[0]);
    else if (!right && !collapsed && kids.length > 0) this.expand(id, false);
    else if (!right) {
      const superior = view.parent.get(id);
      if (superior !== undefined) this.moveFocus(superior);
    }
  }

  private expand(id: string, expanded: boolean): void {
    this.focusId = id;
    const detail: ExpandChangeDetail = { id, expanded };
    this.dispatchEvent(new CustomEvent('gov-expand-change', { detail, bubbles: true, composed: true }));
  }

  private choose(id: string): void {
    this.focusId = id;
    if (id !== this.selected) this.refocus = id;
    this.dispatchEvent(new CustomEvent('gov-navigate', { detail: { id }, bubbles: true, composed: true }));
  }
}

/**
 * Lists nest down to this level; a body deeper than that is listed, in reading order, in the
 * group of its ancestor at this level, its own level still given by aria-level. Charts are a dozen
 * levels deep at most, and a list nested once per level of a chain thousands deep would indent far
 * past the panel and overflow the stack when rendered (each nested template is rendered inside
 * the one around it).
 */
const MAX_NESTING = 16;

/** A body as the outline lists it: its level, the entries of its subordinates, and where its own end. */
interface OutlineEntry {
  id: string;
  /** 1 for a top. */
  level: number;
  /** Indices of the entries of its subordinates. */
  kids: number[];
  /** Index of the last entry under it, or its own when it has none. */
  end: number;
}

/**
 * The bodies under each of `starts` (given `level`), depth first in drawing order, each start
 * followed by everything under it. A body's subordinates are those not yet in `seen` on reaching
 * it; every body listed is added to `seen`. Walked with a stack of its own, so a chain of any
 * depth is listed.
 */
function outlineEntries(
  children: ReadonlyMap<string, readonly string[]>,
  starts: readonly string[],
  level: number,
  seen: Set<string>,
): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const frames: { index: number; kids: string[]; next: number }[] = [];
  const enter = (id: string, at: number): number => {
    seen.add(id);
    const index = entries.push({ id, level: at, kids: [], end: 0 }) - 1;
    frames.push({ index, kids: (children.get(id) ?? []).filter((c) => !seen.has(c)), next: 0 });
    return index;
  };
  for (const start of starts) {
    enter(start, level);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const entry = entries[frame.index]!;
      const kid = frame.kids[frame.next++];
      if (kid === undefined) {
        entry.end = entries.length - 1;
        frames.pop();
      } else entry.kids.push(enter(kid, entry.level + 1));
    }
  }
  return entries;
}

/**
 * The list items of the starts of `entries` (see outlineEntries), each made by `item` with the
 * items of its group, which hold the rest; built from the last entry back, without recursion.
 */
function outlineItems(
  entries: readonly OutlineEntry[],
  item: (entry: OutlineEntry, group: readonly TemplateResult[]) => TemplateResult,
): TemplateResult[] {
  const made: TemplateResult[] = new Array(entries.length);
  const inside = new Set<number>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const group: TemplateResult[] = [];
    if (entry.level < MAX_NESTING) for (const kid of entry.kids) group.push(made[kid]!);
    else if (entry.level === MAX_NESTING) for (let j = i + 1; j <= entry.end; j++) group.push(made[j]!);
    for (const kid of entry.kids) inside.add(kid);
    made[i] = item(entry, group);
  }
  return made.filter((_, i) => !inside.has(i));
}
