import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import nato from '../../model/nato-cyber-defence.json';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';
import { core, mount, nextEvent, settle, shadow } from './helpers.js';

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
