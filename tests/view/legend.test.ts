import { describe, expect, it } from 'vitest';
import { relationTypeTable } from '../../model/relation-types.js';
import { type LegendGroup, legendGroups, lineSwatch, nodeSwatch } from '../../src/view/legend.js';
import { lineSwatchPaths, nodeSwatchPaths, SWATCH_SIZE, swatchPaths } from '../../src/view/swatch.js';
import { DARK_THEME, LIGHT_THEME } from '../../src/view/theme.js';

const builtins = relationTypeTable(undefined);
const box = { x: 0, y: 0, ...SWATCH_SIZE };
const keys = (group: LegendGroup) => group.entries.map((e) => e.key);

describe('legendGroups', () => {
  describe('for a set of kinds and relation types', () => {
    const [bodies, relations] = legendGroups({
      kinds: new Set(['team', 'zeta-unit', 'body', 'alpha-unit']),
      types: new Set(['supports', 'part-of', 'oversees', 'hosted-by']),
      definitions: builtins,
      theme: LIGHT_THEME,
    });

    it('heads the groups Bodies and Relations, kinds first', () => {
      expect([bodies.heading, bodies.of, relations.heading, relations.of]).toEqual([
        'Bodies',
        'kind',
        'Relations',
        'type',
      ]);
    });

    it('lists known kinds in the model order of kinds, then kinds of its own by name', () => {
      expect(keys(bodies)).toEqual(['body', 'team', 'alpha-unit', 'zeta-unit']);
      expect(bodies.entries.map((e) => e.label)).toEqual(['Body', 'Team or capability', 'Alpha-unit', 'Zeta-unit']);
    });

    it('lists relation types in the order of their definitions, chain of command first', () => {
      expect(keys(relations)).toEqual(['oversees', 'part-of', 'hosted-by', 'supports']);
      expect(relations.entries.map((e) => e.label)).toEqual(['Oversees', 'Is part of', 'Is hosted by', 'Supports']);
      expect(relations.entries.map((e) => e.chainOfCommand)).toEqual([true, true, false, false]);
    });

    it('has no counts when given sets', () => {
      expect([...bodies.entries, ...relations.entries].every((e) => e.count === null)).toBe(true);
    });
  });

  it('carries the counts it is given, and marks no kind as chain of command', () => {
    const [bodies, relations] = legendGroups({
      kinds: new Map([['committee', 3]]),
      types: new Map([['oversees', 2]]),
      definitions: builtins,
      theme: LIGHT_THEME,
    });
    expect(bodies.entries.map((e) => [e.key, e.count, e.chainOfCommand])).toEqual([['committee', 3, false]]);
    expect(relations.entries.map((e) => [e.key, e.count])).toEqual([['oversees', 2]]);
  });

  it("puts a model's declared types after the built-in ones and undefined types last by label", () => {
    const definitions = relationTypeTable({ chairs: { label: 'chairs', chainOfCommand: true } });
    const [, relations] = legendGroups({
      kinds: new Set(),
      types: new Set(['zz-unknown', 'chairs', 'aa-unknown', 'supports']),
      definitions,
      theme: LIGHT_THEME,
    });
    expect(keys(relations)).toEqual(['supports', 'chairs', 'aa-unknown', 'zz-unknown']);
    expect(relations.entries.map((e) => e.label)).toEqual(['Supports', 'Chairs', 'Aa-unknown', 'Zz-unknown']);
  });

  it('returns both groups even when nothing is drawn', () => {
    const groups = legendGroups({ kinds: new Set(), types: new Set(), definitions: builtins, theme: LIGHT_THEME });
    expect(groups.map((g) => g.entries.length)).toEqual([0, 0]);
  });
});

describe('swatch descriptors', () => {
  it('draw part-of with a diamond at the source end and nothing at the target end', () => {
    expect(lineSwatch('part-of', builtins.get('part-of'), LIGHT_THEME)).toEqual({
      kind: 'line',
      color: '#334155',
      width: 2.2,
      dash: null,
      sourceArrow: 'diamond',
      targetArrow: 'none',
    });
  });

  it('give dashed and dotted types their dash pattern in pixels', () => {
    expect(lineSwatch('cooperates-with', undefined, LIGHT_THEME).dash).toEqual([9.600000000000001, 6.4]);
    expect(lineSwatch('hosted-by', undefined, LIGHT_THEME)).toMatchObject({ dash: [1.6, 4], targetArrow: 'square' });
  });

  it('draw a body in its kind shape, pale in light themes and dark in dark ones, with a plain border', () => {
    expect(nodeSwatch('command', LIGHT_THEME)).toEqual({
      kind: 'node',
      shape: 'rectangle',
      fill: '#e4e8e3',
      border: '#3d5a3a',
      borderWidth: 1.5,
    });
    expect(nodeSwatch('command', DARK_THEME).fill).toBe('#1b281a');
  });
});

describe('swatch paths', () => {
  it('centre a body shape 1.5 × the box height wide and 0.9 × tall, outlined with the border', () => {
    const swatch = nodeSwatch('command', LIGHT_THEME);
    expect(nodeSwatchPaths(swatch, { x: 10, y: 20, width: 40, height: 20 })).toEqual([
      { d: 'M15,21H45V39H15Z', fill: '#e4e8e3', stroke: '#3d5a3a', strokeWidth: '1.5', dashArray: null },
    ]);
  });

  it('stop the line short of a triangle head whose tip is 2 px inside the box', () => {
    const [line, head, ...rest] = lineSwatchPaths(lineSwatch('oversees', undefined, LIGHT_THEME), box);
    // Head length 0.3 × 31.9 px and the line stopped 2 × 2.2 × 1.1 = 4.84 px before the tip, as Cytoscape does.
    expect(line).toEqual({ d: 'M2,10H33.16', fill: 'none', stroke: '#1d4e89', strokeWidth: '2.2', dashArray: null });
    expect(head).toEqual({
      d: 'M28.43,14.79L38,10L28.43,5.21Z',
      fill: '#1d4e89',
      stroke: null,
      strokeWidth: null,
      dashArray: null,
    });
    expect(rest).toEqual([]);
  });

  it('draw the part-of diamond at the left end, pointing away from the line', () => {
    const [line, head] = lineSwatchPaths(lineSwatch('part-of', undefined, LIGHT_THEME), box);
    expect(line!.d).toBe('M4.42,10H38');
    expect(head!.d).toBe('M6.79,5.21L11.57,10L6.79,14.79L2,10Z');
  });

  it('keep a circle head inside the box by moving its centre in by its radius', () => {
    const [line, head] = lineSwatchPaths(lineSwatch('party-to', undefined, LIGHT_THEME), box);
    expect(head!.d).toBe('M28.43,10a4.79,4.79 0 1 0 9.57,0a4.79,4.79 0 1 0 -9.57,0Z');
    expect(line).toMatchObject({ d: 'M2,10H34.92', dashArray: '8.4 5.6' });
  });

  it('write the dash pattern rounded to hundredths', () => {
    const [line] = lineSwatchPaths(lineSwatch('cooperates-with', undefined, LIGHT_THEME), box);
    expect(line!.dashArray).toBe('9.6 6.4');
  });

  it('choose the drawing by the kind of swatch', () => {
    const node = nodeSwatch('body', LIGHT_THEME);
    const line = lineSwatch('oversees', undefined, LIGHT_THEME);
    expect(swatchPaths(node, box)).toEqual(nodeSwatchPaths(node, box));
    expect(swatchPaths(line, box)).toEqual(lineSwatchPaths(line, box));
  });
});
