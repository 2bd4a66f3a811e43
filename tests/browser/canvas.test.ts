import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextFrame } from '../../src/canvas/frames.js';
import { segmentsOf } from '../../src/view/cytoscape-routes.js';
import { cytoscapeStyle } from '../../src/view/cytoscape-style.js';
import { edgeKey, modelId, nodeKey } from '../../src/view/element-key.js';
import { OVERVIEW_ABOVE, SLICE_ABOVE } from '../../src/view/thresholds.js';
import '../../src/gov-canvas.js';
import type { GovCanvas } from '../../src/gov-canvas.js';
import { EdgeRole, type ViewEdge } from '../../src/view/graph-view.js';
import { LIGHT_THEME } from '../../src/view/theme.js';

/**
 * A superior with two subordinates, laid out top-down, and the two tree links between them. The
 * element ids are keys, as toCytoscapeElements makes them.
 */
const ELEMENTS: ElementDefinition[] = [
  { group: 'nodes', data: { id: nodeKey('head'), width: 160, height: 60 }, position: { x: 0, y: 0 } },
  { group: 'nodes', data: { id: nodeKey('left'), width: 160, height: 60 }, position: { x: -120, y: 160 } },
  { group: 'nodes', data: { id: nodeKey('right'), width: 160, height: 60 }, position: { x: 120, y: 160 } },
];
const TREE_LINKS: ViewEdge[] = ['left', 'right'].map((target) => ({
  id: `head-${target}`,
  source: 'head',
  target,
  type: 'oversees',
  family: 'chain',
  role: EdgeRole.treeLink,
  inferred: false,
  stacked: false,
  grouped: false,
  bundled: false,
}));
const STYLESHEET: StylesheetJson = [
  { selector: 'node', style: { width: 'data(width)', height: 'data(height)', shape: 'rectangle' } },
];

let canvas: GovCanvas;
/** Errors the page reported, uncaught or unhandled. */
let pageErrors: unknown[];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

/** Puts the canvas on the page, 600×400, and resolves once it has drawn. */
async function connect(): Promise<Core> {
  document.body.append(canvas);
  await canvas.updateComplete;
  await canvas.drawn;
  const cy = canvas.core;
  if (!cy) throw new Error('no Cytoscape instance after connecting');
  return cy;
}

function treeLineCanvas(): HTMLCanvasElement {
  const found = canvas.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.lines');
  if (!found) throw new Error('no tree-link canvas');
  return found;
}

/** How many pixels of the tree-link canvas are not fully transparent. */
function treeLinePixels(): number {
  const layer = treeLineCanvas();
  if (layer.width === 0 || layer.height === 0) return 0;
  const data = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
  return count;
}

/** Which gov-canvas events a tap on `id` and a view change on `cy` make the canvas fire. */
function eventsFrom(cy: Core, id: string): string[] {
  const fired: string[] = [];
  const record = (event: Event) =>
    fired.push(`${event.type} ${(event as CustomEvent<{ id: string | null }>).detail.id}`);
  canvas.addEventListener('gov-canvas-select', record);
  canvas.addEventListener('gov-canvas-hover', record);
  try {
    const node = cy.getElementById(nodeKey(id));
    node.emit('tap');
    node.emit('mouseover');
    cy.emit('viewport');
  } finally {
    canvas.removeEventListener('gov-canvas-select', record);
    canvas.removeEventListener('gov-canvas-hover', record);
  }
  return fired;
}

/** Resize observers on the canvas element (Cytoscape has one of its own) made while `observe` runs and not disconnected. */
async function liveObservers(observe: () => Promise<void>): Promise<number> {
  const Original = window.ResizeObserver;
  const live = new Set<ResizeObserver>();
  window.ResizeObserver = class extends Original {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      if (target === canvas) live.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      live.delete(this);
      super.disconnect();
    }
  };
  try {
    await observe();
  } finally {
    window.ResizeObserver = Original;
  }
  return live.size;
}

beforeEach(() => {
  pageErrors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  canvas = document.createElement('gov-canvas');
  canvas.style.width = '600px';
  canvas.style.height = '400px';
  canvas.glide = false;
  canvas.stylesheet = STYLESHEET;
  canvas.elements = ELEMENTS;
  canvas.layerLines = TREE_LINKS;
  canvas.home = ['head'];
});

