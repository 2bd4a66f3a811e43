import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** The side panel's tabs. */
export const PanelTab = {
  details: 'details',
  legend: 'legend',
  path: 'path',
  outline: 'outline',
} as const;
export type PanelTab = (typeof PanelTab)[keyof typeof PanelTab];

const TABS: readonly { id: PanelTab; label: string }[] = [
  { id: PanelTab.details, label: 'Details' },
  { id: PanelTab.legend, label: 'Legend' },
  { id: PanelTab.path, label: 'Path' },
  { id: PanelTab.outline, label: 'Outline' },
];

/**
 * The side panel as an ARIA tab set: which tab is open, and whether the panel is folded away (on
 * narrow widths). Renders the tablist (`renderTabs`) and wraps each tab's content in its tabpanel
 * (`renderPanel`), ids `tab-<tab>` and `panel-<tab>`; arrow keys move between tabs, focus
 * following.
 */
export class PanelController {
  tab: PanelTab = PanelTab.legend;
  collapsed = true;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Shows a tab, and unless `unfold` is false also unfolds the panel. */
  open(tab: PanelTab, unfold = true): void {
    this.tab = tab;
    if (unfold) this.collapsed = false;
    this.host.requestUpdate();
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
    this.host.requestUpdate();
  }

  renderTabs(): TemplateResult {
    return html`<div role="tablist" aria-label="Panels">
      ${TABS.map(
        (t) => html`<button
          role="tab"
          id="tab-${t.id}"
          aria-controls="panel-${t.id}"
          aria-selected=${this.tab === t.id ? 'true' : 'false'}
          tabindex=${this.tab === t.id ? '0' : '-1'}
          @click=${() => this.open(t.id)}
          @keydown=${this.onKey}
        >
          ${t.label}
        </button>`,
      )}
    </div>`;
  }

  renderPanel(tab: PanelTab, content: unknown): TemplateResult {
    return html`<div role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}" ?hidden=${this.tab !== tab}>
      ${content}
    </div>`;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = TABS.findIndex((t) => t.id === this.tab);
    const next = TABS[(index + step + TABS.length) % TABS.length]!.id;
    const tablist = (event.currentTarget as HTMLElement).parentElement;
    this.open(next);
    void this.host.updateComplete.then(() => tablist?.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };
}
