import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../model/limits.js';
import { syntheticModel } from '../../scripts/synthetic-model.js';
import type { GovErrorDetail, GovernanceGraphElement, GovReadyDetail } from '../../src/governance-graph.js';
import { PHASES_ABOVE, PHASES_TEXT_ABOVE } from '../../src/view/thresholds.js';
import { nextEvent, shadow } from './helpers.js';

let el: GovernanceGraphElement | undefined;
const urls: string[] = [];

afterEach(() => {
  el?.remove();
  el = undefined;
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
});

/** A sized widget, set up by `setup` and then put on the page. */
function widget(setup: (el: GovernanceGraphElement) => void): GovernanceGraphElement {
  el = document.createElement('governance-graph');
  el.style.width = '1000px';
  el.style.height = '600px';
  // Every body drawn: large drawings are what is measured, not a collapsed one.
  el.expandAll = true;
  setup(el);
  document.body.append(el);
  return el;
}

/** The text of the error box the widget shows in place of the diagram. */
async function errorBox(el: GovernanceGraphElement): Promise<string> {
  await el.updateComplete;
  const box = shadow<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'gov-errors');
  await box.updateComplete;
  return box.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('<governance-graph> given a model past a limit', () => {
  it('ends a src file larger than the limit in gov-error naming the limit and the file', async () => {
    const url = URL.createObjectURL(new Blob([new Uint8Array(MAX_FILE_BYTES + 1)], { type: 'application/json' }));
    urls.push(url);
    let failed!: Promise<CustomEvent<GovErrorDetail>>;
    const e = widget((e) => {
      failed = nextEvent(e, 'gov-error');
      e.src = url;
    });
    const [issue, ...more] = (await failed).detail.errors;
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ severity: 'error', path: '', file: url });
    // Whether the length came first (Content-Length) or the bytes did, the message names the limit.
    expect(issue!.message).toMatch(/^is (50,000,001 bytes, over|larger than) the limit of 50,000,000 bytes \(50 MB\)/);
    const box = await errorBox(e);
    expect(box).toContain('This model could not be loaded');
    expect(box).toContain(url);
    expect(box).toContain('the limit of 50,000,000 bytes (50 MB) for a model file');
  });

  it('ends JSON text longer than the limit in gov-error, without reading it', async () => {
    let failed!: Promise<CustomEvent<GovErrorDetail>>;
    const e = widget((e) => {
      failed = nextEvent(e, 'gov-error');
      e.model = `"${'x'.repeat(MAX_TEXT_LENGTH - 1)}"`;
    });
    expect((await failed).detail.errors.map((issue) => issue.message)).toEqual([
      "is 50,000,001 characters long, over the limit of 50,000,000 characters for a model's text",
    ]);
    expect(await errorBox(e)).toContain('over the limit of 50,000,000 characters');
  });

  it('shows a name longer than the limit with its place', async () => {
    const model = syntheticModel(3);
    model.entities[2]!.name = 'n'.repeat(MAX_NAME_LENGTH + 1);
    let failed!: Promise<CustomEvent<GovErrorDetail>>;
    const e = widget((e) => {
      failed = nextEvent(e, 'gov-error');
      e.model = model;
    });
    expect((await failed).detail.errors).toEqual([
      {
        severity: 'error',
        path: '/entities/2/name',
        message: 'is 1,001 characters long, over the limit of 1,000 characters for a name',
      },
    ]);
    expect(await errorBox(e)).toContain('/entities/2/name');
  });
});

/** A synthetic model of `bodies` bodies as JSON text, each with a description of `extra` characters. */
function modelText(bodies: number, extra: number): string {
  const model = syntheticModel(bodies);
  for (const entity of model.entities) entity.description = 'd'.repeat(extra);
  return JSON.stringify(model);
}

interface Seen {
  phase: string | null;
  /** The phase bar's value, and the tasks the page had run by then. */
  value: number | null;
  ticks: number;
}

/**
 * Sets `model` on a widget (a new one unless `on` is given) and records each phase it shows (the
 * `data-phase` of its status), with the number of tasks the page got to run by then, until gov-ready.
 */
async function watchLoad(model: string, on?: GovernanceGraphElement): Promise<{ seen: Seen[]; ready: GovReadyDetail }> {
  const seen: Seen[] = [];
  let ticks = 0;
  let done = false;
  // A task posted anew as each runs, through a message channel: nested timers would be held back
  // to one per 4 ms, so a phase shown and left within that time would seem to let nothing run.
  const channel = new MessageChannel();
  const tick = () => {
    if (done) return;
    ticks++;
    channel.port2.postMessage(null);
  };
  channel.port1.onmessage = tick;
  let ready!: Promise<CustomEvent<GovReadyDetail>>;
  const start = (e: GovernanceGraphElement) => {
    ready = nextEvent(e, 'gov-ready');
    e.model = model;
  };
  const e = on ?? widget(start);
  const record = () => {
    const status = e.shadowRoot!.querySelector<HTMLElement>('[data-phase]');
    const phase = status?.dataset.phase ?? null;
    const value = status?.querySelector('progress')?.value ?? null;
    if (phase === (seen.at(-1)?.phase ?? null)) return;
    seen.push({ phase, value, ticks });
  };
  const observer = new MutationObserver(record);
  observer.observe(e.shadowRoot!, { subtree: true, childList: true, attributes: true });
  if (on) start(on);
  setTimeout(tick, 0);
  try {
    const detail = (await ready).detail;
    await e.updateComplete;
    record();
    return { seen, ready: detail };
  } finally {
    done = true;
    channel.port1.close();
    observer.disconnect();
  }
}

/** The phases a large model's load goes through, with the bar's value at each, then none. */
const PHASES = [
  ['reading', 0],
  ['checking', 1],
  ['laying out', 2],
  ['drawing', 3],
  [null, null],
];

describe('<governance-graph> loading a large model', () => {
  it('shows reading, checking, laying out and drawing with a bar, lets the page run between them, and ends in gov-ready', async () => {
    const text = modelText(6000, 250);
    expect(text.length).toBeGreaterThan(PHASES_TEXT_ABOVE);
    const { seen, ready } = await watchLoad(text);
    expect(ready.entities).toBe(6000);
    expect(ready.entities + ready.relations).toBeGreaterThan(PHASES_ABOVE);
    expect(seen.map(({ phase, value }) => [phase, value])).toEqual(PHASES);
    // Other tasks ran after each phase was shown and before the next.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.ticks).toBeGreaterThan(seen[i - 1]!.ticks);
    expect(el!.shadowRoot!.querySelector('progress')).toBeNull();
  }, 60_000);

  it('shows the same phases over the drawing it replaces', async () => {
    const { ready: first } = await watchLoad(modelText(50, 0));
    expect(first.entities).toBe(50);
    const { seen, ready } = await watchLoad(modelText(6000, 250), el);
    expect(ready.entities).toBe(6000);
    expect(seen.map(({ phase, value }) => [phase, value])).toEqual(PHASES);
  }, 60_000);

  it('shows no bar for a small model', async () => {
    const { seen, ready } = await watchLoad(modelText(50, 0));
    expect(ready.entities).toBe(50);
    expect(seen).toEqual([]);
  });
});