afterEach(() => {
  canvas.remove();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('<gov-canvas>', () => {
  describe('when first connected', () => {
    it('draws the bodies in Cytoscape and the tree links on a canvas beside its container', async () => {
      const cy = await connect();
      expect(cy.nodes().map((n) => modelId(n.id()))).toEqual(['head', 'left', 'right']);
      const surface = canvas.shadowRoot!.querySelector('.surface')!;
      expect(cy.container()).toBe(surface);
      expect(surface.contains(treeLineCanvas())).toBe(false);
      await expect.poll(treeLinePixels).toBeGreaterThan(0);
    });
  });

  describe('given lane headings', () => {
    it('writes them on the line layer, and clears them when they go', async () => {
      canvas.layerLines = [];
      await connect();
      await nextFrame();
      expect(treeLinePixels()).toBe(0);
      canvas.headings = [{ family: 'Policies and arrangements', x: -120, y: 120 }];
      await expect.poll(treeLinePixels).toBeGreaterThan(0);
      canvas.headings = [];
      await expect.poll(treeLinePixels).toBe(0);
    });
  });

  describe('when disconnected', () => {
    it('destroys its Cytoscape instance and clears the tree links, leaving their canvas in place', async () => {
      const cy = await connect();
      const layer = treeLineCanvas();
      await expect.poll(treeLinePixels).toBeGreaterThan(0);
      canvas.remove();
      expect(canvas.core).toBeNull();
      expect(cy.destroyed()).toBe(true);
      expect(treeLineCanvas()).toBe(layer);
      expect(treeLinePixels()).toBe(0);
    });

    it('stops hearing its old Cytoscape instance: no events, no tree links drawn', async () => {
      const cy = await connect();
      expect(eventsFrom(cy, 'left')).toEqual([
        'gov-canvas-select left',
        'gov-canvas-hover left',
        'gov-canvas-hover null',
      ]);
      canvas.remove();
      expect(eventsFrom(cy, 'left')).toEqual([]);
      cy.emit('render');
      await nextFrame();
      await nextFrame();
      expect(treeLinePixels()).toBe(0);
    });

    it('leaves none of its listeners on the old Cytoscape instance', async () => {
      const cy = await connect();
      // Cytoscape's emitter is not public API; its listeners name the events they wait for.
      const emitter = (cy as unknown as { emitter(): { listeners: { event: string }[] } }).emitter();
      const ours = ['tap', 'mouseover', 'mouseout', 'viewport', 'render'];
      const listening = () => emitter.listeners.map((l) => l.event).filter((event) => ours.includes(event));
      // The view is followed twice: for the pointer's events, and for the elements near it.
      expect(listening().sort()).toEqual([...ours, 'viewport'].sort());
      canvas.remove();
      expect(listening()).toEqual([]);
    });

    it('disconnects its ResizeObserver', async () => {
      const live = await liveObservers(async () => {
        await connect();
        expect(canvas.core).not.toBeNull();
        canvas.remove();
      });
      expect(live).toBe(0);
    });

    it('takes being destroyed twice without harm', async () => {
      const cy = await connect();
      canvas.remove();
      canvas.disconnectedCallback();
      cy.destroy();
      expect(canvas.core).toBeNull();
      expect(pageErrors).toEqual([]);
    });
  });

  describe('when connected again', () => {
    it('draws the bodies again with a new Cytoscape instance', async () => {
      const first = await connect();
      canvas.remove();
      const again = await connect();
      expect(again).not.toBe(first);
      expect(again.nodes().map((n) => modelId(n.id()))).toEqual(['head', 'left', 'right']);
      // One set of Cytoscape's canvases in its container, not one per connection.
      expect(canvas.shadowRoot!.querySelectorAll('.surface > div').length).toBe(1);
    });

    it('draws the tree links again', async () => {
      await connect();
      canvas.remove();
      expect(treeLinePixels()).toBe(0);
      await connect();
      await expect.poll(treeLinePixels).toBeGreaterThan(0);
      expect(canvas.shadowRoot!.querySelectorAll('canvas.lines').length).toBe(1);
    });

    it('fires its events from the new instance', async () => {
      await connect();
      canvas.remove();
      const again = await connect();
      expect(eventsFrom(again, 'right')).toEqual([
        'gov-canvas-select right',
        'gov-canvas-hover right',
        'gov-canvas-hover null',
      ]);
    });

    it('follows its size again, with one ResizeObserver', async () => {
      const live = await liveObservers(async () => {
        await connect();
        canvas.remove();
        canvas.disconnectedCallback();
        const cy = await connect();
        canvas.style.width = '500px';
        await expect.poll(() => cy.width()).toBe(500);
      });
      expect(live).toBe(1);
    });

    it('works after being destroyed twice', async () => {
      await connect();
      canvas.remove();
      canvas.disconnectedCallback();
      const again = await connect();
      expect(again.destroyed()).toBe(false);
      expect(again.nodes().length).toBe(3);
      await expect.poll(treeLinePixels).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
    });
  });

  describe('given a routed line while bodies glide to new places', () => {
    /** A line from head round to right, with the route's bends in its data, as the derivation makes them (routedSegments). */
    const routed = (right: { x: number; y: number }): ElementDefinition => ({
      group: 'edges',
      data: {
        id: edgeKey('round'),
        source: nodeKey('head'),
        target: nodeKey('right'),
        ...segmentsOf(
          [
            { x: 80, y: 0 },
            { x: right.x, y: 0 },
            { x: right.x, y: right.y - 30 },
          ],
          { x: 0, y: 0 },
          right,
        ),
      },
    });
    const withRight = (right: { x: number; y: number }): ElementDefinition[] => [
      ...ELEMENTS.slice(0, 2),
      { ...ELEMENTS[2]!, position: right },
      routed(right),
    ];

    it('draws it straight until they arrive, then along its new route', async () => {
      canvas.glide = true;
      canvas.stylesheet = cytoscapeStyle(LIGHT_THEME);
      canvas.elements = withRight({ x: 120, y: 160 });
      const cy = await connect();
      const line = cy.getElementById(edgeKey('round'));
      expect(line.style('curve-style')).toBe('segments');
      canvas.elements = withRight({ x: 400, y: 200 });
      await canvas.updateComplete;
      // Its bends are placed from its ends' centres, which are on their way: straight meanwhile.
      expect(line.style('curve-style')).toBe('straight');
      await expect.poll(() => line.style('curve-style')).toBe('segments');
      expect(cy.getElementById(nodeKey('right')).position()).toEqual({ x: 400, y: 200 });
      expect(line.data('segmentWeights')).toEqual(routed({ x: 400, y: 200 }).data.segmentWeights);
      expect(pageErrors).toEqual([]);
    });
  });

  describe('given elements Cytoscape cannot draw', () => {
    /** A line to a body that is not there: Cytoscape refuses to add it. */
    const dangling = (id: string): ElementDefinition => ({
      group: 'edges',
      data: { id: edgeKey(id), source: nodeKey('head'), target: nodeKey('nobody') },
    });
    const errors = () => {
      const heard: unknown[] = [];
      canvas.addEventListener('gov-canvas-error', (e) => heard.push(e.detail.error));
      return heard;
    };

    it('says so with gov-canvas-error, on the first draw and on a later one, and keeps what it drew', async () => {
      const heard = errors();
      canvas.elements = [...ELEMENTS, dangling('first')];
      await connect();
      expect(heard).toHaveLength(1);
      expect(String(heard[0])).toMatch(/nobody/);
      canvas.elements = [...ELEMENTS, dangling('later')];
      await canvas.updateComplete;
      expect(heard).toHaveLength(2);
      expect(canvas.core!.nodes().length).toBe(3);
      expect(pageErrors).toEqual([]);
    });

    it('says so when a slice added in a later task fails', async () => {
      const heard = errors();
      // Packed into one spot, so that all of them are near the view and go into Cytoscape in
      // slices: more than are added at once, fewer than make an overview.
      expect(SLICE_ABOVE + 10).toBeLessThan(OVERVIEW_ABOVE);
      const many: ElementDefinition[] = Array.from({ length: SLICE_ABOVE + 10 }, (_, i) => ({
        group: 'nodes',
        data: { id: nodeKey(i === 0 ? 'head' : `b${i}`), width: 160, height: 60 },
        position: { x: (i % 10) * 4, y: Math.floor(i / 10) },
      }));
      canvas.elements = [...many, dangling('late')];
      await connect();
      await expect.poll(() => heard.length).toBe(1);
      expect(pageErrors).toEqual([]);
    });
  });
});
