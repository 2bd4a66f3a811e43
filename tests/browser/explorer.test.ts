import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import type { GovDetails } from '../../src/gov-details.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { edgeKey, modelId, nodeKey } from '../../src/view/element-key.js';
import { FONT_SIZE, labelWidth } from '../../src/view/graph-style.js';
import { isReportingLine } from '../../src/view/graph-view.js';
import { layerLinesOf } from '../../src/view/layer-lines.js';
import {
  canvasOf,
  clickBackground,
  clickNode,
  core,
  frame,
  hoverNode,
  mount,
  nextEvent,
  settle,
  shadow,
} from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement;

/** Whether the body is drawn wholly inside the canvas. */
function wholeInView(id: string): boolean {
  const cy = core(el);
  const box = cy.getElementById(nodeKey(id)).renderedBoundingBox({ includeLabels: false });
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
}

afterEach(() => {
  el?.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

function details(): GovDetails {
  return shadow<GovDetails>(el, 'gov-details');
}

function detailsText(): string {
  return details().shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('<governance-graph> on the NATO model', () => {
  beforeEach(async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
  });

  describe('when first drawn', () => {
    /** Ids of the relations drawn, by Cytoscape and on the line layer. */
    const drawnLines = () =>
      [
        ...core(el)
          .edges()
          .map((e) => modelId(e.id())),
        ...canvasOf(el).layerLines.map((e) => e.id),
      ].sort();
    /** Ids of the model's relations in the chain of command. */
    const chainOfCommand = () => el.graphView!.edges.filter(isReportingLine).map((e) => e.id);

    /** Ids of the lines of the SVG export. */
    const exportedLines = async () => {
      const svg = new DOMParser().parseFromString(await el.exportSvg(), 'image/svg+xml');
      return [...svg.querySelectorAll('g.edge')].map((g) => g.getAttribute('data-id')!).sort();
    };

    it('wraps every label so that its lines fit the shape in bold, as a selected body’s label is drawn', async () => {
      const context = document.createElement('canvas').getContext('2d')!;
      const cy = core(el);
      const wide: string[] = [];
      for (const node of el.graphView!.nodes) {
        el.select(node.id);
        await settle(el);
        const drawn = cy.getElementById(nodeKey(node.id));
        expect(drawn.style('font-weight')).toBe('bold');
        context.font = `bold ${FONT_SIZE}px ${drawn.style('font-family')}`;
        for (const line of node.lines) {
          const width = context.measureText(line).width;
          if (width > labelWidth(drawn.data('shape'))) wide.push(`${line}: ${width}`);
        }
      }
      expect(wide).toEqual([]);
    }, 60_000);

    it('switches to every relation from the toolbar and back from the legend, keeping the choice in the hash', async () => {
      el.hashState = true;
      await settle(el);
      const toolbar = shadow<HTMLElement>(el, 'gov-toolbar').shadowRoot!;
      const button = [...toolbar.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'All relations')!;
      expect(button.getAttribute('aria-pressed')).toBe('false');
      await userEvent.click(button);
      await settle(el);
      expect(el.relations).toBe('all');
      expect(location.hash).toContain('relations=all');
      expect(drawnLines()).toHaveLength(nato.relations.length);
      await shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-toolbar').updateComplete;
      expect(button.getAttribute('aria-pressed')).toBe('true');
      const legend = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-legend');
      await legend.updateComplete;
      const box = legend.shadowRoot!.querySelector<HTMLInputElement>('label.switch input')!;
      expect(box.checked).toBe(true);
      box.click();
      await settle(el);
      expect(el.relations).toBe('selected');
      expect(location.hash).not.toContain('relations=');
      expect(drawnLines()).toEqual(chainOfCommand().sort());
      el.hashState = false;
      history.replaceState(null, '', location.pathname);
    });

    it('draws every body and, with nothing selected, only the chain of command, on screen and in the SVG', async () => {
      expect(core(el).nodes().length).toBe(nato.entities.length);
      expect(drawnLines()).toEqual(chainOfCommand().sort());
      expect(await exportedLines()).toEqual(chainOfCommand().sort());
    });

    it('draws a selected body’s other relations too, and every relation when asked', async () => {
      el.select('ncirc-technical-centre');
      await settle(el);
      const own = el
        .graphView!.edges.filter((e) => !isReportingLine(e))
        .filter((e) => e.source === 'ncirc-technical-centre' || e.target === 'ncirc-technical-centre')
        .map((e) => e.id);
      expect(own.length).toBeGreaterThan(0);
      expect(drawnLines()).toEqual([...chainOfCommand(), ...own].sort());
      expect(await exportedLines()).toEqual([...chainOfCommand(), ...own].sort());
      for (const id of own) expect(core(el).getElementById(edgeKey(id)).hasClass('related')).toBe(true);
      el.relations = 'all';
      await settle(el);
      expect(drawnLines()).toEqual([...el.governanceGraph!.edges()].sort());
      expect(drawnLines().length).toBe(nato.relations.length);
      el.relations = 'none';
      await settle(el);
      expect(drawnLines()).toEqual(chainOfCommand().sort());
    });

    it('paints the lines of the tree beneath the bodies, and repaints them highlighted on selection', async () => {
      // The starting view may still be moving into place: the layer follows it frame by frame.
      await settle(el);
      // A stated tree link (an inferred one is dotted, with gaps), both ends in view: every tree
      // link leaves its superior straight down from the centre.
      const links = layerLinesOf(el.graphView!);
      const line = links.find((e) => !e.inferred && wholeInView(e.source) && wholeInView(e.target))!;
      expect(line).toBeDefined();
      const layer = shadow<HTMLElement>(el, 'gov-canvas').shadowRoot!.querySelector<HTMLCanvasElement>('canvas.lines')!;
      // A point on the line's first leg, just below the council, in the layer's pixels.
      const colourAt = () => {
        const cy = core(el);
        const council = cy.getElementById(nodeKey(line.source));
        const at = { x: council.position('x'), y: council.position('y') + council.height() / 2 + 8 };
        const ratio = layer.width / cy.width();
        const x = Math.round((at.x * cy.zoom() + cy.pan().x) * ratio);
        const y = Math.round((at.y * cy.zoom() + cy.pan().y) * ratio);
        return [...layer.getContext('2d')!.getImageData(x, y, 1, 1).data];
      };
      const plain = colourAt();
      expect(plain[3]).toBeGreaterThan(100);
      el.select(line.target);
      await settle(el);
      await expect.poll(() => colourAt().join()).not.toBe(plain.join());
    });

    it('shows labels at a readable size with no two bodies or labels overlapping', () => {
      const cy = core(el);
      expect(cy.zoom() * FONT_SIZE).toBeGreaterThanOrEqual(9);
      const boxes = cy.nodes().map((n) => ({ id: modelId(n.id()), box: n.boundingBox({ includeLabels: true }) }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
          expect(overlap, `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
        }
      }
    });

    it('draws the Cyber Defence Committee below the North Atlantic Council', () => {
      const cy = core(el);
      expect(cy.getElementById(nodeKey('cyber-defence-committee')).position('y')).toBeGreaterThan(
        cy.getElementById(nodeKey('north-atlantic-council')).position('y'),
      );
    });
  });

  describe('when a body is clicked', () => {
    it('emits gov-select with its id, highlights its chain of command and dims the rest', async () => {
      const selected = nextEvent<{ id: string | null }>(el, 'gov-select');
      await clickNode(el, 'cyber-defence-committee');
      expect((await selected).detail.id).toBe('cyber-defence-committee');
      await settle(el);
      const cy = core(el);
      expect(cy.getElementById(nodeKey('cyber-defence-committee')).hasClass('selected')).toBe(true);
      expect(cy.getElementById(nodeKey('north-atlantic-council')).hasClass('superior')).toBe(true);
      expect(cy.getElementById(nodeKey('cert-eu')).hasClass('dimmed')).toBe(true);
    });

    it('shows the full name, kind and dates of a body under the pointer', async () => {
      await hoverNode(el, 'chief-information-officer');
      await settle(el);
      const tip = shadow<HTMLElement>(el, '[role="tooltip"]');
      expect(tip.textContent?.replace(/\s+/g, ' ')).toContain('Chief Information Officer');
      expect(tip.textContent).toContain('since 2021-09');
      // Just below the body, centred on it.
      const box = core(el)
        .getElementById(nodeKey('chief-information-officer'))
        .renderedBoundingBox({ includeLabels: false });
      expect(Number.parseFloat(tip.style.left)).toBeCloseTo((box.x1 + box.x2) / 2, 0);
      expect(Number.parseFloat(tip.style.top)).toBeGreaterThan(box.y2);
    });

    it('pans the view when a drag starts on a body, without selecting it', async () => {
      const cy = core(el);
      const node = cy.getElementById(nodeKey('north-atlantic-council'));
      cy.center(node);
      await settle(el);
      const surface = shadow<HTMLElement>(el, 'gov-canvas').shadowRoot!.querySelector<HTMLElement>('.surface')!;
      const target = surface.querySelector<HTMLElement>(':scope > div') ?? surface;
      const rect = surface.getBoundingClientRect();
      const at = node.renderedPosition();
      const start = { x: rect.left + at.x, y: rect.top + at.y };
      const before = { ...cy.pan() };
      const mouse = (type: string, x: number, y: number, on: EventTarget) =>
        on.dispatchEvent(
          new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, composed: true }),
        );
      mouse('mousedown', start.x, start.y, target);
      for (let i = 1; i <= 10; i++) {
        mouse('mousemove', start.x - i * 12, start.y - i * 6, window);
        await frame();
      }
      mouse('mouseup', start.x - 120, start.y - 60, window);
      await settle(el);
      expect(cy.pan().x).toBeLessThan(before.x - 60);
      expect(cy.pan().y).toBeLessThan(before.y - 30);
      expect(el.selected).toBeNull();
    });

    it('clears the selection when the background is clicked', async () => {
      el.select('cyber-defence-committee');
      await settle(el);
      const cleared = nextEvent<{ id: string | null }>(el, 'gov-select');
      await clickBackground(el);
      expect((await cleared).detail.id).toBeNull();
      expect(el.selected).toBeNull();
    });
  });

  describe('the details panel', () => {
    it('shows the Cyber Defence Committee under the North Atlantic Council, with the source sentence', async () => {
      el.select('cyber-defence-committee');
      await settle(el);
      await details().updateComplete;
      const text = detailsText();
      expect(text).toContain('Cyber Defence Committee');
      const crumbs = [...(details().shadowRoot?.querySelectorAll('ol.crumbs button') ?? [])].map((b) =>
        b.getAttribute('title'),
      );
      expect(crumbs).toContain('North Atlantic Council');
      expect(text).toContain('subordinate to the North Atlantic Council');
    });

    it('shows the NCIRC Technical Centre as part of the NCI Agency, and following the link selects the agency', async () => {
      el.select('ncirc-technical-centre');
      await settle(el);
      await details().updateComplete;
      expect(detailsText()).toContain('NCIRC Technical Centre');
      const agency = [...(details().shadowRoot?.querySelectorAll('ol.crumbs button') ?? [])].find(
        (b) => b.getAttribute('title') === 'NATO Communications and Information Agency',
      ) as HTMLButtonElement | undefined;
      expect(agency).toBeDefined();
      const selected = nextEvent<{ id: string | null }>(el, 'gov-select');
      await userEvent.click(agency!);
      expect((await selected).detail.id).toBe('nci-agency');
    });
  });

  describe('search', () => {
    it('selects the best match on Enter: "NCIRC" finds NCIRC, "cio" the Chief Information Officer', async () => {
      const input = shadow<HTMLElement>(el, 'gov-search').shadowRoot!.querySelector('input')!;
      await userEvent.click(input);
      await userEvent.keyboard('NCIRC');
      await userEvent.keyboard('{Enter}');
      expect(el.selected).toBe('ncirc');
      await userEvent.clear(input);
      await userEvent.keyboard('cio{Enter}');
      expect(el.selected).toBe('chief-information-officer');
    });

    it('offers "NATO Defense College" for "defence college"', async () => {
      const search = shadow<HTMLElement>(el, 'gov-search');
      const input = search.shadowRoot!.querySelector('input')!;
      await userEvent.click(input);
      await userEvent.keyboard('defence college');
      await settle(el);
      const first = search.shadowRoot!.querySelector('[role="option"]')?.textContent ?? '';
      expect(first).toContain('Defense College');
    });
  });

  describe('filters', () => {
    it('hides and shows a kind of body and a relation type from the legend', async () => {
      shadow<HTMLButtonElement>(el, '#tab-legend').click();
      await settle(el);
      el.relations = 'all';
      await settle(el);
      const legend = shadow<HTMLElement>(el, 'gov-legend');
      const entry = (text: string) =>
        [...legend.shadowRoot!.querySelectorAll('ul[aria-labelledby] > li')].find((l) =>
          l.textContent?.includes(text),
        )!;
      const box = (text: string) =>
        [...legend.shadowRoot!.querySelectorAll('label')]
          .find((l) => l.textContent?.includes(text))!
          .querySelector('input')!;
      const cy = core(el);
      const graph = el.governanceGraph!;
      const drawn = (kinds: string[]) =>
        cy.nodes().filter((n) => kinds.includes(graph.getNodeAttribute(modelId(n.id()), 'kind'))).length;
      const documents = ['policy', 'pledge', 'statement', 'arrangement', 'partnership', 'process'];
      const linesOf = (type: string) =>
        cy.edges().filter((e) => graph.getEdgeAttribute(modelId(e.id()), 'type') === type).length;
      const before = drawn(documents);
      expect(before).toBeGreaterThan(0);
      // A family's switch hides all its kinds.
      await userEvent.click(box('Documents and arrangements'));
      await settle(el);
      expect(drawn(documents)).toBe(0);
      // An unfolded family's member hides its own type only.
      await userEvent.click(entry('Cooperation and support').querySelector('button.unfold')!);
      expect(linesOf('cooperates-with')).toBeGreaterThan(0);
      await userEvent.click(box('Cooperates with'));
      await settle(el);
      expect(linesOf('cooperates-with')).toBe(0);
      expect(linesOf('supports')).toBeGreaterThan(0);
      await userEvent.click(box('Documents and arrangements'));
      await settle(el);
      expect(drawn(documents)).toBe(before);
    });
  });

  describe('keyboard', () => {
    it('moves up the chain with arrow keys, selects with Enter and clears with Escape', async () => {
      el.select('cyber-defence-committee');
      await settle(el);
      shadow<HTMLElement>(el, '.stage').focus();
      await userEvent.keyboard('{ArrowUp}');
      await settle(el);
      expect(core(el).getElementById(nodeKey('north-atlantic-council')).hasClass('keyboard-focus')).toBe(true);
      await userEvent.keyboard('{Enter}');
      expect(el.selected).toBe('north-atlantic-council');
      await settle(el);
      expect(el.shadowRoot?.activeElement?.localName).toBe('gov-details');
      shadow<HTMLElement>(el, '.stage').focus();
      await userEvent.keyboard('{ArrowDown}');
      await settle(el);
      const focused = core(el).nodes('.keyboard-focus');
      expect(focused.length).toBe(1);
      expect(modelId(focused.first().id())).not.toBe('north-atlantic-council');
      shadow<HTMLElement>(el, '.stage').focus();
      await userEvent.keyboard('{Escape}');
      expect(el.selected).toBeNull();
    });
  });

  describe('the year slider', () => {
    it('leaves every body where the layout puts it after the years are stepped through quickly', async () => {
      // Each year moves bodies, and each move glides for 250 ms: the next year arrives mid-glide.
      for (let year = 2002; year <= 2023; year++) {
        el.year = year;
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
      const cy = core(el);
      const misplaced = el.graphView!.nodes.filter((n) => {
        const p = cy.getElementById(nodeKey(n.id)).position();
        return Math.abs(p.x - n.x) > 0.5 || Math.abs(p.y - n.y) > 0.5;
      });
      expect(misplaced.map((n) => n.id)).toEqual([]);
    });

    it('shows in 2022 one org chart with NATO at its top, NATO’s own bodies in it and the partners beside it', async () => {
      el.year = 2022;
      await settle(el);
      const view = el.graphView!;
      expect(view.children.get('')).toEqual(['nato']);
      const inTree = (id: string) => view.parent.has(id);
      expect(
        ['north-atlantic-council', 'allied-command-transformation', 'nato-defense-college'].filter(inTree),
      ).toHaveLength(3);
      expect(['european-union', 'allies', 'national-cyber-defence-authorities'].filter(inTree)).toEqual([]);
      // Each line the page does not state is drawn broken and in another colour than the stated
      // lines of its family.
      el.relations = 'all';
      await settle(el);
      expect(layerLinesOf(view).filter((e) => e.inferred).length).toBeGreaterThan(0);
      const lines = core(el)
        .edges()
        .map((line) => ({ line, drawn: el.graphView!.edges.find((e) => edgeKey(e.id) === line.id())! }));
      const inferred = lines.filter(({ drawn }) => drawn.inferred);
      expect(inferred.length).toBeGreaterThan(0);
      for (const { line, drawn } of inferred) {
        expect(line.style('line-style')).not.toBe('solid');
        const stated = lines.filter((l) => !l.drawn.inferred && l.drawn.family === drawn.family);
        for (const other of stated) expect(line.style('line-color')).not.toBe(other.line.style('line-color'));
      }
    });

    it('shows in 2010 the committee under its old name and no CIO', async () => {
      el.year = 2010;
      await settle(el);
      const cy = core(el);
      expect(cy.getElementById(nodeKey('cyber-defence-committee')).empty()).toBe(true);
      expect(cy.getElementById(nodeKey('defence-policy-and-planning-committee-cyber-defence')).nonempty()).toBe(true);
      expect(cy.getElementById(nodeKey('chief-information-officer')).empty()).toBe(true);
    });

    it('shows in 2021 the Cyber Defence Committee and the CIO, and lists what changed', async () => {
      const slider = shadow<HTMLElement>(el, 'gov-timeline').shadowRoot!.querySelector<HTMLInputElement>(
        'input[type=range]',
      )!;
      slider.value = '2021';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
      expect(el.year).toBe(2021);
      const cy = core(el);
      expect(cy.getElementById(nodeKey('cyber-defence-committee')).nonempty()).toBe(true);
      expect(cy.getElementById(nodeKey('chief-information-officer')).nonempty()).toBe(true);
      const changes = shadow<HTMLElement>(el, 'gov-timeline').shadowRoot!.textContent ?? '';
      expect(changes).toContain('Chief Information Officer');
    });
  });

  describe('path', () => {
    it('answers how the NCIRC Technical Centre is connected to the North Atlantic Council, and highlights the way', async () => {
      shadow<HTMLButtonElement>(el, '#tab-path').click();
      await settle(el);
      const finder = shadow<HTMLElement>(el, 'gov-path-finder');
      const [from, to] = [...finder.shadowRoot!.querySelectorAll('gov-search')].map(
        (s) => s.shadowRoot!.querySelector('input')!,
      );
      await userEvent.click(from!);
      await userEvent.keyboard('NCIRC Technical{Enter}');
      await userEvent.click(to!);
      await userEvent.keyboard('North Atlantic Council{Enter}');
      await settle(el);
      const answer = finder.shadowRoot!.querySelector('.answer')?.textContent ?? '';
      expect(answer).toMatch(/^The NCIRC Technical Centre .+North Atlantic Council.*\.$/);
      const cy = core(el);
      expect(cy.getElementById(nodeKey('ncirc-technical-centre')).hasClass('on-path')).toBe(true);
      expect(cy.getElementById(nodeKey('north-atlantic-council')).hasClass('on-path')).toBe(true);
    });
  });

  describe('export', () => {
    it('downloads the diagram from the Export menu, named after the model and the selection', async () => {
      el.select('cyber-defence-committee');
      await settle(el);
      const downloads: { name: string; blob: Promise<Blob> }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
      };
      try {
        const menu = shadow<HTMLElement>(el, 'gov-export-menu');
        const buttons = () => [...menu.shadowRoot!.querySelectorAll('button')];
        await userEvent.click(buttons().find((b) => b.textContent?.trim() === 'Export')!);
        await userEvent.click(buttons().find((b) => b.textContent?.trim() === 'SVG')!);
        await expect.poll(() => downloads.length, { timeout: 5000 }).toBe(1);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloads[0]!.name).toBe('nato-cyber-defence-governance--cyber-defence-committee.svg');
      const svg = await (await downloads[0]!.blob).text();
      expect(svg).toContain('<svg');
      expect(svg).toContain('Cyber Defence Committee');
    });

    it('closes the Export menu when the reader presses anywhere outside it', async () => {
      const menu = shadow<HTMLElement>(el, 'gov-export-menu');
      const panel = menu.shadowRoot!.querySelector<HTMLElement>('#export-panel')!;
      await userEvent.click(
        [...menu.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Export')!,
      );
      await settle(el);
      expect(panel.hidden).toBe(false);
      // The toolbar's Fit, outside the menu.
      const toolbar = shadow<HTMLElement>(el, 'gov-toolbar').shadowRoot!;
      await userEvent.click([...toolbar.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Fit')!);
      await settle(el);
      expect(panel.hidden).toBe(true);
    });

    it('exports a PNG twice as large at pixel ratio 2 as at 1', async () => {
      const size = async (pixelRatio: number) => {
        const bitmap = await createImageBitmap(await el.exportPng({ pixelRatio }));
        return [bitmap.width, bitmap.height];
      };
      const [w1, h1] = await size(1);
      const [w2, h2] = await size(2);
      expect([w2, h2]).toEqual([w1! * 2, h1! * 2]);
    });
  });

  describe('theme', () => {
    it('turns every panel and the diagram dark with theme="dark", whatever the reader prefers', async () => {
      el.theme = 'dark';
      await settle(el);
      const input = shadow<HTMLElement>(el, 'gov-search').shadowRoot!.querySelector('input')!;
      expect(getComputedStyle(input).backgroundColor).toBe('rgb(20, 24, 31)');
      expect(getComputedStyle(shadow(el, 'aside')).backgroundColor).toBe('rgb(20, 24, 31)');
      expect(core(el).getElementById(nodeKey('north-atlantic-council')).style('color')).toBe('rgb(232,237,243)');
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(input).backgroundColor).toBe('rgb(255, 255, 255)');
    });
  });

  describe('accessibility', () => {
    it('has no serious or critical axe violations, with a body selected', async () => {
      el.select('nci-agency');
      await settle(el);
      const result = await axe.run(el, { resultTypes: ['violations'] });
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    it('lists the chain of command as a tree that follows the selection', async () => {
      el.select('cyber-defence-committee');
      await settle(el);
      shadow<HTMLButtonElement>(el, '#tab-outline').click();
      await settle(el);
      const outline = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-outline');
      await outline.updateComplete;
      const item = outline.shadowRoot!.querySelector('[role="treeitem"][data-id="cyber-defence-committee"]')!;
      expect(item.getAttribute('aria-selected')).toBe('true');
      expect(item.parentElement?.closest('[role="treeitem"]')?.getAttribute('data-id')).toBe('north-atlantic-council');
      // The bodies outside the chain of command, under their families' names.
      const groups = [...outline.shadowRoot!.querySelectorAll('[data-group] > span')].map((g) => g.textContent);
      expect(groups).toContain('Partners and others');
      expect(groups).toContain('Documents and arrangements');
      // The tree's siblings in the order they are drawn: the column of NATO's leaves together.
      const underNato = [
        ...outline.shadowRoot!.querySelectorAll('[data-id="nato"] > [role="group"] > [role="treeitem"]'),
      ].map((li) => li.getAttribute('data-id'));
      const column = el.graphView!.nodes.filter((n) => el.graphView!.parent.get(n.id) === 'nato');
      const drawnOrder = [...column].sort((a, b) => a.x - b.x || a.y - b.y).map((n) => n.id);
      expect(underNato).toEqual(drawnOrder);
    });
  });
});

describe('<governance-graph> with the location hash', () => {
  it('opens the body named in the link and goes back to it with the back button', async () => {
    history.replaceState(null, '', '#select=cyber-defence-committee&year=2015');
    ({ el } = await mount((e) => {
      e.hashState = true;
      e.model = nato;
    }));
    expect(el.selected).toBe('cyber-defence-committee');
    expect(el.year).toBe(2015);
    await clickNode(el, 'nci-agency');
    expect(el.selected).toBe('nci-agency');
    expect(location.hash).toContain('select=nci-agency');
    const back = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    history.back();
    await back;
    await settle(el);
    expect(el.selected).toBe('cyber-defence-committee');
  });
});

describe('<governance-graph> given a selection before its model', () => {
  /** Whether the body's box lies wholly inside the drawing surface as it is shown now. */

  it('brings the selected body into view once the model is drawn, wherever the first view starts', async () => {
    // A wide organisation: the first view starts at its top, far from the body at its far end
    // (farther than the body's chain of command can be framed with it).
    const model = syntheticModel(1500);
    const far = model.entities.at(-1)!.id;
    ({ el } = await mount((e) => {
      e.selected = far;
      e.expandAll = true;
      e.model = model;
    }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(el.selected).toBe(far);
    expect(wholeInView(far)).toBe(true);
    expect(wholeInView('b0')).toBe(false);
  });
});

describe('<governance-graph> showing one year of bodies some of which the source does not date', () => {
  it('draws the undated ones with a dashed border, on screen, in the legend and in the SVG, and none in all years', async () => {
    ({ el } = await mount((e) => {
      e.model = {
        title: 'Dates',
        entities: [
          { id: 'head', name: 'Head', kind: 'body' },
          { id: 'dated', name: 'Dated', kind: 'body', since: '2010' },
        ],
        relations: [{ source: 'head', target: 'dated', type: 'oversees', evidence: 'head oversees dated' }],
      };
    }));
    const cy = core(el);
    const legendText = () => shadow<HTMLElement>(el, 'gov-legend').shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(cy.getElementById(nodeKey('head')).style('border-style')).toBe('solid');
    expect(legendText()).not.toContain('Undated');

    el.year = 2015;
    await settle(el);
    expect(cy.getElementById(nodeKey('head')).style('border-style')).toBe('dashed');
    expect(cy.getElementById(nodeKey('dated')).style('border-style')).toBe('solid');
    expect(legendText()).toMatch(/Undated in the source\s*1/);
    const swatch = [...shadow<HTMLElement>(el, 'gov-legend').shadowRoot!.querySelectorAll('li')]
      .find((li) => li.textContent!.includes('Undated'))!
      .querySelector('path')!;
    expect(swatch.getAttribute('stroke-dasharray')).not.toBeNull();

    const svg = new DOMParser().parseFromString(await el.exportSvg(), 'image/svg+xml');
    const outline = (id: string) => svg.querySelector(`g.node[data-id="${id}"] path`)!;
    expect(svg.querySelector('g.node.undated')?.getAttribute('data-id')).toBe('head');
    expect(outline('head').getAttribute('stroke-dasharray')).not.toBeNull();
    expect(outline('dated').getAttribute('stroke-dasharray')).toBeNull();
    expect(svg.querySelector('g.node[data-id="head"] title')!.textContent).toContain('undated');
    expect(svg.documentElement.textContent).toContain('Undated in the source');
  });
});

describe('<governance-graph> details of NATO bodies whose acronym or dates the page does not give', () => {
  it('says that an acronym is in common use rather than from the page, and that a body is undated', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
    el.select('cyber-defence-committee');
    await settle(el);
    expect(detailsText()).toMatch(/Acronym\s*CDC\s*in common use, not from the source/);
    el.select('ncirc');
    await settle(el);
    expect(detailsText()).toMatch(/Acronym\s*NCIRC\s*Kind/);
    expect(detailsText()).toMatch(/Since\s*undated: the source does not say/);
    el.select('cyberspace-operations-centre');
    await settle(el);
    expect(detailsText()).not.toContain('undated');
  });
});

describe('<governance-graph> given an inferred line', () => {
  it('draws it lighter and dotted, on screen and in the SVG, and says so with its note in the details', async () => {
    ({ el } = await mount((e) => {
      e.model = {
        title: 'Inferred',
        entities: ['head', 'stated', 'read'].map((id) => ({ id, name: id, kind: 'body' })),
        relations: [
          { source: 'head', target: 'stated', type: 'oversees', evidence: 'head oversees stated' },
          {
            source: 'head',
            target: 'read',
            type: 'oversees',
            basis: 'inferred',
            note: 'The page calls head the lead.',
          },
        ],
      };
    }));
    const svg = new DOMParser().parseFromString(await el.exportSvg(), 'image/svg+xml');
    const path = (selector: string) => svg.querySelector(`g.edge${selector} path`)!;
    const [stated, inferred] = [path(':not(.inferred)'), path('.inferred')];
    expect(stated.getAttribute('stroke-dasharray')).toBeNull();
    expect(inferred.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(inferred.getAttribute('stroke')).not.toBe(stated.getAttribute('stroke'));
    expect(svg.querySelector('g.edge.inferred title')!.textContent).toBe('head oversees read (inferred)');
    expect(svg.querySelector('g.edge:not(.inferred) title')!.textContent).toBe('head oversees stated');
    el.select('read');
    await settle(el);
    const text = detailsText();
    expect(text).toContain('inferred, not stated by the source');
    expect(text).toContain('The page calls head the lead.');
  });
});

describe('<governance-graph> on the NATO model at 1280 × 800', () => {
  it('starts with the whole org chart in view, labels of 9 px or more, the panel folded beside it', async () => {
    ({ el } = await mount(
      (e) => {
        e.model = nato;
      },
      { width: 1280, height: 800 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const view = el.graphView!;
    const tree = view.nodes.filter((n) => view.parent.has(n.id) || view.children.has(n.id)).map((n) => n.id);
    expect(tree.length).toBeGreaterThan(18);
    expect(tree.filter((id) => !wholeInView(id))).toEqual([]);
    expect(core(el).zoom() * FONT_SIZE).toBeGreaterThanOrEqual(9 - 1e-9);
    expect(shadow<HTMLElement>(el, 'aside').getBoundingClientRect().width).toBe(0);
  });

  it('frames the whole org chart again when the year changes', async () => {
    ({ el } = await mount(
      (e) => {
        e.model = nato;
      },
      { width: 1280, height: 800 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 600));
    core(el).zoom(2);
    el.year = 2014;
    await new Promise((resolve) => setTimeout(resolve, 900));
    const view = el.graphView!;
    const tree = view.nodes.filter((n) => view.parent.has(n.id) || view.children.has(n.id)).map((n) => n.id);
    expect(tree.filter((id) => !wholeInView(id))).toEqual([]);
  });

  it('keeps the view when the keyboard moves to a body already wholly in view', async () => {
    ({ el } = await mount(
      (e) => {
        e.model = nato;
      },
      { width: 1280, height: 800 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const before = { zoom: core(el).zoom(), pan: core(el).pan() };
    shadow<HTMLElement>(el, '.stage').focus();
    await userEvent.keyboard('{ArrowDown}');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shadow<HTMLElement & { focusId: string | null }>(el, 'gov-canvas').focusId).not.toBeNull();
    expect({ zoom: core(el).zoom(), pan: core(el).pan() }).toEqual(before);
  });

  it('opens a link to a body on its details', async () => {
    history.replaceState(null, '', '#select=cyber-defence-committee');
    ({ el } = await mount(
      (e) => {
        e.hashState = true;
        e.model = nato;
      },
      { width: 1280, height: 800 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(shadow<HTMLElement>(el, 'aside').getBoundingClientRect().width).toBeGreaterThan(200);
    expect(detailsText()).toContain('Cyber Defence Committee');
    expect(wholeInView('cyber-defence-committee')).toBe(true);
  });

  it('unfolds the details beside the drawing on a click, and keeps the clicked body in view', async () => {
    ({ el } = await mount(
      (e) => {
        e.model = nato;
      },
      { width: 1280, height: 800 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The body at the right end of the tree: where the panel unfolds.
    const cy = core(el);
    const view = el.graphView!;
    const right = view.nodes
      .filter((n) => view.parent.has(n.id))
      .reduce((a, b) =>
        cy.getElementById(nodeKey(b.id)).renderedPosition('x') > cy.getElementById(nodeKey(a.id)).renderedPosition('x')
          ? b
          : a,
      );
    await clickNode(el, right.id);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(el.selected).toBe(right.id);
    expect(shadow<HTMLElement>(el, 'aside').getBoundingClientRect().width).toBeGreaterThan(200);
    expect(detailsText()).toContain(nato.entities.find((e) => e.id === right.id)!.name);
    expect(wholeInView(right.id)).toBe(true);
    // Narrower still (the page resized): the selection, not the starting view, is framed again.
    el.style.width = '1000px';
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(wholeInView(right.id)).toBe(true);
  });
});

describe('<governance-graph> on a large screen', () => {
  it('starts on every tree of the chain of command when they all fit with labels of 10 px or more', async () => {
    // NATO's bodies without their lines up to NATO: a forest of a dozen trees.
    const forest = { ...nato, relations: nato.relations.filter((r) => !(r.type === 'part-of' && r.target === 'nato')) };
    ({ el } = await mount(
      (e) => {
        e.model = forest;
      },
      { width: 1920, height: 1080 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const cy = core(el);
    const tops = el.graphView!.children.get('') ?? [];
    expect(tops.length).toBeGreaterThan(1);
    expect(tops.filter((id) => !wholeInView(id))).toEqual([]);
    expect(cy.zoom() * FONT_SIZE).toBeGreaterThanOrEqual(10 - 1e-9);
  });
});

describe('<governance-graph> selecting a body with two chains of command', () => {
  it('frames both chains whole, labels no smaller than 9 px', async () => {
    ({ el } = await mount(
      (e) => {
        e.model = nato;
        e.selected = 'ncirc';
      },
      { width: 1280, height: 800 },
    ));
    await new Promise((resolve) => setTimeout(resolve, 900));
    const cy = core(el);
    expect(['ncirc', 'nato-military-authorities', 'nci-agency', 'nato'].filter((id) => !wholeInView(id))).toEqual([]);
    expect(cy.zoom() * FONT_SIZE).toBeGreaterThanOrEqual(9 - 1e-9);
  });
});

describe('<governance-graph> when the layout flips with a body selected', () => {
  it('frames the selection again where the new layout put it, with its superior, at a readable zoom', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
      e.selected = 'ncirc-technical-centre';
    }));
    await new Promise((resolve) => setTimeout(resolve, 700));
    const toolbar = shadow<HTMLElement>(el, 'gov-toolbar').shadowRoot!;
    [...toolbar.querySelectorAll('button')].find((b) => b.textContent?.includes('Top-down'))!.click();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(el.layout).toBe('LR');
    const cy = core(el);
    expect(['ncirc-technical-centre', 'nci-agency'].filter((id) => !wholeInView(id))).toEqual([]);
    expect(cy.zoom() * FONT_SIZE).toBeGreaterThanOrEqual(9 - 1e-9);
  });
});

describe('<governance-graph> given one model after another', () => {
  it('shows the next model from its starting view, whatever view the one before left', async () => {
    ({ el } = await mount((e) => {
      e.model = { title: 'Nothing yet', entities: [], relations: [] };
    }));
    const ready = nextEvent(el, 'gov-ready');
    el.model = {
      title: 'Three',
      entities: ['a', 'b', 'c'].map((id) => ({ id, name: `Body ${id}`, kind: 'body' })),
      relations: [
        { source: 'a', target: 'b', type: 'oversees' },
        { source: 'a', target: 'c', type: 'oversees' },
      ],
    };
    await ready;
    await settle(el);
    const cy = core(el);
    const box = cy.nodes().renderedBoundingBox({ includeLabels: false });
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.y1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(cy.width());
    expect(box.y2).toBeLessThanOrEqual(cy.height());
  });
});

describe('<governance-graph> with hash-state turned on and off on the page', () => {
  it('takes the view from the hash once turned on, records the selection, and leaves the hash alone once off', async () => {
    history.replaceState(null, '', '#select=cyber-defence-committee');
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
    expect(el.selected).toBeNull();
    el.hashState = true;
    await settle(el);
    expect(el.selected).toBe('cyber-defence-committee');
    await clickNode(el, 'nci-agency');
    expect(location.hash).toBe('#select=nci-agency');

    el.hashState = false;
    await settle(el);
    await clickNode(el, 'chief-information-officer');
    expect(el.selected).toBe('chief-information-officer');
    expect(location.hash).toBe('#select=nci-agency');
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#select=ncirc-technical-centre';
    await changed;
    await settle(el);
    expect(el.selected).toBe('chief-information-officer');
  });
});

describe('<governance-graph> loading', () => {
  it('keeps a model set while a file is still on the way, and drops the file', async () => {
    const original = window.fetch;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    window.fetch = async (...args) => {
      await held;
      return original(...args);
    };
    try {
      el = document.createElement('governance-graph');
      el.style.height = '400px';
      el.src = '/tests/fixtures/small-org.json';
      document.body.append(el);
      await el.updateComplete;
      const ready = nextEvent(el, 'gov-ready');
      el.model = nato;
      await ready;
      release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await settle(el);
      expect(el.governanceGraph?.order).toBe(nato.entities.length);
      expect(core(el).nodes().length).toBe(nato.entities.length);
    } finally {
      window.fetch = original;
    }
  });
});

describe('<governance-graph> with a broken model', () => {
  it('shows every error with its place, and fires gov-error', async () => {
    el = document.createElement('governance-graph');
    const failed = nextEvent<{ errors: { path: string; message: string }[] }>(el, 'gov-error');
    el.model = {
      title: 'Broken',
      entities: [{ id: 'council', name: 'Council', kind: 'body' }],
      relations: [{ source: 'council', target: 'counsil-x', type: 'oversees' }],
    };
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.errors[0]?.path).toBe('/relations/0/target');
    await settle(el);
    const panel = shadow<HTMLElement>(el, 'gov-errors');
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const text = panel.shadowRoot?.textContent ?? '';
    expect(text).toContain('/relations/0/target');
    expect(text).toContain('no entity "counsil-x"');
    expect(panel.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
  });
});
