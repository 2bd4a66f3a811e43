import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { badgeKey, nodeKey } from '../../src/view/element-key.js';
import { DARK_THEME, LIGHT_THEME } from '../../src/view/theme.js';
import { COLLAPSE_ABOVE } from '../../src/view/thresholds.js';
import { canvasOf, core, frame, mount, settle, shadow } from './helpers.js';

let el: GovernanceGraphElement | undefined;

afterEach(() => {
  el?.remove();
  el = undefined;
  history.replaceState(null, '', location.pathname + location.search);
});

const model = syntheticModel(1000);
/** The last body: deep in the tree, hidden when the model opens. */
const DEEP = 'b999';

async function open(setup: (e: GovernanceGraphElement) => void = () => {}) {
  ({ el } = await mount((e) => {
    e.theme = 'light';
    setup(e);
    e.model = model;
  }));
  await settle(el);
  return el;
}

const drawn = (e: GovernanceGraphElement, id: string) => core(e).getElementById(nodeKey(id)).nonempty();
const badges = (e: GovernanceGraphElement) => core(e).nodes('.badge');

/** Clicks a collapsed body's badge where it is drawn, as a person would. */
async function clickBadge(e: GovernanceGraphElement, id: string): Promise<void> {
  const cy = core(e);
  const badge = cy.getElementById(badgeKey(id));
  if (badge.empty()) throw new Error(`no badge on ${id}`);
  // Bodies glide to their places after a change: click where the badge stays, not where it passes.
  await expect.poll(() => cy.nodes().filter((n) => n.animated()).length).toBe(0);
  cy.stop();
  cy.center(badge);
  await frame();
  const p = badge.renderedPosition();
  await userEvent.click(canvasOf(e), { position: { x: Math.round(p.x), y: Math.round(p.y) } });
  await settle(e);
}

/** The first collapsed body and how many it hides. */
function firstCollapsed(e: GovernanceGraphElement): [string, number] {
  const entry = [...e.graphView!.folding!.hiddenBelow][0];
  if (!entry) throw new Error('nothing is collapsed');
  return entry;
}

