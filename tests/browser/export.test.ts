import { afterEach, describe, expect, it } from 'vitest';
import type { GovernanceModel } from '../../model/types.js';
import { teamModel } from '../../scripts/synthetic-model.js';
import { whenSettled } from '../../src/canvas/frames.js';
import { exportPng } from '../../src/export/export-png.js';
import { exportSvg, type SvgExportOptions } from '../../src/export/export-svg.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { layerLinesOf } from '../../src/view/layer-lines.js';
import { LIGHT_THEME } from '../../src/view/theme.js';
import { core, mount } from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement;
const sandboxes: Element[] = [];

afterEach(() => {
  el?.remove();
  for (const s of sandboxes.splice(0)) s.remove();
});

async function show(model: GovernanceGraphElement['model'], setup: (e: GovernanceGraphElement) => void = () => {}) {
  ({ el } = await mount((e) => {
    e.theme = 'light';
    setup(e);
    e.model = model;
  }));
  await whenSettled(core(el));
}

function exportNow(options: Partial<SvgExportOptions> = {}): string {
  const graph = el.governanceGraph!;
  // As the widget's own export does: a large drawing holds only what is near the view.
  el.shadowRoot!.querySelector('gov-canvas')!.drawAll();
  return exportSvg(core(el), el.graphView!, {
    theme: LIGHT_THEME,
    scope: 'all',
    title: graph.getAttribute('title'),
    legend: true,
    source: graph.getAttribute('source') ?? null,
    graph,
    ...options,
  });
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

/** The exported drawing placed in the page, so the browser lays its text out. */
function inline(svg: string): SVGSVGElement {
  const root = document.importNode(parse(svg).documentElement, true) as unknown as SVGSVGElement;
  const sandbox = document.createElement('div');
  sandbox.append(root);
  document.body.append(sandbox);
  sandboxes.push(sandbox);
  return root;
}

const nodeGroup = (root: ParentNode, id: string) =>
  [...root.querySelectorAll('g.node')].find((g) => g.getAttribute('data-id') === id);

function tree(bodies: number): GovernanceModel {
  return {
    title: `Synthetic tree of ${bodies}`,
    entities: Array.from({ length: bodies }, (_, i) => ({
      id: `body-${i}`,
      name: `Synthetic body number ${i} of the tree`,
      kind: i % 7 === 0 ? 'committee' : 'body',
    })),
    relations: Array.from({ length: bodies - 1 }, (_, i) => ({
      source: `body-${Math.floor(i / 3)}`,
      target: `body-${i + 1}`,
      type: 'oversees',
    })),
  };
}

describe('exportSvg on the NATO model', () => {
  it('writes well-formed XML with a tight viewBox, a width and a height, and nothing external', async () => {
    await show(nato);
    const svg = exportNow();
    const root = parse(svg).documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const [, , w, h] = root.getAttribute('viewBox')!.split(' ').map(Number);
    expect(Number(root.getAttribute('width'))).toBe(w);
    expect(Number(root.getAttribute('height'))).toBe(h);
    const box = core(el).elements().boundingBox({ includeLabels: true, includeOverlays: false });
    expect(w).toBeLessThan(box.w + 100);
    expect(svg).not.toMatch(/\b(href|src)=|@import|url\((?!#)/);
  });

  it('has every body as a group with a tooltip, and every label as text wrapped as on screen', async () => {
    await show(nato);
    const doc = parse(exportNow());
    const allText = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const entity of nato.entities) {
      const group = nodeGroup(doc, entity.id);
      expect(group, entity.id).toBeDefined();
      expect(group!.querySelector('title')!.textContent).toContain(entity.name);
      const lines = el.graphView!.nodes.find((n) => n.id === entity.id)!.lines;
      expect([...group!.querySelectorAll('text > tspan')].map((t) => t.textContent)).toEqual(lines);
      // Lines read on with a space, so whole phrases can be found; a label cut short ends in "…".
      expect(group!.querySelector('text')!.textContent).toBe(lines.join(' '));
      const truncated = lines.some((line) => line.endsWith('…'));
      const words = truncated
        ? lines.flatMap((line) => line.split(' ')).filter((w) => !w.endsWith('…'))
        : entity.name.split(/\s+/);
      for (const word of words) expect(allText, entity.id).toContain(word);
    }
  });

  it('names each lane of bodies outside the chain of command, as the screen does, clear of every body', async () => {
    await show(nato);
    const headings = el.graphView!.headings!;
    expect(headings.map((h) => h.family)).toContain('Documents and arrangements');
    expect(el.shadowRoot!.querySelector('gov-canvas')!.headings).toBe(headings);
    const root = inline(exportNow());
    const texts = [...root.querySelectorAll<SVGTextElement>('g.lane-headings > text')];
    expect(texts.map((t) => t.textContent)).toEqual(headings.map((h) => h.family));
    const [x, y, w, h] = root.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const bodies = [...root.querySelectorAll<SVGGElement>('g.node')].map((g) => g.querySelector('path')!.getBBox());
    for (const text of texts) {
      const box = text.getBBox();
      const name = text.textContent!;
      expect(box.x, name).toBeGreaterThanOrEqual(x);
      expect(box.y, name).toBeGreaterThanOrEqual(y);
      expect(box.x + box.width, name).toBeLessThanOrEqual(x + w);
      expect(box.y + box.height, name).toBeLessThanOrEqual(y + h);
      for (const b of bodies) {
        const apart =
          box.x + box.width <= b.x || b.x + b.width <= box.x || box.y + box.height <= b.y || b.y + b.height <= box.y;
        expect(apart, name).toBe(true);
      }
    }
  });

  it('places each label inside its body when Chromium lays the file out', async () => {
    await show(nato);
    const root = inline(exportNow());
    const groups = [...root.querySelectorAll<SVGGElement>('g.node')];
    expect(groups).toHaveLength(nato.entities.length);
    for (const group of groups) {
      const shape = group.querySelector<SVGPathElement>('path')!.getBBox();
      const label = group.querySelector<SVGTextElement>('text')!.getBBox();
      const id = group.getAttribute('data-id');
      expect(label.width, id!).toBeGreaterThan(0);
      expect(label.x, id!).toBeGreaterThanOrEqual(shape.x);
      expect(label.y, id!).toBeGreaterThanOrEqual(shape.y);
      expect(label.x + label.width, id!).toBeLessThanOrEqual(shape.x + shape.width);
      expect(label.y + label.height, id!).toBeLessThanOrEqual(shape.y + shape.height);
    }
  });

  it('draws the selection, its chain of command and the dimmed rest as the screen does', async () => {
    await show(nato);
    el.select('cyber-defence-committee');
    await whenSettled(core(el));
    const doc = parse(exportNow());
    const stroke = (id: string) => nodeGroup(doc, id)!.querySelector('path')!.getAttribute('stroke');
    expect(stroke('cyber-defence-committee')).toBe(LIGHT_THEME.selection);
    expect(stroke('north-atlantic-council')).toBe(LIGHT_THEME.chainHighlight);
    expect(nodeGroup(doc, 'cyber-defence-committee')!.getAttribute('opacity')).toBeNull();
    expect(Number(nodeGroup(doc, 'cert-eu')!.getAttribute('opacity'))).toBeCloseTo(0.18);
    expect(nodeGroup(doc, 'cyber-defence-committee')!.querySelector('text')!.getAttribute('font-weight')).toBe('bold');
  });

  it('draws the tree links highlighted and dimmed as the screen does, from the element', async () => {
    await show(nato);
    el.select('cyber-defence-committee');
    const doc = parse(await el.exportSvg());
    const lines = layerLinesOf(el.graphView!);
    const lineTo = (id: string) => {
      const line = lines.find((e) => e.target === id)!;
      return doc.querySelector(`g.edge[data-id="${CSS.escape(line.id)}"]`)!;
    };
    const highlighted = lineTo('cyber-defence-committee');
    expect(highlighted.querySelector('path')!.getAttribute('stroke')).toBe(LIGHT_THEME.chainHighlight);
    expect(highlighted.querySelector('path')!.getAttribute('stroke-width')).toBe('3');
    expect(highlighted.querySelector('title')!.textContent).toContain('Cyber Defence Committee');
    expect(Number(lineTo('ncirc-technical-centre').getAttribute('opacity'))).toBeCloseTo(0.1);
  });

  it('leaves out what the year hides', async () => {
    await show(nato, (e) => {
      e.year = 2010;
    });
    const doc = parse(exportNow());
    expect(nodeGroup(doc, 'chief-information-officer')).toBeUndefined();
    expect(doc.querySelectorAll('g.node')).toHaveLength(core(el).nodes().length);
  });

  it('frames the current view and cuts what crosses its edges', async () => {
    await show(nato);
    const cy = core(el);
    cy.zoom({ level: 2, renderedPosition: { x: 550, y: 350 } });
    const extent = cy.extent();
    const doc = parse(exportNow({ scope: 'view', title: null, legend: false, source: null }));
    const [x, y, w, h] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    // At the view's size on screen: the model's extent times the zoom.
    expect(w).toBe(Math.ceil(extent.w * 2));
    expect(h).toBe(Math.ceil(extent.h * 2));
    expect(x).toBeCloseTo(extent.x1 * 2 - (w - extent.w * 2) / 2, 1);
    expect(y).toBeCloseTo(extent.y1 * 2, 1);
    expect(doc.querySelector('clipPath')).not.toBeNull();
    const inView = cy.nodes().filter((n) => {
      const b = n.boundingBox();
      return b.x1 <= extent.x2 && extent.x1 <= b.x2 && b.y1 <= extent.y2 && extent.y1 <= b.y2;
    });
    expect(doc.querySelectorAll('g.node')).toHaveLength(inView.length);
    expect(inView.length).toBeLessThan(cy.nodes().length);
  });

  it('gives each body its kind and family as classes, and each line its type, role and ends, for restyling', async () => {
    await show(nato, (e) => {
      e.relations = 'all';
    });
    const doc = parse(exportNow());
    expect(nodeGroup(doc, 'cyber-defence-committee')!.getAttribute('class')).toBe(
      'node kind-committee family-political',
    );
    const graph = el.governanceGraph!;
    const lines = [...doc.querySelectorAll('g.edge')];
    expect(lines).toHaveLength(nato.relations.length);
    for (const line of lines) {
      const id = line.getAttribute('data-id')!;
      const drawn = el.graphView!.edges.find((e) => e.id === id)!;
      expect(line.getAttribute('class')).toBe(
        `edge type-${drawn.type} family-${drawn.family} ${drawn.role}${drawn.inferred ? ' inferred' : ''}`,
      );
      expect([line.getAttribute('data-source'), line.getAttribute('data-target')]).toEqual([
        graph.source(id),
        graph.target(id),
      ]);
    }
    // CSS written against those classes finds what it names.
    expect(doc.querySelectorAll('.type-cooperates-with').length).toBe(
      nato.relations.filter((r) => r.type === 'cooperates-with').length,
    );
    expect(doc.querySelectorAll('.edge.family-succession').length).toBe(
      nato.relations.filter((r) => r.type === 'renamed-to' || r.type === 'superseded-by').length,
    );
  });

  it('lists in its legend the families of the bodies and lines drawn, and names the source', async () => {
    await show(nato);
    const doc = parse(exportNow());
    const legend = doc.querySelector('g.legend')!.textContent!;
    expect(legend).toContain('Political bodies and committees');
    expect(legend).toContain('Chain of command');
    // Nothing selected: no relation outside the chain of command is drawn, nor listed.
    expect(legend).not.toContain('Cooperation and support');
    expect(doc.querySelector('text.source')!.textContent).toContain(nato.source?.url);
    expect(doc.querySelector('svg > title')!.textContent).toBe(nato.title);
  });
});

describe('exportSvg of a wide team', () => {
  it('keeps every line of the block as far inside the picture as the bodies are (24 pixels)', async () => {
    await show(teamModel(300), (e) => {
      e.expandAll = true;
    });
    const root = inline(exportNow({ title: '', legend: false, source: null }));
    const [x, y, w, h] = root.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const lines = [...root.querySelectorAll<SVGPathElement>('g.edge > path[stroke]')];
    expect(lines).toHaveLength(300);
    for (const line of lines) {
      const box = line.getBBox();
      expect(box.x).toBeGreaterThanOrEqual(x + 23);
      expect(box.y).toBeGreaterThanOrEqual(y + 23);
      expect(box.x + box.width).toBeLessThanOrEqual(x + w - 23);
      expect(box.y + box.height).toBeLessThanOrEqual(y + h - 23);
    }
  });
});

describe('exportSvg with hostile labels', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    '&amp; R&D',
    'a ]]> b',
    `"quotes' and "more"`,
    '\u202Eevil',
    'NUL \u0000 here',
    'lone \uD800 surrogate',
    'javascript:alert(1)',
    'onload=alert(1)',
    '<svg onload="alert(1)"><foreignObject><iframe src="javascript:alert(1)"/></foreignObject>',
    '<!-- comment --> <![CDATA[ x ]]>',
  ];
  const model: GovernanceModel = {
    title: '<script>alert("title")</script> & ]]>',
    source: { title: 'javascript:alert(1)', url: 'javascript:alert(1)', date: '2024' },
    entities: HOSTILE.map((name, i) => ({
      id: `hostile-${i}`,
      name,
      ...(i % 2 === 0 ? { acronym: `<b>${i}</b>` } : {}),
      kind: i === 3 ? 'onclick="alert(1)"' : 'body',
    })),
    relations: HOSTILE.slice(1).map((_, i) => ({ source: 'hostile-0', target: `hostile-${i + 1}`, type: 'oversees' })),
  };

  it('exports every one as inert, parseable text', async () => {
    await show(model);
    const svg = exportNow();
    const doc = parse(svg);
    const all = [...doc.getElementsByTagNameNS('*', '*')];
    expect(all.filter((e) => ['script', 'foreignObject', 'iframe', 'a'].includes(e.localName))).toEqual([]);
    for (const element of all) {
      for (const attribute of element.attributes) {
        expect(attribute.name, element.localName).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/javascript:/i);
      }
    }
    expect(doc.querySelector('svg > title')!.textContent).toBe(model.title);
    HOSTILE.forEach((name, i) => {
      const safe = name.replaceAll('\u0000', '\uFFFD').replaceAll('\uD800', '\uFFFD');
      expect(nodeGroup(doc, `hostile-${i}`)!.querySelector('title')!.textContent).toContain(safe);
    });
  });

  it('renders in Chromium with the labels as text', async () => {
    await show(model);
    const root = inline(exportNow());
    expect(root.querySelectorAll('g.node')).toHaveLength(HOSTILE.length);
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });
});

