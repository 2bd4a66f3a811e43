import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from './define-element.js';
import { controls } from './styles/tokens.js';
import { RelationsShown } from './view/relations-shown.js';
import type { LayoutDirection } from './view/tree-layout.js';

/** What the toolbar's buttons ask the widget to do. */
export const ToolbarAction = {
  fit: 'fit',
  zoomIn: 'zoom-in',
  zoomOut: 'zoom-out',
  direction: 'direction',
  /** Switches between every relation and the selected body's only. */
  relations: 'relations',
  reset: 'reset',
} as const;
export type ToolbarAction = (typeof ToolbarAction)[keyof typeof ToolbarAction];

declare global {
  interface HTMLElementTagNameMap {
    'gov-toolbar': GovToolbar;
  }
  interface HTMLElementEventMap {
    'gov-toolbar-action': CustomEvent<{ action: ToolbarAction }>;
  }
}

const BUTTONS: { action: ToolbarAction; text: string; label: string }[] = [
  { action: ToolbarAction.fit, text: 'Fit', label: 'Fit the whole diagram in view' },
  { action: ToolbarAction.zoomIn, text: '+', label: 'Zoom in' },
  { action: ToolbarAction.zoomOut, text: '−', label: 'Zoom out' },
  { action: ToolbarAction.direction, text: '', label: '' },
  { action: ToolbarAction.relations, text: 'All relations', label: '' },
  { action: ToolbarAction.reset, text: 'Reset', label: 'Clear selection, filters and year; collapse as at first' },
];

/**
 * View controls: fit, zoom, layout direction, all relations or the selection's, reset.
 *
 * @event gov-toolbar-action - A button was pressed (detail.action).
 */
@defineElement('gov-toolbar')
export class GovToolbar extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        gap: 4px;
      }
      button {
        min-width: 32px;
      }
    `,
  ];

  @property() direction: LayoutDirection = 'TB';
  /** Which relations outside the chain of command are drawn; the switch is pressed for `all`. */
  @property() relations: RelationsShown = RelationsShown.selected;

  protected override render() {
    return html`<div class="bar" role="toolbar" aria-label="View">
      ${BUTTONS.map((b) => {
        if (b.action === ToolbarAction.direction) {
          const next = this.direction === 'TB' ? 'left to right' : 'top down';
          return html`<button title="Lay out ${next}" @click=${() => this.fire(ToolbarAction.direction)}>
            ${this.direction === 'TB' ? '↓ Top-down' : '→ Left-right'}
          </button>`;
        }
        if (b.action === ToolbarAction.relations) {
          const all = this.relations === RelationsShown.all;
          return html`<button
            aria-pressed=${all ? 'true' : 'false'}
            title=${all ? 'Draw only the selected body’s relations besides the chain of command' : 'Draw every relation, not only the chain of command and the selected body’s'}
            @click=${() => this.fire(ToolbarAction.relations)}
          >
            ${b.text}
          </button>`;
        }
        // Symbols need a spoken name; words speak for themselves (and must match what is seen).
        const symbol = b.text.length === 1;
        return html`<button title=${b.label} aria-label=${symbol ? b.label : nothing} @click=${() => this.fire(b.action)}>
          ${b.text}
        </button>`;
      })}
    </div>`;
  }

  private fire(action: ToolbarAction): void {
    this.dispatchEvent(new CustomEvent('gov-toolbar-action', { detail: { action }, bubbles: true, composed: true }));
  }
}
