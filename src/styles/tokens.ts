import { type CSSResult, css, unsafeCSS } from 'lit';
import { DARK_THEME, LIGHT_THEME, THEME_PROPERTIES, type Theme } from '../view/theme.js';

/** The internal custom property each theme value is read through in the panels' CSS. */
const TOKEN_NAMES = {
  background: '--_bg',
  surface: '--_surface',
  text: '--_text',
  mutedText: '--_muted',
  border: '--_border',
  accent: '--_accent',
  accentText: '--_accent-text',
  focusRing: '--_focus',
  danger: '--_danger',
  addedHighlight: '--_added',
  fontFamily: '--_font',
} as const satisfies Partial<Record<keyof Theme, `--_${string}`>>;

/**
 * `--_bg: var(--gov-background, #ffffff);` and so on: each internal name resolves the host's
 * `--gov-*` property against the theme's own value. Generated from the theme definition, so the
 * panels and the canvas cannot disagree on a default. The values are the project's own
 * constants, never data from a model.
 */
function declarations(theme: Theme): CSSResult {
  const lines = (Object.entries(TOKEN_NAMES) as [keyof typeof TOKEN_NAMES, string][]).map(
    ([key, token]) => `${token}: var(${THEME_PROPERTIES[key]}, ${theme[key]});`,
  );
  return unsafeCSS(lines.join('\n'));
}

const dark = declarations(DARK_THEME);

/**
 * Design tokens. Hosts theme the widget by setting the `--gov-*` custom properties on the
 * element; the internal `--_*` names resolve them against the light and dark themes. Only the
 * outer element declares them: the inner elements inherit them, so that the `theme` attribute,
 * which only the outer element has, reaches every panel.
 */
export const tokens = css`
  :host {
    ${declarations(LIGHT_THEME)}
    --_radius: var(--gov-radius, 6px);
    /* Under whatever floats over the diagram: menus, suggestion lists, tooltips. */
    --_shadow: 0 6px 20px rgb(0 0 0 / 0.15);
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
