import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { canvasOf, clickNode, core, frame, mount, nextEvent, settle, shadow } from './helpers.js';

const placed: Element[] = [];

afterEach(() => {
  for (const el of placed.splice(0)) el.remove();
});

function track<T extends Element>(el: T): T {
  placed.push(el);
  return el;
}

async function mountSrc(src: string): Promise<GovernanceGraphElement> {
  const { el } = await mount((e) => {
    e.src = src;
  });
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
    const a = await mountSrc('/tests/fixtures/small-org.json');
    const b = await mountSrc('/model/nato-cyber-defence.json');
    await clickNode(a, 'finance');
    expect(a.selected).toBe('finance');
    expect(b.selected).toBeNull();
    expect(core(b).nodes('.dimmed').length).toBe(0);
    expect(core(a)).not.toBe(core(b));
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
    const el = await mountSrc('/model/nato-cyber-defence.json');
    const title = shadow<HTMLElement>(el, 'header h1');
    expect(getComputedStyle(title).fontSize).toBe('16px');
    expect(getComputedStyle(title).color).not.toBe('rgb(255, 0, 0)');
    const canvases = canvasOf(el).shadowRoot!.querySelectorAll('canvas');
    expect(canvases.length).toBeGreaterThan(0);
    expect(getComputedStyle(canvases[0]!).display).not.toBe('none');
    await clickNode(el, 'cyber-defence-committee');
    expect(el.selected).toBe('cyber-defence-committee');
    // The page's own heading keeps the page's rules: nothing of the widget's styles reached it.
    expect(getComputedStyle(outside).fontFamily).toBe('serif');
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
    expect(messages).toContain('text/html');
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
        .map((n) => n.id()),
    ).toEqual(['x', 'y']);

    ready = nextEvent(el, 'gov-ready');
    el.model = null;
    el.setAttribute('src', '/tests/fixtures/small-org.json');
    await ready;
    el.setAttribute('year', '2018');
    await settle(el);
    expect(core(el).getElementById('ceo').empty()).toBe(true);

    const y = () => core(el).getElementById('finance').position('y');
    const x = () => core(el).getElementById('finance').position('x');
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
    const first = core(el);
    el.remove();
    expect(canvas.core).toBeNull();
    expect(first.destroyed()).toBe(true);
    document.body.append(el);
    await settle(el);
    const again = core(el);
    expect(again).not.toBe(first);
    expect(again.nodes().length).toBe(4);
    // One drawing surface, not one per connection.
    expect(canvas.shadowRoot!.querySelector('.surface')!.children.length).toBe(1);
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
    const ceo = cy.getElementById('ceo').position();
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
