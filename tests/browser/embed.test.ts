import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { modelId, nodeKey } from '../../src/view/element-key.js';
import { canvasOf, clickNode, core, frame, mount, nextEvent, settle, shadow } from './helpers.js';

const placed: Element[] = [];

afterEach(() => {
  for (const el of placed.splice(0)) el.remove();
});

function track<T extends Element>(el: T): T {
  placed.push(el);
  return el;
}

async function mountSrc(src: string, size?: { width: number; height: number }): Promise<GovernanceGraphElement> {
  const { el } = await mount((e) => {
    e.src = src;
  }, size);
  return track(el);
}

/** Puts a widget on the page and resolves with the errors it reports. */
async function failedLoad(src: string): Promise<{ el: GovernanceGraphElement; messages: string }> {
  const el = track(document.createElement('governance-graph'));
  el.style.height = '400px';
  const failed = nextEvent<{ errors: { message: string; file?: string }[] }>(el, 'gov-error');
  el.src = src;
  document.body.append(el);
  const { detail } = await failed;
  await settle(el);
  const panel = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-errors');
  await panel.updateComplete;
  expect(detail.errors[0]?.file).toBe(src);
  expect(panel.shadowRoot?.textContent).toContain(detail.errors[0]!.message);
  return { el, messages: detail.errors.map((e) => e.message).join('\n') };
}

