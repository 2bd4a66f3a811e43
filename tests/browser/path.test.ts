import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { modelId, nodeKey } from '../../src/view/element-key.js';
import { FONT_SIZE } from '../../src/view/graph-style.js';
import { core, mount, nextEvent, settle, shadow } from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement;

afterEach(() => {
  el?.remove();
});

function finder(): HTMLElement {
  return shadow<HTMLElement>(el, 'gov-path-finder');
}

function searchInputs(): HTMLInputElement[] {
  return [...finder().shadowRoot!.querySelectorAll('gov-search')].map((s) => s.shadowRoot!.querySelector('input')!);
}

/** What the Path panel shows: its sentence, the two chosen ends and what is typed in its search boxes. */
function panel() {
  const root = finder().shadowRoot!;
  return {
    sentence: root.querySelector('.answer')?.textContent?.trim() ?? null,
    ends: [...root.querySelectorAll('.chosen')].map((e) => e.textContent?.trim()),
    typed: searchInputs().map((i) => i.value),
  };
}

const CLEARED = { sentence: null, ends: ['choose a body', 'choose a body'], typed: ['', ''] };

async function openPathPanel(): Promise<void> {
  shadow<HTMLButtonElement>(el, '#tab-path').click();
  await settle(el);
}

/** Types the two ends into the Path panel's searches, as a reader would. */
async function typeEnds(): Promise<void> {
  const [from, to] = searchInputs();
  await userEvent.click(from!);
  await userEvent.keyboard('NCIRC Technical{Enter}');
  await userEvent.click(to!);
  await userEvent.keyboard('North Atlantic Council{Enter}');
  await settle(el);
}

/** Opens the Path panel and asks how the NCIRC Technical Centre is connected to the North Atlantic Council. */
async function choosePath(): Promise<void> {
  await openPathPanel();
  await typeEnds();
  expect(panel().sentence).toMatch(/^The NCIRC Technical Centre .+North Atlantic Council.*\.$/);
  expect(core(el).getElementById(nodeKey('ncirc-technical-centre')).hasClass('on-path')).toBe(true);
}

async function expectCleared(): Promise<void> {
  await settle(el);
  await (finder() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(panel()).toEqual(CLEARED);
  expect(core(el).elements('.on-path').length).toBe(0);
}

describe('<governance-graph> Path panel', () => {
  beforeEach(async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
  });

  it('reports the chosen ends and the path once, when the second end is chosen', async () => {
    await openPathPanel();
    const changes: { from: string | null; to: string | null; found: boolean }[] = [];
    finder().addEventListener('gov-path-change', (e) =>
      changes.push({ from: e.detail.from, to: e.detail.to, found: e.detail.path !== null }),
    );
    await typeEnds();
    expect(changes).toEqual([
      { from: 'ncirc-technical-centre', to: null, found: false },
      { from: 'ncirc-technical-centre', to: 'north-atlantic-council', found: true },
    ]);
  });

  it('clears its sentence, both ends and both search boxes when Reset is pressed', async () => {
    await choosePath();
    const reset = [...shadow(el, 'gov-toolbar').shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Reset',
    )!;
    await userEvent.click(reset);
    await expectCleared();
  });

  it('clears its sentence, both ends and both search boxes when Escape is pressed on the diagram', async () => {
    await choosePath();
    shadow<HTMLElement>(el, '.stage').focus();
    await userEvent.keyboard('{Escape}');
    await expectCleared();
  });

  it('clears its sentence, both ends and both search boxes when the year changes', async () => {
    await choosePath();
    const slider = shadow(el, 'gov-timeline').shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    slider.value = '2021';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(el.year).toBe(2021);
    await expectCleared();
  });

  it('clears its sentence when the page sets a new model', async () => {
    await choosePath();
    const ready = nextEvent(el, 'gov-ready');
    el.model = { ...nato, title: 'Another model' };
    await ready;
    await expectCleared();
  });

  it('clears its sentence when a body is selected on the diagram', async () => {
    await choosePath();
    el.select('cyber-defence-committee');
    await expectCleared();
  });
});

