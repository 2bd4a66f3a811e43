// The page `scripts/measure-limits.ts` drives: one widget drawing a synthetic model handed over
// as JSON text or as a file (a blob: URL, read through the same download path as `src`).
import { loadModelSteps } from '../model/load.js';
import '../src/governance-graph.js';
import { syntheticModel } from './synthetic-model.js';

/** What one load cost, in milliseconds; `error` when the widget refused the model. */
export interface LimitRun {
  bytes: number;
  readyMs: number;
  longestTaskMs: number;
  error?: string;
}

/**
 * A synthetic model of `bodies` bodies whose descriptions make it about `bytesPerBody` bytes a
 * body as JSON (the synthetic model alone is about 150; NATO's hand-written one is about 900).
 */
function modelText(bodies: number, bytesPerBody: number, nameLength: number, linksPerBody: number): string {
  const model = syntheticModel(bodies);
  // Extra cooperation links, spread evenly, for models with more relations than bodies.
  const extra = Math.round(bodies * linksPerBody);
  for (let i = 0; i < extra; i++) {
    const a = 1 + ((i * 7919) % (bodies - 1));
    const b = 1 + ((a + 1 + (i % 97)) % (bodies - 1));
    model.relations.push({ source: `b${a}`, target: `b${b}`, type: 'cooperates-with', evidence: `extra ${i}` });
  }
  const base = JSON.stringify(model).length / bodies;
  const pad = Math.max(0, Math.round(bytesPerBody - base - 20));
  const words = 'The body named here reports to its superior and meets every quarter. ';
  const description = words.repeat(Math.ceil(pad / words.length)).slice(0, pad);
  for (const entity of model.entities) {
    if (description) entity.description = description;
    if (nameLength > 0) entity.name = `${entity.name} `.padEnd(nameLength, 'x');
  }
  return JSON.stringify(model);
}

async function measure(
  bodies: number,
  options: { bytesPerBody?: number; nameLength?: number; linksPerBody?: number; asFile?: boolean } = {},
): Promise<LimitRun> {
  const text = modelText(bodies, options.bytesPerBody ?? 0, options.nameLength ?? 0, options.linksPerBody ?? 0);
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const el = document.createElement('governance-graph');
  el.style.display = 'block';
  el.style.height = '100%';
  // The limits are those of drawing every body, not of the collapsed first view.
  el.expandAll = true;
  stage.append(el);
  await el.updateComplete;
  let longestTaskMs = 0;
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  tasks.observe({ type: 'longtask' });
  const outcome = new Promise<string | undefined>((resolve) => {
    el.addEventListener('gov-ready', () => resolve(undefined), { once: true });
    el.addEventListener('gov-error', (e) => resolve(e.detail.errors.map((x) => x.message).join('; ')), {
      once: true,
    });
  });
  const start = performance.now();
  let url = '';
  if (options.asFile) {
    url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    el.src = url;
  } else el.model = text;
  const error = await outcome;
  const readyMs = performance.now() - start;
  for (const entry of tasks.takeRecords()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  tasks.disconnect();
  if (url) URL.revokeObjectURL(url);
  return { bytes: new TextEncoder().encode(text).length, readyMs, longestTaskMs, ...(error ? { error } : {}) };
}

/** The reading and checking steps alone: milliseconds by step. */
export interface StepsRun {
  bytes: number;
  times: Record<string, number>;
  ok: boolean;
}

function steps(
  bodies: number,
  options: { bytesPerBody?: number; nameLength?: number; linksPerBody?: number } = {},
): StepsRun {
  const text = modelText(bodies, options.bytesPerBody ?? 0, options.nameLength ?? 0, options.linksPerBody ?? 0);
  const times: Record<string, number> = {};
  const run = loadModelSteps(text);
  let step = 'start';
  let at = performance.now();
  for (;;) {
    const next = run.next();
    const now = performance.now();
    times[step] = now - at;
    at = now;
    if (next.done) return { bytes: text.length, times, ok: next.value.ok };
    step = next.value.step;
  }
}

Object.assign(window, { measure, steps });
