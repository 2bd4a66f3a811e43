import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { GovernanceGraph } from '../model/graph.js';
import { kindLabel } from '../model/kinds.js';

/** A body under the pointer, and where its tooltip goes, in the canvas's pixels. */
export interface Hover {
  id: string;
  x: number;
  y: number;
  /** Over a collapsed body's badge: what the badge does, shown instead of the body's name. */
  title?: string;
}

/**
 * The tooltip of the body under the pointer: full name, acronym, kind and dates. Canvas labels
 * cannot carry a title attribute, so this stands in for one. Nothing when no body of `graph` is
 * hovered. Styled by the `.tooltip` rule of the widget's styles.
 */
export function bodyTooltip(graph: GovernanceGraph | null, hover: Hover | null) {
  if (!hover || !graph?.hasNode(hover.id)) return nothing;
  const e = graph.getNodeAttributes(hover.id);
  const badge = hover.title;
  const dates = [e.since ? `since ${e.since}` : '', e.until ? `until ${e.until}` : ''].filter(Boolean).join(', ');
  // Placed through the CSSOM, which a strict style-src policy allows. A style attribute it would
  // refuse, and Lit's styleMap writes one when it first renders.
  const place = (element: Element | undefined) => {
    if (!(element instanceof HTMLElement)) return;
    element.style.left = `${hover.x}px`;
    element.style.top = `${hover.y}px`;
  };
  if (badge !== undefined) return html`<div class="tooltip" role="tooltip" ${ref(place)}>${badge}</div>`;
  return html`<div class="tooltip" role="tooltip" ${ref(place)}>
    <strong>${e.name}</strong>${e.acronym ? ` (${e.acronym})` : ''}
    <span>${kindLabel(e.kind, graph.getAttribute('kinds'))}${dates ? ` · ${dates}` : ''}</span>
  </div>`;
}
