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
    { source: 'council', target: 'agency', type: 'oversees' },
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

/** The legend's entries (families), not the members an entry unfolds to. */
function entriesOf(root: ParentNode): Element[] {
  return [...root.querySelectorAll('ul[aria-labelledby] > li')];
}

function screenLegend(el: GovernanceGraphElement): DrawnEntry[] {
  return entriesOf(shadow(el, 'gov-legend').shadowRoot!).map((item) => ({
    label: item.querySelector('label > span:not(.count):not(.no-switch)')!.textContent!.trim(),
    paths: pathsOf(item.querySelector('svg')!),
  }));
}

function exportedLegend(svg: string): DrawnEntry[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('g.legend g.entry')].map((entry) => ({
    label: entry.querySelector('text')!.textContent!,
    paths: pathsOf(entry.querySelector('g.swatch')!),
  }));
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
  // The panel starts folded: unfold it, as a reader does, to reach the legend.
  await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('.panel-toggle')!);
}

describe('<gov-legend> and the exported legend', () => {
  describe('when every entity and relation is drawn', () => {
    it('list the same families in the same order, with the same swatch paths, colours and dashes', async () => {
      await show();
      const screen = screenLegend(el);
      const exported = exportedLegend(await el.exportSvg({ legend: true }));
      expect(screen.map((e) => e.label)).toEqual([
        'Political bodies and committees',
        'Executive offices and agencies',
        'Centres and teams',
        'Education and training',
        'Documents and arrangements',
        'Board',
        'Chain of command',
        'Cooperation and support',
        'Membership and hosting',
        'Second superior',
      ]);
      expect(exported).toEqual(screen);
    });

    it('draw no two entries alike', async () => {
      await show();
      const looks = screenLegend(el).map((e) => JSON.stringify(e.paths));
      expect(new Set(looks).size).toBe(looks.length);
    });
  });
});

describe('<gov-legend> entries', () => {
  it('show the count of their members together, and unfold to each member with its own count', async () => {
    await show();
    const root = shadow(el, 'gov-legend').shadowRoot!;
    const row = (label: string) => entriesOf(root).find((item) => item.textContent!.includes(label))!;
    const chain = row('Chain of command');
    expect(chain.querySelector('.count')!.textContent).toBe('5');
    expect(chain.querySelector('.members')).toBeNull();
    const unfold = chain.querySelector<HTMLButtonElement>('button.unfold')!;
    expect(unfold.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(unfold);
    expect(unfold.getAttribute('aria-expanded')).toBe('true');
    const members = [...chain.querySelectorAll('.members li')].map((m) => [
      m.querySelector('label > span:not(.count)')!.textContent,
      m.querySelector('.count')!.textContent,
    ]);
    expect(members).toEqual([
      ['Oversees', '2'],
      ['Is responsible for', '1'],
      ['Is part of', '2'],
    ]);
    // The second superior's line only explains a look: it has no switch.
    expect(row('Second superior').querySelector('input')).toBeNull();
  });

  it('hide every kind of a family when its switch is unticked, with gov-filter-change naming them', async () => {
    const legend = document.createElement('gov-legend');
    legend.graph = buildGraph(MODEL);
    legend.theme = LIGHT_THEME;
    legend.hiddenTypes = new Set(['advises']);
    document.body.append(legend);
    await legend.updateComplete;
    const item = entriesOf(legend.shadowRoot!).find((i) => i.textContent!.includes('Political bodies'))!;
    const change = nextEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>(legend, 'gov-filter-change');
    await userEvent.click(item.querySelector('input')!);
    const { detail } = await change;
    legend.remove();
    expect([...detail.hiddenKinds].sort()).toEqual(['body', 'committee']);
    expect([...detail.hiddenTypes]).toEqual(['advises']);
  });

  it('hide one relation type from an unfolded family, and show the family as partly on', async () => {
    const legend = document.createElement('gov-legend');
    legend.graph = buildGraph(MODEL);
    legend.theme = LIGHT_THEME;
    document.body.append(legend);
    await legend.updateComplete;
    const item = entriesOf(legend.shadowRoot!).find((i) => i.textContent!.includes('Membership and hosting'))!;
    await userEvent.click(item.querySelector('button.unfold')!);
    const member = [...item.querySelectorAll('.members li')].find((m) => m.textContent!.includes('Is hosted by'))!;
    const change = nextEvent<{ hiddenKinds: Set<string>; hiddenTypes: Set<string> }>(legend, 'gov-filter-change');
    await userEvent.click(member.querySelector('input')!);
    const { detail } = await change;
    legend.hiddenTypes = detail.hiddenTypes;
    await legend.updateComplete;
    const family = item.querySelector<HTMLInputElement>(':scope > .row input')!;
    legend.remove();
    expect([...detail.hiddenTypes]).toEqual(['hosted-by']);
    expect([family.checked, family.indeterminate]).toEqual([true, true]);
  });
});
