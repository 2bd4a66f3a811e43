import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CanvasErrorDetail } from '../../src/gov-canvas.js';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { edgeKey, modelId, nodeKey } from '../../src/view/element-key.js';
import { core, mount, settle, shadow } from './helpers.js';
import nato from './nato.js';

let el: GovernanceGraphElement;
afterEach(() => el?.remove());

/** A one-body model whose source has the given URL, with that body selected and its details shown. */
async function detailsWithSource(url: string): Promise<ShadowRoot> {
  ({ el } = await mount((e) => {
    e.model = {
      title: 'Hostile',
      source: { title: 'The page', url },
      entities: [{ id: 'a', name: 'A body', kind: 'body' }],
      relations: [],
    };
  }));
  el.select('a');
  await settle(el);
  const details = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-details');
  await details.updateComplete;
  return details.shadowRoot!;
}

describe('<governance-graph> given hostile text in a model', () => {
  for (const url of ['JavaScript:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x']) {
    it(`shows the source URL ${JSON.stringify(url)} as text, not as a link`, async () => {
      const root = await detailsWithSource(url);
      expect(root.querySelectorAll('a[href]').length).toBe(0);
      expect(root.querySelector('.source')!.textContent).toContain('The page');
    });
  }

  it('links a web address', async () => {
    const root = await detailsWithSource('https://example.org/page');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/page']);
  });
});

describe('<governance-graph> given attribute values it does not accept', () => {
  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);

  const BAD: [attribute: string, value: string][] = [
    ['year', '99999'],
    ['year', 'abc'],
    ['year', '-1'],
    ['year', '0'],
    ['year', '2015.7'],
    ['year', '1e4'],
    ['year', '1e3'],
    ['year', '0x7de'],
    ['year', '２０１８'],
    ['year', '2017abc'],
    ['layout', 'horizontal'],
    ['theme', 'purple'],
    ['relations', 'some'],
    ['selected', 'no-such-body'],
    ['selected', '__proto__'],
  ];

  for (const [attribute, value] of BAD) {
    it(`ignores ${attribute}="${value}" with one warning naming it, and keeps drawing`, async () => {
      pageErrors.length = 0;
      window.addEventListener('error', onError);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        ({ el } = await mount((e) => {
          e.model = nato;
          e.setAttribute('year', '2015');
        }));
        const drawn = core(el).nodes().length;
        el.setAttribute(attribute, value);
        await settle(el);
        expect(pageErrors).toEqual([]);
        const warnings = warn.mock.calls.map((call) => String(call[0]));
        const about = warnings.filter((w) => w.includes(`${attribute} `) && w.includes('ignored'));
        expect(about).toHaveLength(1);
        expect(about[0]).toContain(value);
        expect(core(el).nodes().length).toBe(drawn);
        expect(el.year).toBe(2015);
        expect(['TB', 'LR']).toContain(el.layout);
      } finally {
        warn.mockRestore();
        window.removeEventListener('error', onError);
      }
    });
  }

  it('keeps the selection when an id it does not have is selected, and drops one the next model lacks, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      ({ el } = await mount((e) => {
        e.model = nato;
      }));
      el.select('cyber-defence-committee');
      await settle(el);
      el.select('no-such-body');
      await settle(el);
      expect(el.selected).toBe('cyber-defence-committee');
      const ready = new Promise((resolve) => el.addEventListener('gov-ready', resolve, { once: true }));
      el.model = { title: 'Other', entities: [{ id: 'a', name: 'A', kind: 'body' }], relations: [] };
      await ready;
      expect(el.selected).toBeNull();
      const warnings = warn.mock.calls.map((call) => String(call[0]));
      expect(warnings.filter((w) => w.startsWith('governance-graph: selected'))).toEqual([
        'governance-graph: selected "no-such-body" ignored; expected the id of a body of the model, or no value for no selection.',
        'governance-graph: selected "cyber-defence-committee" ignored; expected the id of a body of the model, or no value for no selection.',
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('takes an empty theme attribute as the reader’s preference, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      ({ el } = await mount((e) => {
        e.model = nato;
        e.setAttribute('theme', 'dark');
      }));
      el.setAttribute('theme', '');
      await settle(el);
      expect(el.theme).toBeNull();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('takes an empty year attribute as all years', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
      e.setAttribute('year', '2015');
    }));
    el.setAttribute('year', '');
    await settle(el);
    expect(el.year).toBeNull();
  });

  it('starts on all years when the first year given is not accepted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      ({ el } = await mount((e) => {
        e.setAttribute('year', '99999');
        e.model = nato;
      }));
      expect(el.year).toBeNull();
      expect(core(el).nodes().length).toBeGreaterThan(0);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('<governance-graph> handed the same model object again', () => {
  it('draws it again, changes made in place included', async () => {
    const model = {
      title: 'In place',
      entities: [{ id: 'a', name: 'A body', kind: 'body' }],
      relations: [] as { source: string; target: string; type: string }[],
    };
    ({ el } = await mount((e) => {
      e.model = model;
    }));
    expect(core(el).nodes().length).toBe(1);
    model.entities.push({ id: 'b', name: 'B body', kind: 'body' });
    model.relations.push({ source: 'a', target: 'b', type: 'oversees' });
    const ready = new Promise((resolve) => el.addEventListener('gov-ready', resolve, { once: true }));
    el.model = model;
    await ready;
    expect(
      core(el)
        .nodes()
        .map((n) => modelId(n.id())),
    ).toEqual(['a', 'b']);
  });
});

