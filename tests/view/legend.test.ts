import { describe, expect, it } from 'vitest';
import { kindTable } from '../../model/kinds.js';
import { relationTypeTable } from '../../model/relation-types.js';
import { FAMILY_STYLES, type RelationStyle, relationStyle, UNDATED_DASH } from '../../src/view/graph-style.js';
import {
  ADDED_ENTRY,
  INFERRED_ENTRY,
  type LegendGroup,
  legendGroups,
  lineSwatch,
  nodeSwatch,
  SECOND_SUPERIOR_ENTRY,
  UNDATED_ENTRY,
} from '../../src/view/legend.js';
import { CHAIN_WIDTH } from '../../src/view/paint.js';
import { lineSwatchPaths, nodeSwatchPaths, SWATCH_SIZE, swatchPaths } from '../../src/view/swatch.js';
import { DARK_THEME, LIGHT_THEME } from '../../src/view/theme.js';

const builtins = relationTypeTable(undefined);
const box = { x: 0, y: 0, ...SWATCH_SIZE };
const keys = (group: LegendGroup) => group.entries.map((e) => e.key);

const builtinKinds = kindTable();
const input = { definitions: builtins, kindTable: builtinKinds, secondSuperiors: 0, theme: LIGHT_THEME };

describe('legendGroups', () => {
  describe('for a set of kinds and relation types', () => {
    const table = kindTable(undefined, ['zeta-unit', 'alpha-unit']);
    const [bodies, relations] = legendGroups({
      ...input,
      kindTable: table,
      kinds: new Set(['team', 'zeta-unit', 'body', 'alpha-unit', 'centre']),
      types: new Set(['supports', 'part-of', 'oversees', 'hosted-by', 'cooperates-with']),
    });

    it('heads the groups Bodies and Relations, kinds first', () => {
      expect([bodies.heading, bodies.of, relations.heading, relations.of]).toEqual([
        'Bodies',
        'kind',
        'Relations',
        'type',
      ]);
    });

    it('lists one entry per family, built-in families first, with their kinds as members', () => {
      expect(keys(bodies)).toEqual(['political', 'operational', 'zeta-unit', 'alpha-unit']);
      expect(bodies.entries.map((e) => e.label)).toEqual([
        'Political bodies and committees',
        'Centres and teams',
        'Zeta-unit',
        'Alpha-unit',
      ]);
      expect(bodies.entries[1]!.members.map((m) => [m.key, m.label])).toEqual([
        ['centre', 'Centre'],
        ['team', 'Team or capability'],
      ]);
    });

    it('lists one entry per family of relation types, chain of command first, types in their definitions order', () => {
      expect(keys(relations)).toEqual(['chain', 'cooperation', 'affiliation']);
      expect(relations.entries.map((e) => e.label)).toEqual([
        'Chain of command',
        'Cooperation and support',
        'Membership and hosting',
      ]);
      expect(relations.entries.map((e) => e.members.map((m) => m.key))).toEqual([
        ['oversees', 'part-of'],
        ['cooperates-with', 'supports'],
        ['hosted-by'],
      ]);
    });

    it('gives the members of one family the family swatch, and no two entries the same swatch', () => {
      for (const entry of [...bodies.entries, ...relations.entries]) {
        for (const member of entry.members) expect(member.swatch, member.key).toEqual(entry.swatch);
      }
      const swatches = [...bodies.entries, ...relations.entries].map((e) => JSON.stringify(e.swatch));
      expect(new Set(swatches).size).toBe(swatches.length);
    });

    it('has no counts when given sets', () => {
      const all = [...bodies.entries, ...relations.entries];
      expect(all.every((e) => e.count === null && e.members.every((m) => m.count === null))).toBe(true);
    });
  });

  it('sums the counts it is given per family', () => {
    const [bodies, relations] = legendGroups({
      ...input,
      kinds: new Map([
        ['committee', 3],
        ['body', 1],
      ]),
      types: new Map([
        ['oversees', 2],
        ['part-of', 5],
      ]),
    });
    expect(bodies.entries.map((e) => [e.key, e.count])).toEqual([['political', 4]]);
    expect(relations.entries.map((e) => [e.key, e.count])).toEqual([['chain', 7]]);
  });

  it("files a model's declared types under their family, and types without one under cooperation", () => {
    const definitions = relationTypeTable({
      chairs: { label: 'chairs', chainOfCommand: true },
      succeeds: { label: 'succeeds', chainOfCommand: false, family: 'succession' },
      advises: { label: 'advises', chainOfCommand: false },
    });
    const [, relations] = legendGroups({
      ...input,
      definitions,
      kinds: new Set(),
      types: new Set(['advises', 'chairs', 'succeeds', 'supports']),
    });
    expect(relations.entries.map((e) => [e.key, e.members.map((m) => m.key)])).toEqual([
      ['chain', ['chairs']],
      ['cooperation', ['supports', 'advises']],
      ['succession', ['succeeds']],
    ]);
  });

  it("lists a model's declared kinds under the family they name, and a kind drawn its own way as an entry of its own", () => {
    const table = kindTable({
      directorate: { label: 'Directorate', family: 'executive' },
      board: { label: 'Board', family: 'political', colour: '#123456' },
      senate: { label: 'Senate', family: 'political' },
      region: { label: 'Region', family: 'Regional offices' },
    });
    const [bodies] = legendGroups({
      ...input,
      kindTable: table,
      kinds: new Set(['directorate', 'board', 'senate', 'region']),
      types: new Set(),
    });
    expect(bodies.entries.map((e) => [e.key, e.label, e.members.map((m) => m.label)])).toEqual([
      ['political', 'Political bodies and committees', ['Senate']],
      ['political/board', 'Board', ['Board']],
      ['executive', 'Executive offices and agencies', ['Directorate']],
      ['Regional offices', 'Regional offices', ['Region']],
    ]);
    expect(bodies.entries[1]!.swatch).toMatchObject({ border: '#123456' });
    // Every look drawn is explained once.
    const looks = bodies.entries.map((e) => JSON.stringify(e.swatch));
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('explains the second superior line, with no switch, only when there are such lines', () => {
    const types = new Set(['oversees']);
    const [, none] = legendGroups({ ...input, kinds: new Set(), types });
    expect(keys(none)).toEqual(['chain']);
    const [, some] = legendGroups({ ...input, kinds: new Set(), types, secondSuperiors: 2 });
    expect(some.entries.map((e) => [e.key, e.label, e.count, e.members])).toEqual([
      ['chain', 'Chain of command', null, expect.any(Array)],
      [SECOND_SUPERIOR_ENTRY, 'Second superior', 2, []],
    ]);
    expect(some.entries[1]!.swatch).toMatchObject({ dash: [11, 5.5], targetArrow: 'triangle' });
  });

  it('returns both groups even when nothing is drawn', () => {
    const groups = legendGroups({ ...input, kinds: new Set(), types: new Set() });
    expect(groups.map((g) => g.entries.length)).toEqual([0, 0]);
  });
});

describe('swatch descriptors', () => {
  it('draw the chain of command solid with a triangle at the subordinate', () => {
    expect(lineSwatch(relationStyle('chain'), LIGHT_THEME)).toEqual({
      kind: 'line',
      color: '#3f3f46',
      width: 2.2,
      dash: null,
      sourceArrow: 'none',
      targetArrow: 'triangle',
    });
  });

  it('give dashed and dotted families their dash pattern in pixels', () => {
    expect(lineSwatch(relationStyle('cooperation'), LIGHT_THEME).dash).toEqual([9.600000000000001, 6.4]);
    expect(lineSwatch(relationStyle('document'), LIGHT_THEME)).toMatchObject({ dash: [1.8, 4.5], targetArrow: 'vee' });
  });

  it('draw a body in its family shape, pale in light themes and dark in dark ones, with a plain border', () => {
    expect(nodeSwatch(FAMILY_STYLES.military, LIGHT_THEME)).toEqual({
      kind: 'node',
      shape: 'octagon',
      fill: '#e7e9df',
      border: '#55601c',
      borderWidth: 1.5,
    });
    expect(nodeSwatch(FAMILY_STYLES.military, DARK_THEME).fill).toBe('#262b0d');
  });
});

/** A line style for swatch geometry: navy, solid, 2.2 px, no arrows unless given. */
const lineStyle = (style: Partial<RelationStyle>): RelationStyle => ({
  color: '#1d4e89',
  line: 'solid',
  width: 2.2,
  targetArrow: 'none',
  sourceArrow: 'none',
  ...style,
});

describe('swatch paths', () => {
  it('centre a body shape 1.5 × the box height wide and 0.9 × tall, outlined with the border', () => {
    const swatch = nodeSwatch({ shape: 'rectangle', hue: '#3d5a3a' }, LIGHT_THEME);
    expect(nodeSwatchPaths(swatch, { x: 10, y: 20, width: 40, height: 20 })).toEqual([
      { d: 'M15,21H45V39H15Z', fill: '#e4e8e3', stroke: '#3d5a3a', strokeWidth: '1.5', dashArray: null },
    ]);
  });

  it('stop the line short of a triangle head whose tip is 2 px inside the box', () => {
    const [line, head, ...rest] = lineSwatchPaths(lineSwatch(lineStyle({ targetArrow: 'triangle' }), LIGHT_THEME), box);
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
    const [line, head] = lineSwatchPaths(lineSwatch(lineStyle({ sourceArrow: 'diamond' }), LIGHT_THEME), box);
    expect(line!.d).toBe('M4.42,10H38');
    expect(head!.d).toBe('M6.79,5.21L11.57,10L6.79,14.79L2,10Z');
  });

  it('keep a circle head inside the box by moving its centre in by its radius', () => {
    const [line, head] = lineSwatchPaths(
      lineSwatch(lineStyle({ targetArrow: 'circle', line: 'dashed', width: 1.4 }), LIGHT_THEME),
      box,
    );
    expect(head!.d).toBe('M28.43,10a4.79,4.79 0 1 0 9.57,0a4.79,4.79 0 1 0 -9.57,0Z');
    expect(line).toMatchObject({ d: 'M2,10H34.92', dashArray: '8.4 5.6' });
  });

  it('write the dash pattern rounded to hundredths', () => {
    const [line] = lineSwatchPaths(lineSwatch(lineStyle({ line: 'dashed', width: 1.6 }), LIGHT_THEME), box);
    expect(line!.dashArray).toBe('9.6 6.4');
  });

  it('choose the drawing by the kind of swatch', () => {
    const node = nodeSwatch(FAMILY_STYLES.political, LIGHT_THEME);
    const line = lineSwatch(lineStyle({ targetArrow: 'triangle' }), LIGHT_THEME);
    expect(swatchPaths(node, box)).toEqual(nodeSwatchPaths(node, box));
    expect(swatchPaths(line, box)).toEqual(lineSwatchPaths(line, box));
  });
});

describe('inferred lines', () => {
  it('are explained by one more entry, drawn unlike every other, only when there are any', () => {
    const types = new Set(['oversees', 'cooperates-with']);
    const [, none] = legendGroups({ ...input, kinds: new Set(), types });
    expect(keys(none)).not.toContain(INFERRED_ENTRY);
    const [, some] = legendGroups({ ...input, kinds: new Set(), types, secondSuperiors: 1, inferred: 3 });
    const entry = some.entries.find((e) => e.key === INFERRED_ENTRY)!;
    expect([entry.count, entry.members]).toEqual([3, []]);
    const looks = some.entries.map((e) => JSON.stringify(e.swatch));
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('are drawn in their family’s weight and arrows, lighter and dotted', () => {
    const stated = relationStyle('chain');
    const inferred = relationStyle('chain', false, true);
    expect([inferred.width, inferred.targetArrow, inferred.sourceArrow]).toEqual([
      stated.width,
      stated.targetArrow,
      stated.sourceArrow,
    ]);
    expect(inferred.line).toBe('dotted');
    expect(inferred.color).not.toBe(stated.color);
  });
});

describe('undated bodies', () => {
  it('are explained under Bodies by one entry with a dashed outline, without a switch, only when a year view draws any', () => {
    const kinds = new Set(['committee', 'agency']);
    const [none] = legendGroups({ ...input, kinds, types: new Set() });
    expect(keys(none)).not.toContain(UNDATED_ENTRY);
    const [bodies] = legendGroups({ ...input, kinds, types: new Set(), undated: 4 });
    const entry = bodies.entries.find((e) => e.key === UNDATED_ENTRY)!;
    expect([entry.label, entry.count, entry.members]).toEqual(['Undated in the source', 4, []]);
    const [outline] = swatchPaths(entry.swatch, box);
    expect(outline!.dashArray).toBe(UNDATED_DASH.join(' '));
    const solid = bodies.entries.filter((e) => e.key !== UNDATED_ENTRY).map((e) => swatchPaths(e.swatch, box)[0]!);
    expect(solid.map((p) => p.dashArray)).toEqual(solid.map(() => null));
  });
});

describe('what is new in the year shown', () => {
  it('is explained under Bodies by one entry outlined as the diagram outlines it, only when the year has any', () => {
    const kinds = new Set(['committee']);
    const [none] = legendGroups({ ...input, kinds, types: new Set(), added: { year: 2003, count: 0 } });
    expect(keys(none)).not.toContain(ADDED_ENTRY);
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      const [bodies] = legendGroups({ ...input, theme, kinds, types: new Set(), added: { year: 2014, count: 9 } });
      const entry = bodies.entries.find((e) => e.key === ADDED_ENTRY)!;
      expect([entry.label, entry.count, entry.members]).toEqual(['New in 2014', 9, []]);
      const [outline] = swatchPaths(entry.swatch, box);
      expect([outline!.stroke, outline!.strokeWidth]).toEqual([theme.addedHighlight, String(CHAIN_WIDTH)]);
    }
  });
});
