import { lab } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { kindTable } from '../../model/kinds.js';
import {
  FAMILY_STYLES,
  paletteOf,
  RELATION_FAMILY_STYLES,
  relationStyle,
  SECOND_SUPERIOR_STYLE,
} from '../../src/view/graph-style.js';
import { LIGHT_THEME } from '../../src/view/theme.js';

/** CIE76 colour difference: about 2.3 is just noticeable, above 15 reads as another colour. */
function difference(a: string, b: string): number {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

function closestPair(colours: Record<string, string>): { pair: string; difference: number } {
  const names = Object.keys(colours);
  let closest = { pair: '', difference: Number.POSITIVE_INFINITY };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const d = difference(colours[names[i]!]!, colours[names[j]!]!);
      if (d < closest.difference) closest = { pair: `${names[i]} / ${names[j]}`, difference: d };
    }
  }
  return closest;
}

describe('the looks of families and lines', () => {
  it('give no colour two meanings: families, lines and highlights all differ clearly', () => {
    for (const theme of [LIGHT_THEME]) {
      const colours: Record<string, string> = {
        line: RELATION_FAMILY_STYLES.chain.color,
        chain: theme.chainHighlight,
        subordinates: theme.subordinateHighlight,
        selection: theme.selection,
        path: theme.pathHighlight,
        added: theme.addedHighlight,
      };
      for (const [family, style] of Object.entries(FAMILY_STYLES)) colours[family] = style.hue;
      const closest = closestPair(colours);
      expect(closest.difference, closest.pair).toBeGreaterThan(15);
    }
  });

  it('give every family its own shape', () => {
    const shapes = Object.values(FAMILY_STYLES).map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('give every family of lines, and the second superior, its own stroke, dash and arrows', () => {
    const looks = [...Object.values(RELATION_FAMILY_STYLES), SECOND_SUPERIOR_STYLE].map((s) =>
      JSON.stringify([s.line, s.width, s.sourceArrow, s.targetArrow]),
    );
    expect(new Set(looks).size).toBe(looks.length);
    expect(relationStyle('chain', true)).toBe(SECOND_SUPERIOR_STYLE);
  });

  it("give a model's own families distinct automatic colours, also from the built-in ones", () => {
    const own = Array.from({ length: 12 }, (_, i) => `unit-${i}`);
    const palette = paletteOf(kindTable(undefined, own));
    const colours: Record<string, string> = {};
    for (const family of own) colours[family] = palette.family(family).hue;
    const closest = closestPair(colours);
    expect(closest.difference, closest.pair).toBeGreaterThan(10);
    // The first few keep clear of every colour that already means something.
    const meaning = [
      ...Object.values(FAMILY_STYLES).map((style) => style.hue),
      RELATION_FAMILY_STYLES.chain.color,
      LIGHT_THEME.chainHighlight,
      LIGHT_THEME.subordinateHighlight,
      LIGHT_THEME.selection,
      LIGHT_THEME.pathHighlight,
    ];
    for (const family of own.slice(0, 6)) {
      for (const other of meaning)
        expect(difference(colours[family]!, other), `${family} / ${other}`).toBeGreaterThan(15);
    }
    for (const family of own) expect(palette.family(family).shape).toBe('round-rectangle');
    expect(new Set(own.map((f) => palette.key(f))).size).toBe(own.length);
  });

  it("let a declared kind's colour and shape override its family's, and share a key with a kind that looks the same", () => {
    const palette = paletteOf(
      kindTable({
        board: { label: 'Board', family: 'political', colour: '#123456', shape: 'ellipse' },
        senate: { label: 'Senate', family: 'political' },
      }),
    );
    expect(palette.kind('board')).toEqual({ shape: 'ellipse', hue: '#123456' });
    expect(palette.kind('senate')).toEqual(FAMILY_STYLES.political);
    expect(palette.key('senate')).toBe(palette.key('committee'));
    expect(palette.key('board')).not.toBe(palette.key('committee'));
  });

  it('make one palette per kind table, so that every year of a model draws alike', () => {
    const table = kindTable(undefined, ['x']);
    expect(paletteOf(table)).toBe(paletteOf(table));
  });
});
