import { afterEach, describe, expect, it } from 'vitest';
import { whenSettled } from '../../src/canvas/frames.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nodeKey } from '../../src/view/element-key.js';
import { MAX_LABEL_LINES, nodeHeight } from '../../src/view/graph-style.js';
import { core, mount, settle, shadow } from './helpers.js';

let el: GovernanceGraphElement | undefined;

afterEach(() => {
  el?.remove();
  el = undefined;
});

// Long enough to wrap even where the page has no font for the script (its glyphs are measured narrower).
const CHINESE = '北大西洋公约组织网络防御合作卓越中心技术支援与培训部门及其各成员国联络办公室';
const THAI = 'ศูนย์ความเป็นเลิศด้านการป้องกันไซเบอร์ร่วมขององค์การนาโต';
const BROKEN = 'Head of\nFinance';
const LONG =
  'Joint Standing Committee of the Council on the Coordination of Cyber Defence Planning, Capabilities, ' +
  'Exercises, Education and Training with the Partner Nations of the Euro-Atlantic Area and the International ' +
  'Organisations Concerned, Established by Decision of the Heads of State and Government';
/** A name of some five lines, with an acronym on a line of its own: longer than labels used to be cut at. */
const MEDIUM = 'Office for the Coordination of Cyber Defence Education, Training and Exercises with Partner Nations';

/**
 * A council over the three names and a leaf; the long-named committee over two bodies (the level
 * under a tall box), and a secretariat over three leaves (a block), one of them of some five lines.
 */
const model = {
  title: 'Labels',
  entities: [
    { id: 'council', name: 'Council', kind: 'council' },
    { id: 'chinese', name: CHINESE, kind: 'committee' },
    { id: 'broken', name: BROKEN, kind: 'office' },
    { id: 'long', name: LONG, acronym: 'JSCC', kind: 'committee' },
    { id: 'thai', name: THAI, kind: 'centre' },
    { id: 'under-long-1', name: MEDIUM, kind: 'board' },
    { id: 'under-long-2', name: 'Training Board', kind: 'board' },
    { id: 'secretariat', name: 'Secretariat', kind: 'office' },
    { id: 'leaf-1', name: MEDIUM, acronym: 'OCCDETE', kind: 'office' },
    { id: 'leaf-2', name: 'Registry', kind: 'office' },
    { id: 'leaf-3', name: 'Archive', kind: 'office' },
  ],
  relations: [
    { source: 'council', target: 'chinese', type: 'oversees' },
    { source: 'council', target: 'broken', type: 'oversees' },
    { source: 'council', target: 'long', type: 'oversees' },
    { source: 'council', target: 'thai', type: 'oversees' },
    { source: 'council', target: 'secretariat', type: 'oversees' },
    { source: 'long', target: 'under-long-1', type: 'oversees' },
    { source: 'long', target: 'under-long-2', type: 'oversees' },
    { source: 'secretariat', target: 'leaf-1', type: 'oversees' },
    { source: 'secretariat', target: 'leaf-2', type: 'oversees' },
    { source: 'secretariat', target: 'leaf-3', type: 'oversees' },
  ],
};

describe('<governance-graph> drawing names as they are written', () => {
  async function show() {
    ({ el } = await mount((e) => {
      e.theme = 'light';
      e.expandAll = true;
      e.model = model;
    }));
    await whenSettled(core(el));
    return el;
  }

  const linesOf = (widget: GovernanceGraphElement, id: string) =>
    widget.graphView!.nodes.find((n) => n.id === id)!.lines;

  it('draws a line break, Chinese and Thai without hyphens, and a long name on up to MAX_LABEL_LINES lines', async () => {
    const widget = await show();
    const cy = core(widget);
    for (const node of widget.graphView!.nodes) {
      expect(cy.getElementById(nodeKey(node.id)).data('label'), node.id).toBe(node.lines.join('\n'));
    }

    expect(linesOf(widget, 'broken')).toEqual(['Head of', 'Finance']);
    for (const [id, name] of [
      ['chinese', CHINESE],
      ['thai', THAI],
    ] as const) {
      const lines = linesOf(widget, id);
      expect(lines.length, id).toBeGreaterThan(1);
      expect(lines.join(''), id).toBe(name);
    }

    const long = linesOf(widget, 'long');
    expect(long).toHaveLength(MAX_LABEL_LINES);
    expect(long.at(-2)).toMatch(/…$/);
    expect(long.at(-1)).toBe('JSCC');
    const drawn = cy.getElementById(nodeKey('long'));
    expect(drawn.height()).toBe(nodeHeight(MAX_LABEL_LINES));
  });

  it('lays the taller boxes out with no two bodies or labels overlapping', async () => {
    const widget = await show();
    const cy = core(widget);
    // Drawn whole, taller than labels used to be cut at.
    expect(linesOf(widget, 'leaf-1').slice(0, -1).join(' ')).toBe(MEDIUM);
    expect(linesOf(widget, 'under-long-1').join(' ')).toBe(MEDIUM);
    for (const id of ['leaf-1', 'under-long-1']) {
      expect(cy.getElementById(nodeKey(id)).height(), id).toBe(nodeHeight(linesOf(widget, id).length));
    }
    const boxes = cy.nodes().map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true }) }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${boxes[i]!.id} ${boxes[j]!.id}`);
      }
    }
    expect(overlaps).toEqual([]);
    // The level under the long name starts below its box.
    const long = cy.getElementById(nodeKey('long')).boundingBox({});
    expect(cy.getElementById(nodeKey('under-long-1')).boundingBox({}).y1).toBeGreaterThan(long.y2);
  });

  it('exports the same lines to the SVG, and gives the whole name in the tooltip and the details', async () => {
    const widget = await show();
    const doc = new DOMParser().parseFromString(await widget.exportSvg(), 'image/svg+xml');
    for (const node of widget.graphView!.nodes) {
      const group = [...doc.querySelectorAll('g.node')].find((g) => g.getAttribute('data-id') === node.id);
      expect(
        [...group!.querySelectorAll('text > tspan')].map((t) => t.textContent),
        node.id,
      ).toEqual(node.lines);
      expect(group!.querySelector('title')!.textContent, node.id).toContain(node.name);
    }

    const medium = [...doc.querySelectorAll('g.node')].find((g) => g.getAttribute('data-id') === 'leaf-1')!;
    const spans = [...medium.querySelectorAll('text > tspan')].map((t) => t.textContent);
    expect(spans.slice(0, -1).join(' ')).toBe(MEDIUM);

    expect(widget.graphView!.nodes.find((n) => n.id === 'long')!.title).toContain(LONG);
    widget.select('long');
    await settle(widget);
    const details = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(widget, 'gov-details');
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('h2')!.textContent).toBe(LONG);
  });
});
