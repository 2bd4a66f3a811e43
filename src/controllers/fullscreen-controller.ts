import type { ReactiveController, ReactiveControllerHost } from 'lit';

declare global {
  interface HTMLElementEventMap {
    'gov-fullscreen-request': Event;
  }
}

/** Whether this page may show an element fullscreen (not in an iframe without `allowfullscreen`, say). */
export function fullscreenSupported(): boolean {
  return typeof HTMLElement.prototype.requestFullscreen === 'function' && document.fullscreenEnabled !== false;
}

/**
 * Shows the host fullscreen, or leaves fullscreen, when asked by a `gov-fullscreen-request` event
 * (the Export menu's Fullscreen button). The canvas re-fits by itself: its size change is
 * watched (surface-watch.ts). A browser that refuses leaves it as it was.
 */
export class FullscreenController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('gov-fullscreen-request', this.toggle);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('gov-fullscreen-request', this.toggle);
  }

  private readonly toggle = (event: Event): void => {
    event.stopPropagation();
    if (document.fullscreenElement === this.host) void Promise.resolve(document.exitFullscreen()).catch(() => {});
    // A page may refuse (no user gesture, a permissions policy); the element stays as it was.
    else if (fullscreenSupported()) void Promise.resolve(this.host.requestFullscreen()).catch(() => {});
  };
}
