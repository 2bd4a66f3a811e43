import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { BUILTIN_KINDS } from '../../model/kinds.js';
import { cytoscapeStyle } from '../../src/view/cytoscape-style.js';
import { paletteOf } from '../../src/view/graph-style.js';
import { EdgeRole, type ViewEdge } from '../../src/view/graph-view.js';
import { HIGHLIGHT_STATES, HighlightState } from '../../src/view/highlight-state.js';
import { layerLinePaint } from '../../src/view/layer-lines.js';
import { HIGHLIGHT_PAINT, PLAIN_WIDTH } from '../../src/view/paint.js';
import { DARK_THEME, LIGHT_THEME, type Theme } from '../../src/view/theme.js';

/** A tree link as the line layer draws it. */
const TREE_LINK: ViewEdge = {
  id: 'line',
  source: 'a',
  target: 'b',
  type: 'oversees',
  family: 'chain',
  role: EdgeRole.treeLink,
  inferred: false,
  stacked: false,
  grouped: false,
  bundled: false,
};

const PALETTE = paletteOf(BUILTIN_KINDS);

/** Cytoscape reports colours as `rgb(r,g,b)`. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

/**
 * A headless Cytoscape (no DOM) with the stylesheet applied: what it resolves is what the canvas
 * draws. The states are given at creation: a class added later would fade in over 150 ms.
 */
function headless(theme: Theme, nodeStates: readonly string[] = [], edgeStates: readonly string[] = []): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: cytoscapeStyle(theme),
    elements: [
      {
        group: 'nodes',
        data: { id: 'a', label: 'A', styleKey: PALETTE.key('body'), width: 176, height: 40 },
        classes: nodeStates.join(' '),
      },
      { group: 'nodes', data: { id: 'b', label: 'B', styleKey: PALETTE.key('agency'), width: 176, height: 40 } },
      {
        group: 'edges',
        data: { id: 'line', source: 'a', target: 'b', styleKey: 'chain' },
        classes: [EdgeRole.secondSuperior, ...edgeStates].join(' '),
      },
    ],
  });
}

describe('cytoscapeStyle', () => {
  for (const theme of [LIGHT_THEME, DARK_THEME]) {
    describe(`in the ${theme.mode} theme`, () => {
      it('draws each highlight state on a body as the paint table says', () => {
        const plain = headless(theme).getElementById('a').style('border-color');
        for (const { state, node: paint } of HIGHLIGHT_PAINT) {
          const node = headless(theme, [state]).getElementById('a');
          const border = paint?.border ? rgb(theme[paint.border]) : plain;
          expect(node.style('border-color'), state).toBe(border);
          expect(node.numericStyle('border-width'), state).toBe(paint?.borderWidth ?? PLAIN_WIDTH);
          expect(node.numericStyle('opacity'), state).toBe(paint?.opacity ?? 1);
          expect(node.style('font-weight'), state).toBe(paint?.bold ? 'bold' : 'normal');
          expect(node.numericStyle('overlay-opacity'), state).toBe(paint?.overlay?.opacity ?? 0);
          if (paint?.overlay) expect(node.style('overlay-color')).toBe(rgb(theme[paint.overlay.color]));
          expect(node.numericStyle('outline-width'), state).toBe(paint?.outline?.width ?? 0);
          if (paint?.outline) {
            expect(node.style('outline-color'), state).toBe(rgb(theme[paint.outline.color]));
            expect(node.numericStyle('outline-offset'), state).toBe(paint.outline.offset);
          }
        }
      });

      it('draws each highlight state on a line as the paint table says', () => {
        const line = headless(theme).getElementById('line');
        const plain = { color: line.style('line-color'), width: line.numericStyle('width') };
        for (const { state, edge: paint } of HIGHLIGHT_PAINT) {
          const edge = headless(theme, [], [state]).getElementById('line');
          const color = paint?.color ? rgb(theme[paint.color]) : plain.color;
          expect(edge.style('line-color'), state).toBe(color);
          expect(edge.style('target-arrow-color'), state).toBe(color);
          expect(edge.numericStyle('width'), state).toBe(paint?.width ?? plain.width);
          if (paint?.opacity !== undefined) expect(edge.numericStyle('opacity'), state).toBe(paint.opacity);
        }
      });

      it('paints a reporting line like a tree link under every single state and pair of states', () => {
        const sets: HighlightState[][] = [[], ...HIGHLIGHT_STATES.map((s) => [s])];
        sets.push(
          [HighlightState.superior, HighlightState.onPath],
          [HighlightState.dimmed, HighlightState.subordinate],
        );
        for (const states of sets) {
          const edge = headless(theme, [], states).getElementById('line');
          const tree = layerLinePaint(TREE_LINK, states, theme);
          const label = states.join('+') || 'plain';
          expect(edge.style('line-color'), label).toBe(rgb(tree.color));
          expect(edge.numericStyle('width'), label).toBe(tree.width);
          expect(edge.numericStyle('opacity'), label).toBeCloseTo(tree.opacity, 6);
        }
      });
    });
  }

  it('lets a later state in the table win: a selected body on a path has the selection border', () => {
    const node = headless(LIGHT_THEME, [HighlightState.onPath, HighlightState.selected]).getElementById('a');
    expect(node.style('border-color')).toBe(rgb(LIGHT_THEME.selection));
  });
});
