import { afterEach, describe, expect, it } from 'vitest';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { edgeKey, modelId, nodeKey } from '../../src/view/element-key.js';
import { isLayerLine, layerLinesOf } from '../../src/view/layer-lines.js';
import { LARGE_VIEW, RELATIONS_LISTED, WINDOW_ABOVE } from '../../src/view/thresholds.js';
import { canvasOf, core, mount, settle, shadow } from './helpers.js';

let el: GovernanceGraphElement | undefined;

afterEach(() => {
  el?.remove();
  el = undefined;
});

describe('a large model', () => {
  it('holds the bodies and lines near the view in Cytoscape, and gains the others as the view moves to them', async () => {
    const model = syntheticModel(4000);
    ({ el } = await mount((e) => {
      e.relations = 'all';
      // Every body drawn, as a large drawing is being tested, not a collapsed one.
      e.expandAll = true;
      e.model = model;
    }));
    const cy = core(el);
    const view = el.graphView!;
    const inCytoscape = view.nodes.length + view.edges.length - layerLinesOf(view).length;
    expect(inCytoscape).toBeGreaterThan(WINDOW_ABOVE);
    expect(cy.elements().length).toBeGreaterThan(0);
    expect(cy.elements().length).toBeLessThan(inCytoscape / 4);
    const drawn = (id: string) => cy.getElementById(nodeKey(id)).nonempty();
    // Every body the view shows, even in part, is drawn.
    const meets = (extent: { x1: number; y1: number; x2: number; y2: number }, n: (typeof view.nodes)[0]) =>
      n.x + n.width / 2 >= extent.x1 &&
      n.x - n.width / 2 <= extent.x2 &&
      n.y + n.height / 2 >= extent.y1 &&
      n.y - n.height / 2 <= extent.y2;
    const shown = view.nodes.filter((n) => meets(cy.extent(), n));
    expect(shown.length).toBeGreaterThan(3);
    for (const n of shown) expect(drawn(n.id), n.id).toBe(true);
    // A body far from the view comes in when the view goes to it, and so do its lines.
    const far = view.nodes.find((n) => !drawn(n.id) && view.edges.some((e) => e.source === n.id && !isLayerLine(e)))!;
    expect(far).toBeDefined();
    cy.center(cy.collection());
    cy.pan({ x: cy.width() / 2 - far.x * cy.zoom(), y: cy.height() / 2 - far.y * cy.zoom() });
    await expect.poll(() => drawn(far.id)).toBe(true);
    const line = view.edges.find((e) => e.source === far.id && !isLayerLine(e))!;
    expect(cy.getElementById(edgeKey(line.id)).nonempty()).toBe(true);
    for (const n of view.nodes.filter((n) => meets(cy.extent(), n))) expect(drawn(n.id), n.id).toBe(true);
  });

  it('puts every body into Cytoscape for an export of the whole drawing, and takes the far ones out again after', async () => {
    ({ el } = await mount((e) => {
      e.expandAll = true;
      e.model = syntheticModel(2000);
    }));
    const held = core(el).nodes().length;
    expect(held).toBeLessThan(2000);
    const svg = await el.exportSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('g.node')).toHaveLength(2000);
    // Back to those near the view (kept within a wider margin than the first drawing's).
    await expect.poll(() => core(el!).nodes().length).toBeLessThan(Math.max(4 * held, 500));
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
    // Only the partners near the view are in Cytoscape; the hub's lines reach the others all the same.
    expect(cy.nodes().length).toBeGreaterThan(0);
    expect(cy.nodes().length).toBeLessThan(PARTNERS);
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
  it('shows every body, however far out that takes the view, as boxes beneath Cytoscape; a body selected then is drawn again', async () => {
    ({ el } = await mount((e) => {
      e.expandAll = true;
      e.model = syntheticModel(5000);
    }));
    await settle(el);
    const cy = core(el);
    const layer = canvasOf(el).shadowRoot!.querySelector<HTMLCanvasElement>('canvas.lines')!;
    /** Pixels of the line layer in a colour other than the lines' grey. */
    const boxPixels = () => {
      const data = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          data[i + 3]! > 0 &&
          Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40
        ) {
          count++;
        }
      }
      return count;
    };
    const before = boxPixels();
    // The toolbar's Fit, as a reader would press it.
    const toolbar = shadow<HTMLElement>(el, 'gov-toolbar').shadowRoot!;
    [...toolbar.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Fit')!.click();
    /** Bodies whose laid-out boxes are not wholly inside the drawing surface at the current view. */
    const outside = () => {
      const [zoom, pan, width, height] = [cy.zoom(), cy.pan(), cy.width(), cy.height()];
      return el!.graphView!.nodes.filter((n) => {
        const x1 = (n.x - n.width / 2) * zoom + pan.x;
        const y1 = (n.y - n.height / 2) * zoom + pan.y;
        return x1 < 0 || y1 < 0 || x1 + n.width * zoom > width || y1 + n.height * zoom > height;
      }).length;
    };
    // Fit glides there over 300 ms.
    await expect.poll(outside, { timeout: 3000 }).toBe(0);
    // Too many bodies to draw as such: none in Cytoscape, all of them boxes on the line layer.
    await expect.poll(() => cy.nodes().length).toBe(0);
    await expect.poll(boxPixels).toBeGreaterThan(before);
    el.select('b2500');
    await settle(el);
    await expect.poll(() => cy.getElementById(nodeKey('b2500')).nonempty(), { timeout: 5000 }).toBe(true);
  });
});
