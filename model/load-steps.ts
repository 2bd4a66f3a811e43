import { isRecord, own } from './json-data.js';
import type { LoadResult } from './load-result.js';

/** The steps a load goes through, in order. */
export const LoadStep = {
  /** Reading the JSON or CSV text, or copying the object handed over. */
  reading: 'reading',
  /** Checking the model against the limits, the schema and for meaning. */
  checking: 'checking',
  /**
   * Building the graph of a model that was checked: a step of its own, so that a caller pausing
   * between steps lets the page answer input between the two (each about 100 ms for 10,000
   * bodies and 11,000 relations in Node on a 2-core machine, `npm run bench`).
   */
  building: 'building',
} as const;
export type LoadStep = (typeof LoadStep)[keyof typeof LoadStep];

/** What a load says before each step: the step, and how many bodies and relations it has, once known. */
export interface LoadStepStart {
  step: LoadStep;
  /** Bodies plus relations; 0 until the model has been read. */
  elements: number;
}

/**
 * A load as a generator: it yields before each step and returns the result, so that a caller
 * can show each step and let the page answer input between them. Nothing here waits: a caller
 * that does not pause gets the result in one go (see runSteps).
 */
export type LoadSteps = Generator<LoadStepStart, LoadResult, void>;

/** Runs a load's steps one after the other, without pausing. */
export function runSteps(steps: LoadSteps): LoadResult {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The number of bodies plus relations of a document read but not yet checked. */
export function elementCount(document: unknown): number {
  if (!isRecord(document)) return 0;
  const length = (key: string) => {
    const list = own(document, key);
    return Array.isArray(list) ? list.length : 0;
  };
  return length('entities') + length('relations');
}
