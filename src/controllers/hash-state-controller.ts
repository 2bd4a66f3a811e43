import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHashState, type HashState, parseHashState } from '../hash-state.js';

export interface HashStateOptions {
  /** Whether the host wants its state in the location hash now (read on connect and after each update). */
  enabled: () => boolean;
  /** The host's state as it is now, to write. */
  read: () => HashState;
  /** Takes a state from the hash: on binding, and when the reader goes back or forward. */
  apply: (state: HashState) => void;
}

/**
 * Keeps a view state in the page's location hash, so that a copied link reproduces the view and
 * the back button steps back through it. Like Lit's ContextConsumer, it follows its switch:
 * bound while the host is connected and `enabled()` is true, whenever either becomes so, and
 * unbound as soon as either stops. Binding takes the state the hash holds then.
 */
export class HashStateController implements ReactiveController {
  private readonly options: HashStateOptions;
  private connected = false;
  private bound = false;

  constructor(host: ReactiveControllerHost, options: HashStateOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.follow();
  }

  /**
   * Writes the host's state into the hash, as a new history entry or (`replace`) in place of the
   * current one; nothing while unbound or when the hash already says the same.
   */
  push(replace = false): void {
    if (!this.bound) return;
    const hash = formatHashState(this.options.read());
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  private follow(): void {
    const wanted = this.connected && this.options.enabled();
    if (wanted === this.bound) return;
    this.bound = wanted;
    if (wanted) {
      window.addEventListener('hashchange', this.onHashChange);
      this.onHashChange();
    } else {
      window.removeEventListener('hashchange', this.onHashChange);
    }
  }

  private readonly onHashChange = (): void => this.options.apply(parseHashState(location.hash));
}
