import { html, type ReactiveControllerHost } from 'lit';

/**
 * What the host says to screen readers that the screen shows without words: where the keyboard
 * went, that a download started. Rendered as one polite live region (`render()`), visually hidden.
 */
export class LiveRegionController {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Reads `text` out, even when it is what was read last. */
  announce(text: string): void {
    // Setting the same text again would not be read again: a trailing space makes it a change.
    this.text = this.text === text ? `${text} ` : text;
    this.host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" aria-live="polite">${this.text}</div>`;
  }
}