describe('<governance-graph> Path panel, with the path in the location hash', () => {
  const clean = () => history.replaceState(null, '', location.pathname + location.search);
  beforeEach(clean);
  afterEach(clean);

  const mountWithHash = async () => {
    ({ el } = await mount((e) => {
      e.hashState = true;
      e.model = nato;
    }));
    await settle(el);
  };
  const onPath = () =>
    core(el)
      .elements('.on-path')
      .map((e) => e.id())
      .sort();

  it('writes the two ends into the URL, restores them on load and when going back', async () => {
    await mountWithHash();
    await choosePath();
    expect(new URLSearchParams(location.hash.slice(1)).get('path')).toBe(
      'ncirc-technical-centre,north-atlantic-council',
    );
    const drawn = onPath();

    // Escape drops the path: a new entry without it.
    shadow<HTMLElement>(el, '.stage').focus();
    await userEvent.keyboard('{Escape}');
    await expectCleared();
    expect(new URLSearchParams(location.hash.slice(1)).has('path')).toBe(false);

    // Back: the path and its sentence again.
    const back = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    history.back();
    await back;
    await settle(el);
    await (finder() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(onPath()).toEqual(drawn);
    expect(panel().sentence).toMatch(/^The NCIRC Technical Centre .+North Atlantic Council.*\.$/);
    // Each box shows the end it stands for again.
    const searches = [...finder().shadowRoot!.querySelectorAll('gov-search')] as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(searches.map((box) => box.updateComplete));
    const boxes = searches.map((box) => box.shadowRoot!.querySelector('input')!.value);
    expect(boxes).toEqual(['NCIRC Technical Centre', 'North Atlantic Council']);

    // A reload: a new widget reads the same link.
    el.remove();
    await mountWithHash();
    expect(onPath()).toEqual(drawn);
  });

  it("reads ids holding the hash's delimiters", async () => {
    const odd = {
      ...nato,
      entities: nato.entities.map((e) => (e.id === 'north-atlantic-council' ? { ...e, id: 'a,b&c=#d %' } : e)),
      relations: nato.relations.map((r) => ({
        ...r,
        source: r.source === 'north-atlantic-council' ? 'a,b&c=#d %' : r.source,
        target: r.target === 'north-atlantic-council' ? 'a,b&c=#d %' : r.target,
      })),
    };
    ({ el } = await mount((e) => {
      e.hashState = true;
      e.model = odd;
    }));
    await choosePath();
    const hash = location.hash;
    el.remove();
    clean();
    history.replaceState(null, '', hash);
    ({ el } = await mount((e) => {
      e.hashState = true;
      e.model = odd;
    }));
    await settle(el);
    expect(core(el).getElementById(nodeKey('a,b&c=#d %')).hasClass('on-path')).toBe(true);
  });
});

describe('<governance-graph> Path panel, framing the path', () => {
  /** Whether the body's box lies wholly in the view. */
  const inView = (id: string) => {
    const cy = core(el);
    const [view, box] = [cy.extent(), cy.getElementById(nodeKey(id)).boundingBox()];
    return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
  };

  const framed = async (size: { width: number; height: number }) => {
    el?.remove();
    ({ el } = await mount((e) => {
      e.model = nato;
    }, size));
    await choosePath();
    const cy = core(el);
    await expect.poll(() => cy.animated()).toBe(false);
    return cy;
  };

  it('shows labels of 10 px or more: the whole path where it fits, its start where it does not', async () => {
    const wide = await framed({ width: 1400, height: 800 });
    // Labels are drawn at FONT_SIZE times the zoom.
    expect(wide.zoom() * FONT_SIZE).toBeGreaterThanOrEqual(10);
    for (const node of wide.nodes('.on-path')) expect(inView(modelId(node.id())), node.id()).toBe(true);

    const narrow = await framed({ width: 390, height: 844 });
    expect(narrow.zoom() * FONT_SIZE).toBeGreaterThanOrEqual(10);
    expect(inView('ncirc-technical-centre')).toBe(true);
  });
});

describe('<governance-graph> Path panel, typing an end that matches nothing', () => {
  it('drops that end, the path and its sentence, and keeps what was typed', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
    await choosePath();
    const to = searchInputs()[1]!;
    await userEvent.click(to);
    to.select();
    await userEvent.keyboard('zzqx');
    await settle(el);
    await (finder() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(panel()).toEqual({
      sentence: null,
      ends: ['NCIRC Technical Centre', 'choose a body'],
      typed: [expect.any(String), 'zzqx'],
    });
    expect(core(el).elements('.on-path').length).toBe(0);
  });
});