describe('two widgets on one page', () => {
  it('stay independent: selecting in one leaves the other alone', async () => {
    // Both on screen at once, as a person would see them.
    const a = await mountSrc('/tests/fixtures/small-org.json', { width: 900, height: 390 });
    const b = await mountSrc('/model/nato-cyber-defence.json', { width: 900, height: 390 });
    const view = { zoom: core(b).zoom(), pan: core(b).pan() };
    await clickNode(a, 'finance');
    expect(a.selected).toBe('finance');
    expect(b.selected).toBeNull();
    expect(core(b).nodes('.dimmed').length).toBe(0);
    expect(core(a)).not.toBe(core(b));
    expect({ zoom: core(b).zoom(), pan: core(b).pan() }).toEqual(view);

    await clickNode(b, 'cyber-defence-committee');
    expect(b.selected).toBe('cyber-defence-committee');
    expect(a.selected).toBe('finance');
    a.theme = 'dark';
    a.year = 2018;
    await settle(a);
    expect(getComputedStyle(shadow(a, 'aside')).backgroundColor).toBe('rgb(20, 24, 31)');
    expect(getComputedStyle(shadow(b, 'aside')).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(b.year).toBeNull();
    expect(core(b).nodes().length).toBe(56);
  });
});

describe('a hostile host page', () => {
  it('cannot restyle the widget, and the widget does not restyle the page', async () => {
    const style = track(document.createElement('style'));
    style.textContent = `
      * { margin: 10px !important; padding: 20px !important; box-sizing: content-box !important;
          font: 30px/3 serif !important; color: red !important; }
      canvas { display: none !important; width: 10px !important; }
      div { padding: 50px !important; }
      button { all: unset; }`;
    document.head.append(style);
    const outside = track(document.createElement('h2'));
    outside.textContent = 'Host heading';
    document.body.append(outside);
    const pageStyles = document.querySelectorAll('style, link[rel="stylesheet"]').length;
    const el = await mountSrc('/model/nato-cyber-defence.json');
    const title = shadow<HTMLElement>(el, 'header h1');
    expect(getComputedStyle(title).fontSize).toBe('16px');
    expect(getComputedStyle(title).color).not.toBe('rgb(255, 0, 0)');
    // Text deeper inside, in the panel and in the toolbar's own shadow root, keeps the widget's font.
    const tab = shadow<HTMLElement>(el, '[role="tab"]');
    const button = shadow(el, 'gov-toolbar').shadowRoot!.querySelector('button')!;
    for (const text of [title, tab, button]) expect(getComputedStyle(text).fontFamily).toContain('sans-serif');
    expect(getComputedStyle(tab).fontSize).toBe('14px');
    expect(getComputedStyle(tab).padding).toBe('8px 4px');
    const canvases = canvasOf(el).shadowRoot!.querySelectorAll('canvas');
    expect(canvases.length).toBeGreaterThan(0);
    expect(getComputedStyle(canvases[0]!).display).not.toBe('none');
    expect(canvases[0]!.getBoundingClientRect().width).toBeGreaterThan(500);
    await clickNode(el, 'cyber-defence-committee');
    expect(el.selected).toBe('cyber-defence-committee');
    // The page's own heading keeps the page's rules: nothing of the widget's styles reached it.
    expect(getComputedStyle(outside).fontFamily).toBe('serif');
    expect(document.querySelectorAll('style, link[rel="stylesheet"]').length).toBe(pageStyles);
  });
});

describe('a long page', () => {
  it('lands clicks on the right body after the page has scrolled to the widget', async () => {
    const above = track(document.createElement('div'));
    above.style.height = '1500px';
    document.body.append(above);
    const el = await mountSrc('/tests/fixtures/small-org.json', { width: 900, height: 500 });
    // Cytoscape measures again shortly after it starts; the reader scrolls later than that.
    await new Promise((resolve) => setTimeout(resolve, 500));
    el.scrollIntoView();
    await frame();
    await clickNode(el, 'finance');
    expect(el.selected).toBe('finance');
    // And again once the page's layout has moved it, without scrolling and without resizing it.
    const left = el.getBoundingClientRect().left;
    el.style.marginLeft = '150px';
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(el.getBoundingClientRect().left).toBe(left + 150);
    await clickNode(el, 'audit');
    expect(el.selected).toBe('audit');
  });
});

describe('a host page that themes the widget', () => {
  it('reaches inside through the --gov-* properties and the documented parts', async () => {
    const style = track(document.createElement('style'));
    style.textContent = `
      governance-graph.themed {
        --gov-background: rgb(250, 245, 235);
        --gov-surface: rgb(240, 230, 210);
        --gov-accent: rgb(120, 40, 20);
        --gov-font-family: monospace;
      }
      governance-graph.themed::part(header) { border-bottom: 4px solid rgb(9, 8, 7); }
      governance-graph.themed::part(panel) { border-inline-start-width: 3px; }
      governance-graph.themed::part(canvas) { outline: 2px solid rgb(0, 128, 0); }`;
    document.head.append(style);
    const { el } = await mount((e) => {
      e.classList.add('themed');
      e.src = '/tests/fixtures/small-org.json';
    });
    track(el);
    const header = getComputedStyle(shadow(el, 'header'));
    expect(header.backgroundColor).toBe('rgb(240, 230, 210)');
    expect(header.borderBottom).toBe('4px solid rgb(9, 8, 7)');
    expect(header.fontFamily).toBe('monospace');
    expect(getComputedStyle(shadow(el, 'aside')).backgroundColor).toBe('rgb(250, 245, 235)');
    expect(getComputedStyle(shadow(el, 'aside')).borderInlineStartWidth).toBe('3px');
    expect(getComputedStyle(shadow(el, '[role="tab"][aria-selected="true"]')).borderBottomColor).toBe(
      'rgb(120, 40, 20)',
    );
    const drawing = canvasOf(el).shadowRoot!.querySelector('[part="canvas"]')!;
    expect(getComputedStyle(drawing).outline).toBe('rgb(0, 128, 0) solid 2px');
    // Both layers of the drawing lie inside the part, so that its background is beneath both.
    expect(drawing.querySelectorAll('canvas.lines, .surface').length).toBe(2);
  });
});

describe('sizing', () => {
  /** A widget with no size of its own in a box of the given size. */
  async function inBox(width: number, height?: number): Promise<GovernanceGraphElement> {
    const box = track(document.createElement('div'));
    box.style.width = `${width}px`;
    if (height !== undefined) box.style.height = `${height}px`;
    document.body.append(box);
    const el = document.createElement('governance-graph');
    const ready = nextEvent(el, 'gov-ready');
    el.src = '/model/nato-cyber-defence.json';
    box.append(el);
    await ready;
    await settle(el);
    return el;
  }

  it('fills its container exactly', async () => {
    const el = await inBox(800, 500);
    const box = el.getBoundingClientRect();
    expect([box.width, box.height]).toEqual([800, 500]);
    expect(core(el).width()).toBeGreaterThan(300);
    expect(core(el).height()).toBeGreaterThan(300);
  });

  it('takes a height given in CSS, and never less than its minimum', async () => {
    const el = await inBox(800);
    expect(el.getBoundingClientRect().height).toBe(420);
    el.style.height = '640px';
    await settle(el);
    expect(el.getBoundingClientRect().height).toBe(640);
    await expect.poll(() => core(el).height()).toBeGreaterThan(450);
  });

  it('folds its panel under the diagram at 320 px wide, and opens it on demand', async () => {
    const el = await inBox(320, 560);
    const frame = shadow<HTMLElement>(el, '.frame');
    const header = shadow<HTMLElement>(el, 'header');
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
    const panel = () => shadow<HTMLElement>(el, '[role="tabpanel"]:not([hidden])');
    expect(getComputedStyle(panel()).display).toBe('none');
    // The diagram takes the whole width, and most of what the header and footer leave.
    expect(core(el).width()).toBeGreaterThan(300);
    expect(core(el).height()).toBeGreaterThan(200);
    // Title, Export and Panel on one row; the view buttons on one row that scrolls; then search.
    expect(header.getBoundingClientRect().height).toBeLessThan(150);
    const exportButton = shadow<HTMLElement>(el, 'gov-export-menu').shadowRoot!.querySelector('button')!;
    exportButton.click();
    await settle(el);
    const menu = shadow<HTMLElement>(el, 'gov-export-menu').shadowRoot!.querySelector<HTMLElement>('.panel')!;
    const box = menu.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    // The whole menu shows inside the widget: nothing scrolls it away or cuts it off.
    expect(box.left).toBeGreaterThanOrEqual(host.left);
    expect(box.right).toBeLessThanOrEqual(host.right);
    expect(document.elementFromPoint(box.left + box.width / 2, box.bottom - 8)).toBe(el);
    exportButton.click();
    await settle(el);
    const toggle = shadow<HTMLButtonElement>(el, '.panel-toggle');
    expect(getComputedStyle(toggle).display).not.toBe('none');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getComputedStyle(panel()).display).toBe('block');
    expect(panel().getBoundingClientRect().width).toBeGreaterThan(250);
    await clickNode(el, 'cyber-defence-committee');
    expect(el.selected).toBe('cyber-defence-committee');
  });
});

