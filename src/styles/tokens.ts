import { css } from 'lit';

// Written once and used by both the attribute and the media query below.
const dark = css`
  --_bg: var(--gov-background, #14181f);
  --_surface: var(--gov-surface, #1d232c);
  --_text: var(--gov-text, #e8edf3);
  --_muted: var(--gov-muted-text, #a3adba);
  --_border: var(--gov-border, #36404d);
  --_accent: var(--gov-accent, #69b1ff);
  --_accent-text: var(--gov-accent-text, #0b1420);
  --_focus: var(--gov-focus-ring, #ff7a45);
  --_danger: var(--gov-danger, #ff7875);
`;

/**
 * Design tokens. Hosts theme the widget by setting these `--gov-*` custom properties on the
 * element; the internal `--_*` names resolve them against light and dark defaults. Only the
 * outer element declares them: the inner elements inherit them, so that the `theme` attribute,
 * which only the outer element has, reaches every panel.
 */
export const tokens = css`
  :host {
    --_bg: var(--gov-background, #ffffff);
    --_surface: var(--gov-surface, #f5f7fa);
    --_text: var(--gov-text, #1b2430);
    --_muted: var(--gov-muted-text, #5b6675);
    --_border: var(--gov-border, #d5dbe3);
    --_accent: var(--gov-accent, #0b5cad);
    --_accent-text: var(--gov-accent-text, #ffffff);
    --_focus: var(--gov-focus-ring, #d4380d);
    --_danger: var(--gov-danger, #b42318);
    --_font: var(--gov-font-family, 'Inter', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'DejaVu Sans', sans-serif);
    --_radius: var(--gov-radius, 6px);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
`;

/** Controls shared by the panels: buttons, links that select bodies, headings, focus rings. */
export const controls = css`
  :host {
    font-family: var(--_font);
    color: var(--_text);
    font-size: 14px;
    line-height: 1.4;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 10px;
    min-height: 32px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
    text-align: start;
  }
  h2,
  h3 {
    margin: 0 0 6px;
    line-height: 1.25;
  }
  h2 {
    font-size: 17px;
  }
  h3 {
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin-top: 14px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
