import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { structureAt } from '../../model/queries/structure-at.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { edgeKey, nodeKey } from '../../src/view/element-key.js';
import { LIGHT_THEME } from '../../src/view/theme.js';
import { core, mount, settle, shadow } from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement;

afterEach(() => {
  el?.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

const timeline = () => shadow<HTMLElement>(el, 'gov-timeline').shadowRoot!;
const slider = () => timeline().querySelector<HTMLInputElement>('input[type=range]')!;
const text = (root: ShadowRoot) => root.textContent!.replace(/\s+/g, ' ');
const legend = () => shadow<HTMLElement>(el, 'gov-legend').shadowRoot!;

async function showYear(year: number | null): Promise<void> {
  el.year = year;
  await settle(el);
  await shadow<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'gov-timeline').updateComplete;
}

/** The slider's top edge, in page pixels, in each of `years`. */
async function sliderTops(years: readonly (number | null)[]): Promise<number[]> {
  const tops: number[] = [];
  for (const year of years) {
    await showYear(year);
    tops.push(slider().getBoundingClientRect().top);
  }
  return tops;
}

const EVERY_YEAR = [null, ...Array.from({ length: 22 }, (_, i) => 2002 + i)];

async function mountNato(size = { width: 1280, height: 800 }): Promise<void> {
  ({ el } = await mount((e) => {
    e.theme = 'light';
    e.model = nato;
  }, size));
}

describe('<governance-graph> year slider on the NATO model at 1280×800', () => {
  it('stays in the same place in every year from 2002 to 2023 and in all years', async () => {
    await mountNato();
    const tops = await sliderTops(EVERY_YEAR);
    expect(new Set(tops).size, tops.join(', ')).toBe(1);
  });

  it('says how many changes a year has and scrolls them within the footer', async () => {
    await mountNato();
    await showYear(2014);
    expect(text(timeline())).toContain('7 changes in 2014');
    const list = timeline().querySelector('ul')!;
    expect(list.querySelectorAll('li')).toHaveLength(7);
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
    const footer = shadow<HTMLElement>(el, 'footer').getBoundingClientRect();
    expect(list.getBoundingClientRect().bottom).toBeLessThanOrEqual(footer.bottom);
  });

  it('marks the years with changes under the slider, each mark where the thumb picks its year', async () => {
    await mountNato();
    const ticks = [...timeline().querySelectorAll<HTMLElement>('.tick[data-year]')];
    expect(ticks.map((t) => Number(t.dataset.year))).toEqual([
      2008, 2010, 2011, 2012, 2014, 2016, 2017, 2018, 2019, 2020, 2021, 2023,
    ]);
    const options = [
      ...timeline().querySelectorAll<HTMLOptionElement>(`datalist#${slider().getAttribute('list')} option`),
    ];
    expect(options.map((o) => o.value)).toEqual([...ticks.map((t) => t.dataset.year), '2024']);
    const box = slider().getBoundingClientRect();
    for (const year of ['2008', '2014', '2023']) {
      const mark = ticks.find((t) => t.dataset.year === year)!.getBoundingClientRect();
      const x = Math.round(mark.left + mark.width / 2 - box.left);
      await userEvent.click(slider(), { position: { x, y: Math.round(box.height / 2) } });
      await settle(el);
      expect(el.year).toBe(Number(year));
    }
  });

  it('keeps all years one step past 2023, so that the thumb never sits at the same place for both', async () => {
    await mountNato();
    await showYear(2023);
    const last = slider().valueAsNumber;
    await showYear(null);
    expect(slider().valueAsNumber).toBeGreaterThan(last);
    expect(slider().getAttribute('aria-valuetext')).toBe('all years');
    await showYear(2023);
    slider().focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.year).toBeNull();
  });

  it('counts in the legend the bodies of the year shown: fewer in 2008 than in all years, and no agency', async () => {
    await mountNato();
    /** The legend's counts of bodies, by entry label (entries with a switch: kinds). */
    const bodyCounts = () => {
      const list = legend().querySelector('ul[aria-labelledby="kinds"]')!;
      return new Map(
        [...list.children]
          .filter((li) => li.querySelector('input[type=checkbox]'))
          .map((li) => [
            li.querySelector('label span:not(.count)')!.textContent!,
            Number(li.querySelector('.count')!.textContent),
          ]),
      );
    };
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    const all = bodyCounts();
    expect(sum(all)).toBe(el.governanceGraph!.order);
    await showYear(2008);
    const in2008 = bodyCounts();
    expect(sum(in2008)).toBe(structureAt(el.governanceGraph!, 2008).order);
    expect(sum(in2008)).toBeLessThan(sum(all));
    // The agency (the NCI Agency, 2012) is drawn as a family of its own look in all years only.
    const agencyEntry = [...all.keys()].find((label) => !in2008.has(label));
    expect(agencyEntry).toBeDefined();
  });

  it('keeps in the legend, at 0, a kind the reader hid that has no body in the year shown, so it can be shown again', async () => {
    history.replaceState(null, '', '#year=2008&hide-kinds=agency');
    ({ el } = await mount(
      (e) => {
        e.hashState = true;
        e.theme = 'light';
        e.model = nato;
      },
      { width: 1280, height: 800 },
    ));
    await settle(el);
    const entry = () =>
      [...legend().querySelectorAll('ul[aria-labelledby="kinds"] > li')].find((li) =>
        li.textContent!.includes('Executive offices and agencies'),
      );
    expect(entry()?.querySelector('.count')?.textContent).toBe('0');
    const box = entry()!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    box.click();
    await settle(el);
    await shadow<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'gov-legend').updateComplete;
    expect(entry()).toBeUndefined();
  });

  it('outlines the bodies and lines new in 2014 on screen and in the SVG, explains it in the legend, and nothing in all years', async () => {
    await mountNato();
    await showYear(2014);
    const cy = core(el);
    const committee = cy.getElementById(nodeKey('cyber-defence-committee'));
    expect(committee.hasClass('added')).toBe(true);
    expect(cy.getElementById(nodeKey('nato')).hasClass('added')).toBe(false);
    const line = el.graphView!.edges.find((e) => e.target === 'cyber-defence-committee')!;
    const drawnLine = cy.getElementById(edgeKey(line.id));
    const onLayer = shadow<HTMLElement & { highlight: Map<string, string[]> }>(el, 'gov-canvas').highlight;
    expect(drawnLine.hasClass('added') || onLayer.get(edgeKey(line.id))?.includes('added')).toBe(true);
    expect(text(legend())).toMatch(/New in 2014\s*\d+/);

    const svg = new DOMParser().parseFromString(await el.exportSvg(), 'image/svg+xml');
    const stroke = (id: string) => svg.querySelector(`g.node[data-id="${id}"] path`)!.getAttribute('stroke');
    expect(stroke('cyber-defence-committee')).toBe(LIGHT_THEME.addedHighlight);
    expect(stroke('nato')).not.toBe(LIGHT_THEME.addedHighlight);
    // The exported legend explains the mark as the screen's does.
    const exported = [...svg.querySelectorAll('g.legend g.entry')].map((g) => g.textContent ?? '');
    expect(exported).toContain('New in 2014');

    await showYear(null);
    expect(cy.$('.added')).toHaveLength(0);
    expect(text(legend())).not.toContain('New in');
  });

  it('lists what ended in 2023, relations included: Finland leaving the partner countries', async () => {
    await mountNato();
    await showYear(2023);
    const changes = text(timeline());
    expect(changes).toContain('3 changes in 2023');
    expect(changes).toContain('Ended: Finland is a member of NATO partner countries');
    expect(changes).toContain('Ended: NATO cooperates with Finland');
  });
});