describe('loading from src', () => {
  it('reads a CSV org chart', async () => {
    const el = await mountSrc('/tests/fixtures/org-chart.csv');
    expect(core(el).nodes().length).toBe(5);
    expect(el.governanceGraph?.getNodeAttributes('2').name).toBe('Cyber Directorate');
  });

  it('says when the file is not found', async () => {
    // The test server answers every unknown path with its start page, so a real 404 is staged.
    const original = window.fetch;
    window.fetch = async () => new Response('Not found', { status: 404, statusText: 'Not Found' });
    try {
      const { messages } = await failedLoad('/org/missing.json');
      expect(messages).toContain('404 (not found)');
    } finally {
      window.fetch = original;
    }
  });

  it('says when the server sends something that is not a model', async () => {
    const { messages } = await failedLoad('/tests/fixtures/not-a-model.html');
    expect(messages).toContain('was not found (the server sent a web page instead)');
  });

  it('says when the network fails', async () => {
    const { messages } = await failedLoad('http://127.0.0.1:9/model.json');
    expect(messages).toContain('could not be fetched');
  });

  it('says where a JSON file is broken', async () => {
    const { messages } = await failedLoad('/tests/fixtures/broken.json');
    expect(messages).toContain('invalid JSON');
  });

  it('says why a model is invalid', async () => {
    const { messages } = await failedLoad('/tests/fixtures/invalid-model.json');
    expect(messages).toContain('no entity "bord-x"');
  });

  it('shows progress while a slow file arrives', async () => {
    const original = window.fetch;
    let release: () => void = () => {};
    const body = await (await original('/tests/fixtures/small-org.json')).text();
    window.fetch = async () =>
      new Response(
        new ReadableStream({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode(body.slice(0, 40)));
            await new Promise<void>((resolve) => {
              release = resolve;
            });
            controller.enqueue(new TextEncoder().encode(body.slice(40)));
            controller.close();
          },
        }),
        { headers: { 'content-type': 'application/json', 'content-length': String(body.length) } },
      );
    try {
      const el = track(document.createElement('governance-graph'));
      el.style.height = '400px';
      const ready = nextEvent(el, 'gov-ready');
      el.src = '/slow.json';
      document.body.append(el);
      await expect.poll(() => el.shadowRoot?.querySelector('progress')?.value ?? 0).toBeGreaterThan(0);
      release();
      await ready;
      expect(el.shadowRoot?.querySelector('progress')).toBeNull();
    } finally {
      window.fetch = original;
    }
  });
});