describe('<governance-graph> given a relation whose id is also a body’s id', () => {
  it('draws both, highlights the relation when its end is selected, and exports both', async () => {
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      ({ el } = await mount((e) => {
        e.model = {
          title: 'Shared ids',
          entities: [
            { id: 'board', name: 'The Board', kind: 'body' },
            { id: 'unit', name: 'The Unit', kind: 'body' },
            { id: 'partner', name: 'The Partner', kind: 'body' },
          ],
          relations: [
            { id: 'unit', source: 'board', target: 'unit', type: 'oversees' },
            { id: 'partner', source: 'unit', target: 'partner', type: 'cooperates-with' },
          ],
        };
      }));
      const cy = core(el);
      expect(
        cy
          .nodes()
          .map((n) => modelId(n.id()))
          .sort(),
      ).toEqual(['board', 'partner', 'unit']);
      expect(cy.nodes().map((n) => String(n.data('label')))).toEqual(['The Board', 'The Unit', 'The Partner']);
      expect(cy.edges().map((e) => modelId(e.id()))).toEqual([]);
      el.select('unit');
      await settle(el);
      expect(cy.edges().map((e) => modelId(e.id()))).toEqual(['partner']);
      expect(cy.getElementById(nodeKey('unit')).hasClass('selected')).toBe(true);
      expect(cy.getElementById(nodeKey('partner')).hasClass('related')).toBe(true);
      expect(cy.getElementById(edgeKey('partner')).hasClass('related')).toBe(true);
      const svg = new DOMParser().parseFromString(await el.exportSvg(), 'image/svg+xml');
      expect([...svg.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')).sort()).toEqual([
        'board',
        'partner',
        'unit',
      ]);
      expect([...svg.querySelectorAll('g.edge')].map((g) => g.getAttribute('data-id')).sort()).toEqual([
        'partner',
        'unit',
      ]);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(pageErrors).toEqual([]);
  });
});

describe('<governance-graph> when its canvas fails to draw', () => {
  it('says in the box that the model could not be drawn, with the reason, and fires gov-error', async () => {
    ({ el } = await mount((e) => {
      e.model = nato;
    }));
    const failed = new Promise<CustomEvent<{ errors: { message: string }[] }>>((resolve) =>
      el.addEventListener('gov-error', resolve, { once: true }),
    );
    // What gov-canvas reports when Cytoscape or the line layer throws (tests/browser/canvas.test.ts).
    const detail: CanvasErrorDetail = { error: new Error('Canvas exceeds max size') };
    shadow(el, 'gov-canvas').dispatchEvent(
      new CustomEvent('gov-canvas-error', { detail, bubbles: true, composed: true }),
    );
    const event = await failed;
    expect(event.detail.errors[0]?.message).toBe('could not be drawn: Canvas exceeds max size');
    await el.updateComplete;
    const errors = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-errors');
    await errors.updateComplete;
    expect(errors.shadowRoot!.textContent).toContain('could not be drawn: Canvas exceeds max size');
  });
});

describe('<governance-graph> given a src of blanks', () => {
  it('says no model is set, as for no src, instead of fetching the page itself', async () => {
    el = document.createElement('governance-graph');
    el.setAttribute('src', '   ');
    document.body.append(el);
    const failed = vi.fn();
    el.addEventListener('gov-error', failed);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.textContent).toContain('No model yet');
    expect(failed).not.toHaveBeenCalled();
  });
});

describe('<governance-graph> given a model that draws nothing', () => {
  it('says the model has no bodies instead of showing an empty canvas', async () => {
    ({ el } = await mount((e) => {
      e.model = { title: 'Empty', entities: [], relations: [] };
    }));
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('has no bodies to draw');
  });

  it('says when the filters hide every body', async () => {
    ({ el } = await mount((e) => {
      e.model = { title: 'One', entities: [{ id: 'a', name: 'A', kind: 'body' }], relations: [] };
    }));
    expect(el.shadowRoot!.querySelector('[role="status"]')).toBeNull();
    const legend = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-legend');
    legend.shadowRoot!.querySelector<HTMLInputElement>('ul input')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('hide every body');
  });
});