describe('<governance-graph> changing years on the NATO model', () => {
  const realMatchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = realMatchMedia;
  });

  /** Whether any body is still moving or fading just after a change from 2010 to 2014. */
  async function animatedAfterChange(): Promise<boolean> {
    await mountNato();
    await showYear(2010);
    const cy = core(el);
    cy.stop(true, true);
    await showYear(2014);
    return cy
      .nodes()
      .toArray()
      .some((n) => n.animated());
  }

  it('glides bodies to their new places and fades new ones in', async () => {
    expect(await animatedAfterChange()).toBe(true);
    const fresh = core(el).getElementById(nodeKey('cyber-defence-committee'));
    expect(fresh.animated()).toBe(true);
  });

  it('moves nothing for a reader who prefers reduced motion: bodies are at once where the layout puts them', async () => {
    window.matchMedia = (query: string) =>
      query.includes('prefers-reduced-motion')
        ? ({
            matches: true,
            media: query,
            addEventListener() {},
            removeEventListener() {},
          } as unknown as MediaQueryList)
        : realMatchMedia.call(window, query);
    expect(await animatedAfterChange()).toBe(false);
    const cy = core(el);
    const misplaced = el.graphView!.nodes.filter((n) => {
      const p = cy.getElementById(nodeKey(n.id)).position();
      return Math.abs(p.x - n.x) > 0.5 || Math.abs(p.y - n.y) > 0.5;
    });
    expect(misplaced.map((n) => n.id)).toEqual([]);
  });
});

describe('<governance-graph> year slider on a phone, 390×844', () => {
  it('fits inside the widget with the year’s changes, the slider in the same place whatever the year', async () => {
    await mountNato({ width: 390, height: 844 });
    const tops = await sliderTops([null, 2002, 2008, 2014, 2023]);
    expect(new Set(tops).size, tops.join(', ')).toBe(1);
    await showYear(2014);
    const widget = el.getBoundingClientRect();
    const footer = shadow<HTMLElement>(el, 'footer').getBoundingClientRect();
    const range = slider().getBoundingClientRect();
    expect(footer.bottom).toBeLessThanOrEqual(widget.bottom);
    expect(range.left).toBeGreaterThanOrEqual(widget.left);
    expect(range.right).toBeLessThanOrEqual(widget.right);
    expect(timeline().querySelector('ul')!.clientHeight).toBeGreaterThan(30);
    // The drawing keeps most of the height.
    expect(shadow<HTMLElement>(el, 'gov-canvas').getBoundingClientRect().height).toBeGreaterThan(300);
  });
});
