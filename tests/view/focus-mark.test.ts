import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AUTOMATIC_COLOURS } from '../../src/view/automatic-colours.generated.js';
import { DEFAULT_KIND_STYLE, FAMILY_STYLES, nodePaint } from '../../src/view/graph-style.js';
import { HighlightState } from '../../src/view/highlight-state.js';
import { HIGHLIGHT_PAINT } from '../../src/view/paint.js';
import { DARK_THEME, LIGHT_THEME } from '../../src/view/theme.js';

/** axe-core's colour maths, the one its contrast rules use (not in its type declarations). */
interface AxeColour {
  parseString(text: string): void;
}
const { color } = (
  axe as unknown as {
    commons: { color: { Color: new () => AxeColour; getContrast(a: AxeColour, b: AxeColour): number } };
  }
).commons;

/** The WCAG contrast ratio of two `#rrggbb` colours (1–21). */
function contrast(a: string, b: string): number {
  const [x, y] = [new color.Color(), new color.Color()];
  x.parseString(a);
  y.parseString(b);
  return color.getContrast(x, y);
}

/** WCAG 2.2, 1.4.11 Non-text Contrast: what a focus indicator needs against what it touches. */
const NON_TEXT_CONTRAST = 3;

const focusPaint = HIGHLIGHT_PAINT.find((row) => row.state === HighlightState.keyboardFocus)?.node;

describe('the keyboard focus mark on the diagram', () => {
  it('is an opaque ring of at least 3 px around the body, apart from its border', () => {
    expect(focusPaint?.outline?.width).toBeGreaterThanOrEqual(3);
    expect(focusPaint?.outline?.offset).toBeGreaterThan(0);
  });

  it('draws a dimmed body the keyboard is on whole', () => {
    const dimmed = HIGHLIGHT_PAINT.findIndex((row) => row.state === HighlightState.dimmed);
    const focus = HIGHLIGHT_PAINT.findIndex((row) => row.state === HighlightState.keyboardFocus);
    expect(focus).toBeGreaterThan(dimmed);
    expect(focusPaint?.opacity).toBe(1);
  });

  for (const theme of [LIGHT_THEME, DARK_THEME]) {
    it(`contrasts 3:1 or more with the background and every fill in the ${theme.mode} theme`, () => {
      const ring = theme[focusPaint!.outline!.color];
      const looks = [
        ...Object.entries(FAMILY_STYLES),
        ['default', DEFAULT_KIND_STYLE] as const,
        ...AUTOMATIC_COLOURS.map((hue) => [`automatic ${hue}`, { shape: 'round-rectangle', hue }] as const),
      ];
      const against = [
        ['background', theme.background],
        ...looks.map(([name, style]) => [name, nodePaint(style, theme).fill]),
      ];
      const weak = against
        .map(([name, fill]) => ({ name, ratio: contrast(ring, fill!) }))
        .filter(({ ratio }) => ratio < NON_TEXT_CONTRAST);
      expect(weak).toEqual([]);
    });
  }
});
