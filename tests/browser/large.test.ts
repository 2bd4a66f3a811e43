import { afterEach, describe, expect, it } from 'vitest';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { modelId } from '../../src/view/element-key.js';
import { LARGE_VIEW, SLICE_ABOVE } from '../../src/view/thresholds.js';
import { treeLinksOf } from '../../src/view/tree-links.js';
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
      e.model = model;
      setTimeout(tick, 0);
    });
    const { el: widget } = await mounted;
    ready = true;
    const cy = core(widget);
    const view = widget.graphView!;
    const inCytoscape = view.nodes.length + view.edges.length - treeLinksOf(view).length;
    expect(inCytoscape).toBeGreaterThan(SLICE_ABOVE);
    expect(cy.nodes().length).toBe(model.entities.length);
    expect(cy.elements().length).toBe(inCytoscape);
    expect(ticks).toBeGreaterThan(3);
  });

  it('draws relations solid until a selection highlights them, and says so in the legend', async () => {
    const model = syntheticModel(2000);
    ({ el } = await mount((e) => {
      e.model = model;
    }));
    const view = el.graphView!;
    expect(view.nodes.length + view.edges.length).toBeGreaterThan(LARGE_VIEW);
    const cy = core(el);
    const cooperation = cy.edges('[styleKey = "cooperates-with"]').first();
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
      e.model = syntheticModel(50);
    }));
    const cooperation = core(el).edges('[styleKey = "cooperates-with"]').first();
    expect(cooperation.style('line-style')).toBe('dashed');
    expect(shadow<HTMLElement>(el, 'gov-legend').shadowRoot!.textContent).not.toContain('only when a selection');
    expect(canvasOf(el).core).not.toBeNull();
  });
});
