import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { tokens } from '../../src/styles/tokens.js';
import { DARK_THEME, LIGHT_THEME, THEME_PROPERTIES, themeFromProperties } from '../../src/view/theme.js';

/** The declarations inside the first block whose selector starts with `selector`. */
function block(css: string, selector: string): string {
  const start = css.indexOf(selector);
  return css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
}

describe('the panels’ CSS tokens', () => {
  const css = tokens.cssText;

  it('default to the light theme’s values, each overridable by its --gov-* property', () => {
    const light = block(css, ':host {');
    expect(light).toContain(`--_bg: var(--gov-background, ${LIGHT_THEME.background});`);
    expect(light).toContain(`--_accent: var(--gov-accent, ${LIGHT_THEME.accent});`);
    expect(light).toContain(`--_focus: var(--gov-focus-ring, ${LIGHT_THEME.focusRing});`);
    expect(light).toContain(`--_font: var(--gov-font-family, ${LIGHT_THEME.fontFamily});`);
  });

  it('take the dark theme’s values under theme="dark" and under a dark colour-scheme preference', () => {
    const dark = block(css, ":host([theme='dark'])");
    const preferred = block(css, ":host(:not([theme='light']))");
    for (const text of [dark, preferred]) {
      expect(text).toContain(`--_bg: var(--gov-background, ${DARK_THEME.background});`);
      expect(text).toContain(`--_muted: var(--gov-muted-text, ${DARK_THEME.mutedText});`);
      expect(text).toContain(`--_danger: var(--gov-danger, ${DARK_THEME.danger});`);
    }
  });

  it('write no colour of their own: every hex colour in them comes from a theme', () => {
    const colours = new Set(css.match(/#[0-9a-f]{3,8}\b/gi));
    const themed = new Set([...Object.values(LIGHT_THEME), ...Object.values(DARK_THEME)]);
    expect([...colours].filter((c) => !themed.has(c))).toEqual([]);
  });
});

describe('themeFromProperties', () => {
  it('overrides the theme with the custom properties a host page sets, and keeps the rest', () => {
    const set: Record<string, string> = { [THEME_PROPERTIES.chainHighlight]: ' #123456 ', '--gov-text': '' };
    const theme = themeFromProperties(LIGHT_THEME, (p) => set[p] ?? '');
    expect(theme).toEqual({ ...LIGHT_THEME, chainHighlight: '#123456' });
  });
});

/** WCAG 2 relative luminance; d3-color gives the channels but has no contrast ratio. */
function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the outline of what is new in a year', () => {
  it('stands out at 3:1 or more against the background and the bodies’ bars in both themes', () => {
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      expect(contrast(theme.addedHighlight, theme.background), theme.mode).toBeGreaterThanOrEqual(3);
      expect(contrast(theme.addedHighlight, theme.surface), theme.mode).toBeGreaterThanOrEqual(3);
    }
  });
});
