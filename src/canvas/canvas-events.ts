import type { Core, EventObject, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { ExpandChangeDetail } from '../view/collapse.js';
import { isBadgeKey, modelId } from '../view/element-key.js';

/** A tap on a body (its id) or on the background (null). */
export interface CanvasSelectDetail {
  id: string | null;
}

/**
 * The pointer entered a body (its id, and where its tooltip goes: just below the body, in the
 * canvas's CSS pixels) or left it, or the view moved under it (id null, x and y 0).
 */
export interface CanvasHoverDetail {
  id: string | null;
  x: number;
  y: number;
  /** Over a collapsed body's "+N" badge: what the badge does ("Show 12 hidden subordinates"). */
  title?: string;
}

/**
 * Turns what Cytoscape reports about the pointer into the canvas's own events, dispatched on the
 * host, bubbling and composed: `gov-canvas-select`, `gov-canvas-hover`, and `gov-expand-change`
 * for a tap on a collapsed body's "+N" badge (which expands it). One per host, bound to
 * each Cytoscape instance in turn: `attach` and `detach` add and remove the same listeners.
 */
export class CanvasEvents {
  private cy: Core | null = null;
  /** The body under the pointer, kept across instances so that a moved view still clears its tooltip. */
  private hovered: string | null = null;

  constructor(private readonly host: HTMLElement) {}

  attach(cy: Core): void {
    this.detach();
    this.cy = cy;
    cy.on('tap', this.onTap);
    cy.on('mouseover', 'node', this.onHover);
    cy.on('mouseout', 'node', this.onHover);
    cy.on('viewport', this.onViewport);
  }

  /** Harmless when not attached. */
  detach(): void {
    const cy = this.cy;
    if (!cy) return;
    this.cy = null;
    cy.off('tap', this.onTap);
    cy.off('mouseover', 'node', this.onHover);
    cy.off('mouseout', 'node', this.onHover);
    cy.off('viewport', this.onViewport);
  }

  private hover(detail: CanvasHoverDetail): void {
    this.host.dispatchEvent(new CustomEvent('gov-canvas-hover', { detail, bubbles: true, composed: true }));
  }

  private readonly onHover = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    const over = event.type === 'mouseover';
    this.hovered = over ? modelId(node.id()) : null;
    const box = node.renderedBoundingBox({ includeLabels: false });
    const badge = over && isBadgeKey(node.id()) ? { title: String(node.data('title')) } : {};
    this.hover({ id: this.hovered, x: (box.x1 + box.x2) / 2, y: box.y2 + 6, ...badge });
  };

  /** A tooltip would point at nothing once the view moves. */
  private readonly onViewport = (): void => {
    if (this.hovered === null) return;
    this.hovered = null;
    this.hover({ id: null, x: 0, y: 0 });
  };

  private readonly onTap = (event: EventObject): void => {
    let id: string | null;
    if (event.target === this.cy) id = null;
    else {
      const element = event.target as SingularElementReturnValue;
      if (!element.isNode()) return;
      id = modelId(element.id());
      if (isBadgeKey(element.id())) {
        const detail: ExpandChangeDetail = { id, expanded: true };
        this.host.dispatchEvent(new CustomEvent('gov-expand-change', { detail, bubbles: true, composed: true }));
        return;
      }
    }
    const detail: CanvasSelectDetail = { id };
    this.host.dispatchEvent(new CustomEvent('gov-canvas-select', { detail, bubbles: true, composed: true }));
  };
}