describe('a model of 1,000 bodies', () => {
  it('opens collapsed, at most COLLAPSE_ABOVE bodies and a "+N" badge on each collapsed one, unless expand-all', async () => {
    const e = await open();
    const bodies = core(e).nodes().not('.badge');
    expect(bodies.length).toBeLessThanOrEqual(COLLAPSE_ABOVE);
    expect(bodies.length).toBe(e.graphView!.nodes.length);
    expect(drawn(e, DEEP)).toBe(false);
    const hiddenBelow = e.graphView!.folding!.hiddenBelow;
    expect(badges(e).length).toBe(hiddenBelow.size);
    expect(hiddenBelow.size).toBeGreaterThan(0);
    let counted = 0;
    for (const [id, hidden] of hiddenBelow) {
      const badge = core(e).getElementById(badgeKey(id));
      expect(badge.data('label')).toBe(`+${hidden}`);
      expect(badge.data('title')).toBe(`Show ${hidden} hidden subordinate${hidden === 1 ? '' : 's'}`);
      counted += hidden;
    }
    expect(counted + bodies.length).toBe(1000);
    // Unless the page asks for every body.
    e.remove();
    const whole = await open((w) => {
      w.expandAll = true;
    });
    // Every body is in the view; Cytoscape holds those near what is shown (see draw-window.ts).
    expect(whole.graphView!.nodes).toHaveLength(1000);
    expect(whole.graphView!.folding?.hiddenBelow.size ?? 0).toBe(0);
    expect(core(whole).nodes().length).toBeGreaterThan(0);
    expect(badges(whole).length).toBe(0);
  });

  it('shows the starting view again when every body is drawn after it opened (expand-all set later)', async () => {
    const e = await open();
    const cy = core(e);
    // Somewhere else first, as a reader might have panned.
    cy.pan({ x: cy.pan().x - 2000, y: cy.pan().y - 1500 });
    e.expandAll = true;
    await settle(e);
    // The top of the tree is in view again, whole.
    await expect
      .poll(() => {
        const box = cy.getElementById(nodeKey('b0')).renderedBoundingBox({ includeLabels: false });
        return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      })
      .toBe(true);
  });

  it('draws its badges in the theme accent, with the theme text colour for it, light and dark', async () => {
    const e = await open();
    const [id] = firstCollapsed(e);
    const badge = () => core(e).getElementById(badgeKey(id));
    const rgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
    };
    expect(badge().style('background-color')).toBe(rgb(LIGHT_THEME.accent));
    expect(badge().style('color')).toBe(rgb(LIGHT_THEME.accentText));
    e.theme = 'dark';
    await settle(e);
    expect(badge().style('background-color')).toBe(rgb(DARK_THEME.accent));
    expect(badge().style('color')).toBe(rgb(DARK_THEME.accentText));
  });

  it("shows a collapsed body's subordinates when its badge is clicked, and drops the badge", async () => {
    const e = await open();
    const [id, hidden] = firstCollapsed(e);
    const before = e.graphView!.nodes.length;
    await clickBadge(e, id);
    const kids = e.graphView!.children.get(id) ?? [];
    expect(kids.length).toBeGreaterThan(0);
    for (const kid of kids) expect(drawn(e, kid)).toBe(true);
    expect(core(e).getElementById(badgeKey(id)).empty()).toBe(true);
    expect(e.graphView!.nodes.length).toBe(before + kids.length);
    expect(hidden).toBeGreaterThanOrEqual(kids.length);
    // A click on the badge expands; it does not select the body.
    expect(e.selected).toBeNull();
  });

  it('keeps what was expanded in the hash, through a reload and back', async () => {
    const e = await open((w) => {
      w.hashState = true;
    });
    const [id] = firstCollapsed(e);
    await clickBadge(e, id);
    expect(new URLSearchParams(location.hash.slice(1)).get('expand')).toBe(id);
    const kid = e.graphView!.children.get(id)![0]!;
    // Reload: a new widget reads the same hash.
    e.remove();
    const again = await open((w) => {
      w.hashState = true;
    });
    expect(drawn(again, kid)).toBe(true);
    expect(core(again).getElementById(badgeKey(id)).empty()).toBe(true);
    // Back to before the click: collapsed again.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(again);
    expect(drawn(again, kid)).toBe(false);
    expect(core(again).getElementById(badgeKey(id)).nonempty()).toBe(true);
  });

  it('expands the chain of command of a hidden body chosen in the search, and says so in the hash', async () => {
    const e = await open((w) => {
      w.hashState = true;
    });
    expect(drawn(e, DEEP)).toBe(false);
    const name = model.entities.find((entity) => entity.id === DEEP)!.name;
    const input = shadow<HTMLElement>(e, 'gov-search').shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard(`${name}{Enter}`);
    await settle(e);
    expect(e.selected).toBe(DEEP);
    const parent = e.graphView!.parent;
    expect(parent.has(DEEP)).toBe(true);
    for (let id: string | undefined = DEEP; id !== undefined; id = parent.get(id)) expect(drawn(e, id), id).toBe(true);
    // Going back to this entry later draws the same: the chain opened is in its hash.
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(hash.get('select')).toBe(DEEP);
    const expanded = (hash.get('expand') ?? '').split(',');
    expect(expanded).toContain(parent.get(DEEP));
    // Another body expanded, then back: the selection stays drawn, the other collapses again.
    const [other] = firstCollapsed(e);
    await clickBadge(e, other);
    expect(core(e).getElementById(badgeKey(other)).empty()).toBe(true);
    const back = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    history.back();
    await back;
    await settle(e);
    expect(e.selected).toBe(DEEP);
    expect(drawn(e, DEEP)).toBe(true);
    expect(core(e).getElementById(badgeKey(other)).nonempty()).toBe(true);
  });

  it('opens with a linked hidden body drawn, its chain expanded and the rest collapsed', async () => {
    history.replaceState(null, '', `#select=${DEEP}`);
    const e = await open((w) => {
      w.hashState = true;
    });
    expect(e.selected).toBe(DEEP);
    expect(drawn(e, DEEP)).toBe(true);
    // Only that chain: the rest stays collapsed.
    expect(badges(e).length).toBeGreaterThan(0);
    expect(e.graphView!.nodes.length).toBeLessThan(COLLAPSE_ABOVE);
  });

  it('exports to SVG what is drawn: the badges, and not the hidden bodies', async () => {
    const e = await open();
    const svg = await e.exportSvg({ scope: 'all', legend: false });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const bodies = [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id'));
    expect(bodies).toHaveLength(e.graphView!.nodes.length);
    expect(bodies).not.toContain(DEEP);
    const drawnBadges = [...doc.querySelectorAll('g.badge')];
    expect(drawnBadges).toHaveLength(e.graphView!.folding!.hiddenBelow.size);
    const [id, hidden] = firstCollapsed(e);
    const badge = drawnBadges.find((g) => g.getAttribute('data-for') === id)!;
    expect(badge.querySelector('title')!.textContent).toBe(`Show ${hidden} hidden subordinates`);
    expect(badge.querySelector('text')!.textContent).toBe(`+${hidden}`);
  });
});

