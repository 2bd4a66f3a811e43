import { afterEach, describe, expect, it } from 'vitest';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { modelId } from '../../src/view/element-key.js';
import { layerLinesOf } from '../../src/view/layer-lines.js';
import { LARGE_VIEW, RELATIONS_LISTED, SLICE_ABOVE } from '../../src/view/thresholds.js';
import { canvasOf, core, mount, settle, shadow } from './helpers.js';

let el: GovernanceGraphElement | undefined;

afterEach(() => {
  el?.remove();
  el = undefined;
});

describe('a large model', () => {
  it('is added in slices, the page running other tasks meanwhile, and is complete at gov-ready', async () => {
    const model = syntheticModel(4000);
    let ticks = 0;
    let ready = false;
    // Counts tasks that got to run while the model loaded: one blocking load would allow none.
    const tick = () => {
      if (ready) return;
      ticks++;
      setTimeout(tick, 0);
    };
    const mounted = mount((e) => {
      el = e;
      e.relations = 'all';
      // Every body drawn, as a large drawing is being tested, not a collapsed one.
      e.expandAll = true;
      e.model = model;
      setTimeout(tick, 0);
    });
    const { el: widget } = await mounted;
    ready = true;
    const cy = core(widget);
    const view = widget.graphView!;
    const inCytoscape = view.nodes.length + view.edges.length - layerLinesOf(view).length;
    expect(inCytoscape).toBeGreaterThan(SLICE_ABOVE);
    expect(cy.nodes().length).toBe(model.entities.length);
    expect(cy.elements().length).toBe(inCytoscape);
    expect(ticks).toBeGreaterThan(3);
  });

  it('draws relations solid until a selection highlights them, and says so in the legend', async () => {
    const model = syntheticModel(2000);
    ({ el } = await mount((e) => {
      e.relations = 'all';
      e.expandAll = true;
      e.model = model;
    }));
    const view = el.graphView!;
    expect(view.nodes.length + view.edges.length).toBeGreaterThan(LARGE_VIEW);
    const cy = core(el);
    const cooperation = cy.edges('[styleKey = "cooperation"]').first();
    expect(cooperation.nonempty()).toBe(true);
    expect(cooperation.style('line-style')).toBe('solid');
    el.select(modelId(cooperation.source().id()));
    await settle(el);
    expect(cooperation.hasClass('related')).toBe(true);
    expect(cooperation.style('line-style')).toBe('dashed');
    const legend = shadow<HTMLElement>(el, 'gov-legend');
    expect(legend.shadowRoot!.textContent).toContain('only when a selection highlights them');
  });

  it('draws a small model with its dashes and no such note', async () => {
    ({ el } = await mount((e) => {
      e.relations = 'all';
      e.model = syntheticModel(50);
    }));
    const cooperation = core(el).edges('[styleKey = "cooperation"]').first();
    expect(cooperation.style('line-style')).toBe('dashed');
    expect(shadow<HTMLElement>(el, 'gov-legend').shadowRoot!.textContent).not.toContain('only when a selection');
    expect(canvasOf(el).core).not.toBeNull();
  });
});

describe('a model with a hub: one body with thousands of relations', () => {
  const PARTNERS = 5000;
  const model = () => ({
    title: 'Hub',
    entities: [
      { id: 'board', name: 'Board', kind: 'body' },
      { id: 'hub', name: 'Liaison Office', kind: 'body' },
      ...Array.from({ length: PARTNERS }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}`, kind: 'organisation' })),
    ],
    relations: [
      { source: 'board', target: 'hub', type: 'oversees' },
      ...Array.from({ length: PARTNERS }, (_, i) => ({ source: 'hub', target: `p${i}`, type: 'cooperates-with' })),
    ],
  });

  /** How many pixels of the layer-line canvas are not fully transparent. */
  const linePixels = (widget: GovernanceGraphElement) => {
    const layer = canvasOf(widget).shadowRoot!.querySelector<HTMLCanvasElement>('canvas.lines')!;
    const data = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  };

  it('draws the hub’s lines on the line layer, lights them up when it is selected, and lists its relations a hundred at a time', async () => {
    ({ el } = await mount((e) => {
      e.model = model();
    }));
    const cy = core(el);
    expect(cy.nodes().length).toBe(PARTNERS + 2);
    expect(cy.edges().length).toBe(0);
    expect(layerLinesOf(el.graphView!)).toHaveLength(PARTNERS + 1);
    await settle(el);
    const before = linePixels(el);
    expect(before).toBeGreaterThan(0);
    el.select('hub');
    await settle(el);
    await expect.poll(() => linePixels(el!)).not.toBe(before);
    const details = shadow<HTMLElement>(el, 'gov-details').shadowRoot!;
    const others = () => details.querySelectorAll('h3 + ul.relations:last-of-type > li');
    expect(others()).toHaveLength(RELATIONS_LISTED);
    const more = details.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toContain(`${(PARTNERS - RELATIONS_LISTED).toLocaleString('en-GB')} not shown`);
    more.click();
    await settle(el);
    expect(others()).toHaveLength(2 * RELATIONS_LISTED);
  });
});

describe('Fit on a model of 5,000 bodies', () => {
  it('shows every body, however far out that takes the view', async () => {
    ({ el } = await mount((e) => {
      e.expandAll = true;
      e.model = syntheticModel(5000);
    }));
    await settle(el);
    // The toolbar's Fit, as a reader would press it.
    const toolbar = shadow<HTMLElement>(el, 'gov-toolbar').shadowRoot!;
    [...toolbar.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Fit')!.click();
    const cy = core(el);
    /** Bodies not wholly inside the drawing surface. */
    const outside = () => {
      const [width, height] = [cy.width(), cy.height()];
      return cy.nodes().filter((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        return box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height;
      }).length;
    };
    // Fit glides there over 300 ms.
    await expect.poll(outside, { timeout: 3000 }).toBe(0);
  });
});
