import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { buildGraph } from '../../model/graph.js';
import { whenSettled } from '../../src/canvas/frames.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { LIGHT_THEME } from '../../src/view/theme.js';
import { core, mount, nextEvent, shadow } from './helpers.js';

/** A model drawing every arrow head the built-in types use, and a type of its own. */
const MODEL = {
  title: 'Legend sampler',
  relationTypes: { advises: { label: 'advises', chainOfCommand: false } },
  entities: [
    { id: 'council', name: 'Council', kind: 'body' },
    { id: 'committee', name: 'Committee', kind: 'committee' },
    { id: 'agency', name: 'Agency', kind: 'agency' },
    { id: 'centre', name: 'Centre', kind: 'centre' },
    { id: 'school', name: 'School', kind: 'school' },
    { id: 'pledge', name: 'Pledge', kind: 'pledge' },
    { id: 'board', name: 'Advisory board', kind: 'board' },
  ],
  relations: [
    { source: 'council', target: 'committee', type: 'oversees' },
    { source: 'committee', target: 'agency', type: 'responsible-for' },
    { source: 'centre', target: 'agency', type: 'part-of' },
    { source: 'school', target: 'agency', type: 'part-of' },
    { source: 'centre', target: 'school', type: 'hosted-by' },
    { source: 'school', target: 'centre', type: 'accredited-by' },
    { source: 'agency', target: 'pledge', type: 'party-to' },
    { source: 'board', target: 'council', type: 'advises' },
  ],
};

/** What one legend entry shows: its name and every path of its swatch, attribute by attribute. */
interface DrawnEntry {
  label: string;
  paths: Record<string, string | null>[];
}

const ATTRIBUTES = ['d', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray'] as const;

function pathsOf(swatch: Element): DrawnEntry['paths'] {
  return [...swatch.querySelectorAll('path')].map((p) =>
    Object.fromEntries(ATTRIBUTES.map((name) => [name, p.getAttribute(name)])),
  );
}

function screenLegend(el: GovernanceGraphElement): DrawnEntry[] {
  const legend = shadow(el, 'gov-legend');
  return [...legend.shadowRoot!.querySelectorAll('li')].map((item) => {
    const name = item.querySelector('label > span')!.cloneNode(true) as Element;
    name.querySelector('small')?.remove();
    return { label: name.textContent!.trim(), paths: pathsOf(item.querySelector('svg')!) };
  });
}

function exportedLegend(svg: string): DrawnEntry[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('g.legend g.entry')].map((entry) => ({
    label: entry.querySelector('text')!.textContent!,
    paths: pathsOf(entry.querySelector('g.swatch')!),
  }));
}

/** A path's vertices, from path data made only of M, L and Z. */
function vertices(d: string): { x: number; y: number }[] {
  expect(d).toMatch(/^M[-\d.,L]+Z$/);
  return d
    .slice(1, -1)
    .split('L')
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number) as [number, number];
      return { x, y };
    });
}

let el: GovernanceGraphElement;

afterEach(() => el?.remove());

async function show(): Promise<void> {
  ({ el } = await mount((e) => {
    e.theme = 'light';
    e.relations = 'all';
    e.model = MODEL;
  }));
  await whenSettled(core(el));
}

describe('<gov-legend> and the exported legend', () => {
  describe('when every entity and relation is drawn', () => {
    it('list the same entries in the same order, with the same swatch paths, colours and dashes', async () => {
      await show();
      const screen = screenLegend(el);
      const exported = exportedLegend(await el.exportSvg({ legend: true }));
      expect(screen.map((e) => e.label)).toEqual([
        'Body',
        'Committee',
        'Agency',
        'Centre',
        'School',
        'Pledge',
        'Board',
        'Oversees',
        'Is responsible for',
        'Is part of',
        'Is hosted by',
        'Is a party to',
        'Is accredited by',
        'Advises',
      ]);
      expect(exported).toEqual(screen);
    });

    it('draw every relation as a line with its own heads, not one shared triangle', async () => {
      await show();
      const heads = new Map(screenLegend(el).map((e) => [e.label, e.paths.slice(1).map((p) => p.d)]));
      // Triangle, vee, diamond, square, circle and tee: one head each, no two alike.
      const outlines = [
        'Oversees',
        'Is responsible for',
        'Is part of',
        'Is hosted by',
        'Is a party to',
        'Is accredited by',
      ].map((label) => {
        expect(heads.get(label), label).toHaveLength(1);
        return heads.get(label)![0];
      });
      expect(new Set(outlines).size).toBe(6);
    });
  });

  describe('the on-screen part-of swatch', () => {
    it('has a diamond at the source (left) end and no head at the target end', async () => {
      await show();
      const partOf = screenLegend(el).find((e) => e.label === 'Is part of')!;
      expect(partOf.paths).toHaveLength(2);
      const [line, head] = partOf.paths as [DrawnEntry['paths'][0], DrawnEntry['paths'][0]];
      const lineStart = Number(/^M([\d.]+),/.exec(line.d!)![1]);
      const corners = vertices(head.d!);
      // Four corners: two on the line's axis (tip and back), two either side of it halfway between.
      expect(corners).toHaveLength(4);
      const y = Number(/,([\d.]+)H/.exec(line.d!)![1]);
      const onAxis = corners.filter((p) => p.y === y).sort((a, b) => a.x - b.x);
      const offAxis = corners.filter((p) => p.y !== y);
      expect(onAxis).toHaveLength(2);
      expect(offAxis).toHaveLength(2);
      expect(offAxis[0]!.x).toBeCloseTo(offAxis[1]!.x, 1);
      expect(offAxis[0]!.y - y).toBeCloseTo(y - offAxis[1]!.y, 1);
      expect((onAxis[0]!.x + onAxis[1]!.x) / 2).toBeCloseTo(offAxis[0]!.x, 1);
      // The tip is the swatch's left end and the line starts inside the diamond, not beyond it.
      expect(onAxis[0]!.x).toBeLessThan(lineStart);
      expect(lineStart).toBeLessThan(onAxis[1]!.x);
      expect(onAxis[0]!.x).toBeLessThanOrEqual(2);
    });
  });
});

describe('<gov-legend> entries', () => {
  it('show their counts and mark chain-of-command types', async () => {
    await show();
    const items = [...shadow(el, 'gov-legend').shadowRoot!.querySelectorAll('li')];
    const row = (label: string) => items.find((item) => item.textContent!.includes(label))!;
    expect(row('Is part of').querySelector('.count')!.textContent).toBe('2');
    expect(row('Is part of').querySelector('small')!.textContent).toBe('(chain of command)');
    expect(row('Is hosted by').querySelector('small')).toBeNull();
    expect(row('Centre').querySelector('.count')!.textContent).toBe('1');
  });

  it('hide a relation type when unticked, with gov-filter-change naming it', async () => {
    // On its own, so that nothing around it decides whether it is on screen.
    const legend = document.createElement('gov-legend');
    legend.graph = buildGraph(MODEL);
    legend.theme = LIGHT_THEME;
    legend.hiddenKinds = new Set(['pledge']);
    document.body.append(legend);
    await legend.updateComplete;
    const item = [...legend.shadowRoot!.querySelectorAll('li')].find((i) => i.textContent!.includes('Is hosted by'))!;
    const change = nextEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>(legend, 'gov-filter-change');
    await userEvent.click(item.querySelector('input')!);
    const { detail } = await change;
    legend.remove();
    expect([...detail.hiddenTypes]).toEqual(['hosted-by']);
    expect([...detail.hiddenKinds]).toEqual(['pledge']);
  });
});