describe('collapsing from the keyboard', () => {
  it('collapses the body the keyboard is on with -, and expands it again with +', async () => {
    const e = await open();
    const top = 'b0';
    const stage = shadow<HTMLElement>(e, '.stage');
    stage.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowUp}');
    expect(drawn(e, 'b1')).toBe(true);
    await userEvent.keyboard('-');
    await settle(e);
    expect(drawn(e, 'b1')).toBe(false);
    expect(core(e).getElementById(badgeKey(top)).data('label')).toBe('+999');
    await userEvent.keyboard('+');
    await settle(e);
    expect(drawn(e, 'b1')).toBe(true);
    // Enter still selects.
    await userEvent.keyboard('{Enter}');
    expect(e.selected).toBe(top);
  });

  it('moves the keyboard up to a body collapsed above it', async () => {
    const e = await open();
    shadow<HTMLElement>(e, '.stage').focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const on = canvasOf(e).focusId!;
    expect(e.graphView!.parent.get(on)).toBe('b0');
    // As the outline asks when Left is pressed on the top.
    const outline = shadow<HTMLElement>(e, 'gov-outline');
    outline.dispatchEvent(
      new CustomEvent('gov-expand-change', { detail: { id: 'b0', expanded: false }, bubbles: true, composed: true }),
    );
    await settle(e);
    expect(drawn(e, on)).toBe(false);
    expect(canvasOf(e).focusId).toBe('b0');
  });

  it('expands a collapsed body with Down, and moves into it with the next Down', async () => {
    const e = await open();
    const [id] = firstCollapsed(e);
    e.select(id);
    await settle(e);
    shadow<HTMLElement>(e, '.stage').focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(e);
    const kid = e.graphView!.children.get(id)?.[0];
    expect(kid).toBeDefined();
    expect(drawn(e, kid!)).toBe(true);
    await userEvent.keyboard('{ArrowDown}');
    expect(canvasOf(e).focusId).toBe(kid);
  });

  it('shows collapsed bodies in the outline as not expanded, and expands one with Right', async () => {
    const e = await open();
    const [id] = firstCollapsed(e);
    shadow<HTMLButtonElement>(e, '#tab-outline').click();
    await settle(e);
    const outline = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(e, 'gov-outline');
    await outline.updateComplete;
    const item = () => outline.shadowRoot!.querySelector<HTMLElement>(`[role="treeitem"][data-id="${id}"]`)!;
    expect(item().getAttribute('aria-expanded')).toBe('false');
    expect(outline.shadowRoot!.querySelector('[data-id="b0"]')!.getAttribute('aria-expanded')).toBe('true');
    item().focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(e);
    await outline.updateComplete;
    expect(item().getAttribute('aria-expanded')).toBe('true');
    const kid = e.graphView!.children.get(id)![0]!;
    expect(drawn(e, kid)).toBe(true);
    expect(outline.shadowRoot!.querySelector(`[data-id="${kid}"]`)).not.toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(e);
    await outline.updateComplete;
    expect(item().getAttribute('aria-expanded')).toBe('false');
    expect(drawn(e, kid)).toBe(false);
  });
});