describe('changes at run time', () => {
  it('re-renders when src, model, year, layout and theme change', async () => {
    const el = await mountSrc('/tests/fixtures/small-org.json');
    expect(core(el).nodes().length).toBe(4);

    let ready = nextEvent(el, 'gov-ready');
    el.setAttribute('src', '/tests/fixtures/org-chart.csv');
    await ready;
    expect(core(el).nodes().length).toBe(5);

    ready = nextEvent(el, 'gov-ready');
    el.model = {
      title: 'Two',
      entities: [
        { id: 'x', name: 'X', kind: 'body' },
        { id: 'y', name: 'Y', kind: 'body' },
      ],
      relations: [{ source: 'x', target: 'y', type: 'oversees', evidence: 'x' }],
    };
    await ready;
    expect(
      core(el)
        .nodes()
        .map((n) => modelId(n.id())),
    ).toEqual(['x', 'y']);

    // JSON text as the model is read as a file would be, with line numbers in its errors.
    ready = nextEvent(el, 'gov-ready');
    el.model = JSON.stringify({ title: 'Text', entities: [{ id: 't', name: 'T', kind: 'body' }], relations: [] });
    await ready;
    expect(
      core(el)
        .nodes()
        .map((n) => modelId(n.id())),
    ).toEqual(['t']);
    const failed = nextEvent<{ errors: { line?: number }[] }>(el, 'gov-error');
    el.model = '{\n  "title": "Broken",\n  "entities": [}\n';
    expect((await failed).detail.errors[0]?.line).toBe(3);

    ready = nextEvent(el, 'gov-ready');
    el.model = null;
    el.setAttribute('src', '/tests/fixtures/small-org.json');
    await ready;
    el.setAttribute('year', '2018');
    await settle(el);
    expect(core(el).getElementById(nodeKey('ceo')).empty()).toBe(true);

    const y = () => core(el).getElementById(nodeKey('finance')).position('y');
    const x = () => core(el).getElementById(nodeKey('finance')).position('x');
    el.removeAttribute('year');
    await settle(el);
    const topDown = { x: x(), y: y() };
    el.setAttribute('layout', 'LR');
    await settle(el);
    await expect.poll(() => x()).toBeGreaterThan(topDown.x + 200);
    expect(y()).not.toBe(topDown.y);

    el.setAttribute('theme', 'dark');
    await settle(el);
    expect(getComputedStyle(shadow(el, 'aside')).backgroundColor).toBe('rgb(20, 24, 31)');
  });
});