describe('<governance-graph> given undefined as its model', () => {
  it('takes it as no model, as null, and draws the file at src', async () => {
    ({ el } = await mount((e) => {
      e.model = undefined;
      e.src = '/tests/fixtures/org-chart.csv';
    }));
    expect(core(el).nodes().length).toBeGreaterThan(0);
  });
});

describe('an element never put on a page', () => {
  it('rejects an export at once instead of waiting for ever', async () => {
    const lone = document.createElement('governance-graph');
    lone.model = { title: 'Alone', entities: [{ id: 'a', name: 'A', kind: 'body' }], relations: [] };
    const outcome = await Promise.race([
      lone.exportSvg().then(
        () => 'exported',
        (error: Error) => error.message,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
    ]);
    expect(outcome).toMatch(/not on a page/);
    await expect(lone.exportPng()).rejects.toThrow(/not on a page/);
  });
});

describe('<governance-graph> on a page whose Object.prototype another script has extended', () => {
  /** Names that Cytoscape reads from element definitions when they are present. */
  const ADDED = ['parent', 'classes', 'id', 'source', 'target', 'scratch', 'selected', 'locked', 'renderedPosition'];

  for (const how of ['added by defineProperty', 'assigned, so enumerable'] as const) {
    it(`draws, selects and exports as on any page, the names ${how}`, async () => {
      const pageErrors: unknown[] = [];
      const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
      window.addEventListener('error', onError);
      for (const name of ADDED) {
        if (how === 'added by defineProperty') {
          Object.defineProperty(Object.prototype, name, { value: 'added', configurable: true, writable: true });
        } else (Object.prototype as Record<string, unknown>)[name] = 'added';
      }
      try {
        ({ el } = await mount((e) => {
          e.model = nato;
        }));
        expect(core(el).nodes().length).toBe(56);
        el.select('cyber-defence-committee');
        await settle(el);
        expect(core(el).getElementById(nodeKey('north-atlantic-council')).hasClass('superior')).toBe(true);
        expect(await el.exportSvg()).toContain('Cyber Defence Committee');
      } finally {
        for (const name of ADDED) delete (Object.prototype as Record<string, unknown>)[name];
        window.removeEventListener('error', onError);
      }
      expect(pageErrors).toEqual([]);
    });
  }
});

describe('<governance-graph> given files in the encodings spreadsheets save', () => {
  const MODEL = JSON.stringify({
    title: 'Ministère – Straße',
    entities: [{ id: 'a', name: 'Café', kind: 'body' }],
    relations: [],
  });

  /** Draws the bytes as a JSON file and returns the title the widget shows. */
  async function titleOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
    try {
      ({ el } = await mount((e) => {
        e.src = url;
      }));
      return shadow(el, 'h1').textContent ?? '';
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  it('reads UTF-16 with a byte order mark', async () => {
    const bytes = new Uint8Array(2 + MODEL.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < MODEL.length; i++) view.setUint16(2 + i * 2, MODEL.charCodeAt(i), true);
    expect(await titleOf(bytes)).toBe('Ministère – Straße');
  });

  it('reads a file that is not UTF-8 as Windows-1252, as the browser itself would', async () => {
    const windows1252 = MODEL.replace('ß', 'ss');
    const all = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    const table = new Map([...all].map((character, byte) => [character, byte] as const));
    const bytes = Uint8Array.from([...windows1252], (character) => table.get(character)!);
    expect(await titleOf(bytes)).toBe('Ministère – Strasse');
  });

  it('maps every byte as the browser’s own Windows-1252 decoder does', async () => {
    const { decodeText } = await import('../../model/decode-text.js');
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeText(every).text).toBe(new TextDecoder('windows-1252').decode(every));
  });
});

describe('<governance-graph> given dual reporting at every level', () => {
  it('lists the first chains of command of a body 20 levels down, says there are more, and stays responsive', async () => {
    const levels = 20;
    const entities: { id: string; name: string; kind: string }[] = [];
    const relations: { source: string; target: string; type: string }[] = [];
    for (let level = 0; level < levels; level++) {
      for (const side of ['a', 'b'])
        entities.push({ id: `l${level}${side}`, name: `Level ${level} ${side}`, kind: 'body' });
      if (level === 0) continue;
      for (const up of ['a', 'b']) {
        for (const down of ['a', 'b'])
          relations.push({ source: `l${level - 1}${up}`, target: `l${level}${down}`, type: 'oversees' });
      }
    }
    ({ el } = await mount((e) => {
      e.model = { title: 'Lattice', entities, relations };
    }));
    const started = performance.now();
    el.select(`l${levels - 1}a`);
    await settle(el);
    const details = shadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-details');
    await details.updateComplete;
    expect(performance.now() - started).toBeLessThan(5000);
    expect(details.shadowRoot!.querySelectorAll('nav[aria-label="Chain of command"]').length).toBe(12);
    expect(details.shadowRoot!.textContent).toContain('More chains of command run through shared superiors');
  });
});