describe('the Export menu', () => {
  it('says in the menu why an export failed, as well as to screen readers', async () => {
    await show(nato);
    // The browser failing to encode a canvas (short of memory, say), which no page can bring about at will.
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => callback(null);
    try {
      const menu = el.shadowRoot!.querySelector('gov-export-menu')!;
      const buttons = () => [...menu.shadowRoot!.querySelectorAll('button')];
      buttons()
        .find((b) => b.textContent?.trim() === 'Export')!
        .click();
      await menu.updateComplete;
      buttons()
        .find((b) => b.textContent?.trim() === 'PNG')!
        .click();
      await expect
        .poll(() => menu.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', { timeout: 15_000 })
        .toMatch(/^Export failed: .*could not encode .*; export the SVG instead/);
      expect(menu.shadowRoot!.querySelector<HTMLElement>('#export-panel')!.hidden).toBe(false);
      buttons()
        .find((b) => b.textContent?.trim() === 'SVG')!
        .click();
      await expect.poll(() => menu.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
    }
  }, 30_000);
});

describe('exportPng', () => {
  it('has exactly twice the pixels across and down at 2× as at 1×', async () => {
    await show(nato);
    const svg = exportNow();
    const [{ blob: one }, { blob: two }] = await Promise.all([exportPng(svg, 1), exportPng(svg, 2)]);
    expect(one.type).toBe('image/png');
    const [a, b] = await Promise.all([createImageBitmap(one), createImageBitmap(two)]);
    const root = parse(svg).documentElement;
    expect(a.width).toBe(Number(root.getAttribute('width')));
    expect(a.height).toBe(Number(root.getAttribute('height')));
    expect(b.width).toBe(2 * a.width);
    expect(b.height).toBe(2 * a.height);
  });

  it('draws a superior with 300 direct reports at 2×, the team a block rather than a column', async () => {
    // Every report drawn: a model this large otherwise opens with the team folded under a badge.
    await show(teamModel(300), (e) => {
      e.expandAll = true;
    });
    const [svg, png] = await Promise.all([el.exportSvg(), el.exportPng({ pixelRatio: 2 })]);
    expect(parse(svg).querySelectorAll('g.node').length).toBe(301);
    expect(png.type).toBe('image/png');
    const picture = await createImageBitmap(png);
    const root = parse(svg).documentElement;
    expect(picture.width).toBe(2 * Number(root.getAttribute('width')));
    expect(picture.height).toBe(2 * Number(root.getAttribute('height')));
    // A column of 300 would be some thirty times taller than wide; title and legend widen it a little.
    expect(picture.width / picture.height).toBeGreaterThan(0.5);
    expect(picture.width / picture.height).toBeLessThan(2);
  }, 30_000);

  it('refuses pixel ratios outside 1 to 4', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    await expect(exportPng(svg, 0.5)).rejects.toThrow(/between 1 and 4/);
    await expect(exportPng(svg, 5)).rejects.toThrow(/between 1 and 4/);
    await expect(exportPng(svg, Number.NaN)).rejects.toThrow(/between 1 and 4/);
  });

  it('draws a picture wider than a browser can draw at the ratio asked at the highest ratio that fits', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="10"/>';
    const png = await exportPng(svg, 2);
    expect(png.requestedPixelRatio).toBe(2);
    expect(png.pixelRatio).toBeLessThan(2);
    expect(png.width).toBeLessThanOrEqual(32_767);
    const picture = await createImageBitmap(png.blob);
    expect(picture.width).toBe(png.width);
    expect(picture.width).toBeGreaterThan(32_000);
  });

  it('refuses text that is not an SVG document', async () => {
    await expect(exportPng('<html><body>not a picture</body></html>', 1)).rejects.toThrow(/export-png: not an SVG/);
  });
});

describe('export size', () => {
  it('grows linearly with the model: 50, 500 and 2,000 bodies', { timeout: 120_000 }, async () => {
    const figures: { bodies: number; bytes: number; perBody: number; milliseconds: number }[] = [];
    for (const bodies of [50, 500, 2000]) {
      await show(tree(bodies), (e) => {
        e.expandAll = true;
      });
      const started = performance.now();
      const svg = exportNow({ title: null, legend: false, source: null });
      const milliseconds = Math.round(performance.now() - started);
      const bytes = new TextEncoder().encode(svg).length;
      parse(svg);
      figures.push({ bodies, bytes, perBody: Math.round(bytes / bodies), milliseconds });
      el.remove();
    }
    console.log(
      `SVG export size: ${figures.map((f) => `${f.bodies} bodies ${f.bytes} bytes (${f.perBody}/body, ${f.milliseconds} ms)`).join('; ')}`,
    );
    const [small, , large] = figures as [(typeof figures)[0], (typeof figures)[0], (typeof figures)[0]];
    // Linear growth keeps bytes per body steady; anything quadratic would multiply it by about 40.
    expect(large.perBody).toBeGreaterThan(small.perBody * 0.5);
    expect(large.perBody).toBeLessThan(small.perBody * 2);
  });
});