describe('lifecycle', () => {
  it('frees its Cytoscape instance when removed and draws again when put back', async () => {
    const el = await mountSrc('/tests/fixtures/small-org.json');
    const canvas = canvasOf(el);
    const canvases = () => canvas.shadowRoot!.querySelectorAll('canvas').length;
    const drawn = canvases();
    expect(drawn).toBeGreaterThan(0);
    const first = core(el);
    el.remove();
    expect(canvas.core).toBeNull();
    expect(first.destroyed()).toBe(true);
    document.body.append(el);
    await settle(el);
    const again = core(el);
    expect(again).not.toBe(first);
    expect(again.nodes().length).toBe(4);
    // One tree-link canvas and one set of Cytoscape's, not one per connection.
    expect(canvas.shadowRoot!.querySelectorAll('canvas.lines').length).toBe(1);
    expect(canvas.shadowRoot!.querySelector('.surface')!.children.length).toBe(1);
    expect(canvases()).toBe(drawn);
    await clickNode(el, 'finance');
    expect(el.selected).toBe('finance');
  });

  it('leaves no listener on the page and no observer behind when removed', async () => {
    const undo = countPageBindings();
    try {
      const { el } = await mount((e) => {
        e.hashState = true;
        e.src = '/tests/fixtures/small-org.json';
      });
      await clickNode(el, 'finance');
      const bound = [...live.keys()];
      for (const what of ['Window hashchange', 'Window resize', 'MediaQueryList change', 'ResizeObserver']) {
        expect(bound).toContain(what);
      }
      el.remove();
      await frame();
      expect([...live].filter(([, n]) => n !== 0)).toEqual([]);
    } finally {
      undo();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('can be moved to another place on the page, and removed twice, without harm', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await mountSrc('/tests/fixtures/small-org.json');
      const other = track(document.createElement('section'));
      document.body.append(other);
      const canvas = canvasOf(el);
      const instances = [core(el)];
      // A move disconnects and connects again; so does each removal followed by putting it back.
      other.append(el);
      await settle(el);
      expect(canvasOf(el)).toBe(canvas);
      instances.push(core(el));
      for (let round = 1; round <= 2; round++) {
        el.remove();
        expect(canvas.core).toBeNull();
        expect(instances.every((cy) => cy.destroyed())).toBe(true);
        other.append(el);
        await settle(el);
        instances.push(core(el));
      }
      expect(new Set(instances).size).toBe(4);
      expect(core(el).nodes().length).toBe(4);
      await clickNode(el, 'finance');
      expect(el.selected).toBe('finance');
      el.remove();
      el.remove();
      expect(canvas.core).toBeNull();
      expect(instances.every((cy) => cy.destroyed())).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('finishes loading when it is moved while its model is on the way', async () => {
    const el = track(document.createElement('governance-graph'));
    el.style.height = '400px';
    const ready = nextEvent(el, 'gov-ready');
    el.src = '/tests/fixtures/small-org.json';
    document.body.append(el);
    await el.updateComplete;
    // Moving disconnects the element, which aborts the fetch it started.
    const other = track(document.createElement('section'));
    document.body.append(other);
    other.append(el);
    await ready;
    expect(core(el).nodes().length).toBe(4);
  });

  it('fits the drawing once a widget that started hidden is shown', async () => {
    const box = track(document.createElement('div'));
    box.hidden = true;
    document.body.append(box);
    const el = document.createElement('governance-graph');
    el.style.height = '400px';
    const ready = nextEvent(el, 'gov-ready');
    el.src = '/tests/fixtures/small-org.json';
    box.append(el);
    await ready;
    expect(core(el).width()).toBe(0);
    box.hidden = false;
    await expect.poll(() => core(el).width()).toBeGreaterThan(0);
    await frame();
    await frame();
    const cy = core(el);
    const extent = cy.extent();
    const ceo = cy.getElementById(nodeKey('ceo')).position();
    expect(ceo.x).toBeGreaterThan(extent.x1);
    expect(ceo.x).toBeLessThan(extent.x2);
    expect(ceo.y).toBeGreaterThan(extent.y1);
    expect(ceo.y).toBeLessThan(extent.y2);
  });
});

describe('keyboard users of an embedded widget', () => {
  it('can tab into the diagram and move through it', async () => {
    const el = await mountSrc('/tests/fixtures/small-org.json');
    shadow<HTMLElement>(el, '.stage').focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(core(el).nodes('.keyboard-focus').length).toBe(1);
  });
});

/** Listeners on the window, the document and media queries, and observers: added minus removed. */
const live = new Map<string, number>();

/** Starts counting into `live`; returns what stops it. */
function countPageBindings(): () => void {
  live.clear();
  const count = (key: string, by: number) => live.set(key, (live.get(key) ?? 0) + by);
  const bound = new WeakMap<object, Set<string>>();
  const patched: [object, string, unknown][] = [];
  const patch = <T extends object, K extends keyof T>(target: T, name: K, value: T[K]) => {
    patched.push([target, name as string, target[name]]);
    target[name] = value;
  };
  // The window has its own addEventListener; the document and media queries inherit EventTarget's.
  const targets: [EventTarget, (t: EventTarget) => boolean][] = [
    [window, (t) => t === window],
    [EventTarget.prototype, (t) => t === document || t instanceof MediaQueryList],
  ];
  for (const [target, watched] of targets) {
    const { addEventListener: add, removeEventListener: remove } = target;
    patch(target, 'addEventListener', function (this: EventTarget, type, listener, options) {
      if (watched(this) && listener) {
        const key = `${this.constructor.name} ${type}`;
        const keys = bound.get(listener) ?? new Set<string>();
        if (!keys.has(key)) count(key, 1);
        bound.set(listener, keys.add(key));
      }
      add.call(this, type, listener, options);
    });
    patch(target, 'removeEventListener', function (this: EventTarget, type, listener, options) {
      const key = `${this.constructor.name} ${type}`;
      if (watched(this) && listener && bound.get(listener)?.delete(key)) count(key, -1);
      remove.call(this, type, listener, options);
    });
  }
  for (const name of ['ResizeObserver', 'MutationObserver'] as const) {
    const Observer = window[name] as typeof ResizeObserver;
    patch(
      window,
      name,
      class extends Observer {
        constructor(callback: ResizeObserverCallback) {
          super(callback);
          count(name, 1);
        }
        override disconnect() {
          count(name, -1);
          super.disconnect();
        }
      } as never,
    );
  }
  return () => {
    for (const [target, name, value] of patched.reverse()) (target as Record<string, unknown>)[name] = value;
  };
}
