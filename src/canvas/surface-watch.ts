import type { Core } from 'cytoscape';

/** The pointer events that start whatever Cytoscape does with the pointer (hover, tap, zoom). */
const POINTER_EVENTS = ['mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * Tells Cytoscape when its drawing surface changed size or moved on screen, which inside a
 * shadow root it cannot find out alone. One per host element, bound to each Cytoscape instance
 * in turn: `attach` adds a ResizeObserver on the host and capturing pointer listeners, `detach`
 * removes exactly those.
 */
export class SurfaceWatch {
  private cy: Core | null = null;
  private observer: ResizeObserver | null = null;
  /**
   * The host's size when last seen, in CSS pixels. Kept across instances: a reconnected host of
   * the same size is not fitted a second time.
   */
  private lastSize = { width: 0, height: 0 };
  /** Where the drawing surface was on screen when Cytoscape last measured it. */
  private surfaceAt = { x: Number.NaN, y: Number.NaN };

  /**
   * @param host - The element whose box the drawing surface fills, and whose pointer events reach it.
   * @param sized - Called after a resize to a non-empty size (a widget that started hidden, too).
   */
  constructor(
    private readonly host: HTMLElement,
    private readonly sized: () => void,
  ) {}

  attach(cy: Core): void {
    this.detach();
    this.cy = cy;
    this.surfaceAt = { x: Number.NaN, y: Number.NaN };
    this.observer = new ResizeObserver(this.onResize);
    this.observer.observe(this.host);
    for (const type of POINTER_EVENTS)
      this.host.addEventListener(type, this.onPointer, { capture: true, passive: true });
  }

  /** Harmless when not attached. */
  detach(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const type of POINTER_EVENTS) this.host.removeEventListener(type, this.onPointer, { capture: true });
    this.cy = null;
  }

  /**
   * Cytoscape caches where its container is on screen, and forgets it when an ancestor scrolls;
   * but it looks for ancestors only up to the shadow root, so it never hears the page scroll, and
   * nothing tells it when the page's layout moves the widget. Then clicks would miss their body.
   */
  private readonly onPointer = (): void => {
    const cy = this.cy;
    if (!cy) return;
    const box = cy.container()?.getBoundingClientRect();
    if (!box || (box.left === this.surfaceAt.x && box.top === this.surfaceAt.y)) return;
    this.surfaceAt = { x: box.left, y: box.top };
    cy.resize();
  };

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    const box = entries[entries.length - 1]?.contentRect;
    const cy = this.cy;
    if (!box || !cy) return;
    if (box.width === this.lastSize.width && box.height === this.lastSize.height) return;
    this.lastSize = { width: box.width, height: box.height };
    cy.resize();
    if (box.width > 0 && box.height > 0) this.sized();
  };
}
