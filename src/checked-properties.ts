import type { PropertyValues } from 'lit';
import type { GovernanceGraph } from '../model/graph.js';
import { RELATIONS_SHOWN, type RelationsShown } from './view/relations-shown.js';

/*
 * The public properties whose values are checked before anything uses them. An attribute is
 * whatever a page author typed (`year="2015.7"`, `layout="horizontal"`): a value outside what a
 * property accepts is ignored with one console warning, and the widget keeps what it drew.
 */

interface Rule {
  /** Whether the property may take `value`, given the loaded graph (null while none is). */
  accepts(value: unknown, graph: GovernanceGraph | null): boolean;
  /** What the warning says the property accepts. */
  expected: string;
}

/** Years are whole years of four digits, the model's own date format. */
export const YEAR_RANGE = { first: 1000, last: 9999 } as const;

export const PROPERTY_RULES = {
  year: {
    accepts: (v) =>
      v === null || (typeof v === 'number' && Number.isInteger(v) && v >= YEAR_RANGE.first && v <= YEAR_RANGE.last),
    expected: `a whole year from ${YEAR_RANGE.first} to ${YEAR_RANGE.last}, or no value for all years`,
  },
  layout: { accepts: (v) => v === 'TB' || v === 'LR', expected: '"TB" (top-down) or "LR" (left-right)' },
  theme: {
    accepts: (v) => v === null || v === 'light' || v === 'dark',
    expected: '"light", "dark", or no value to follow the reader\'s preference',
  },
  relations: {
    accepts: (v) => RELATIONS_SHOWN.includes(v as RelationsShown),
    expected: '"selected" (the selected body\'s relations), "all" or "none"',
  },
  // Before a model is loaded any id may be given; the load then drops one it does not have.
  selected: {
    accepts: (v, graph) => v === null || (typeof v === 'string' && (graph === null || graph.hasNode(v))),
    expected: 'the id of a body of the model, or no value for no selection',
  },
} as const satisfies Record<string, Rule>;

export type CheckedProperty = keyof typeof PROPERTY_RULES;

/** The warning for a value of `name` that its rule does not accept. */
export function rejectionMessage(name: CheckedProperty, value: unknown): string {
  const rule: Rule = PROPERTY_RULES[name];
  return `governance-graph: ${name} ${JSON.stringify(value) ?? String(value)} ignored; expected ${rule.expected}.`;
}

/**
 * Puts back the previous value of every checked property that changed to a value it does not
 * accept (given the loaded `graph`), and warns once for each; returns the names put back. Call
 * it first in `willUpdate`.
 */
export function restoreRejected<T extends Record<CheckedProperty, unknown>>(
  host: T,
  changed: PropertyValues,
  graph: GovernanceGraph | null,
  warn: (message: string) => void = (message) => console.warn(message),
): CheckedProperty[] {
  const restored: CheckedProperty[] = [];
  for (const name of Object.keys(PROPERTY_RULES) as CheckedProperty[]) {
    if (!changed.has(name)) continue;
    const rule: Rule = PROPERTY_RULES[name];
    const value = host[name];
    if (rule.accepts(value, graph)) continue;
    const before = changed.get(name);
    warn(rejectionMessage(name, value));
    // The first value a property has is its default, which every rule accepts.
    (host as Record<CheckedProperty, unknown>)[name] = rule.accepts(before, graph) ? before : null;
    restored.push(name);
  }
  return restored;
}

/**
 * Reads the `year` attribute: an empty or absent attribute means all years, and a year is written
 * in digits. Anything else ("1e3", "0x7de", "２０１８", "2017abc") stays the text it was, which the
 * year's rule then refuses, quoting it.
 */
export const yearAttribute = {
  fromAttribute: (value: string | null): number | string | null => {
    if (value === null || value.trim() === '') return null;
    return /^\s*[0-9]+\s*$/.test(value) ? Number(value) : value;
  },
  toAttribute: (value: number | null): string | null => (value === null ? null : String(value)),
};

/** Reads the `theme` attribute: empty, like absent, means the reader's preference. */
export const themeAttribute = {
  fromAttribute: (value: string | null): string | null => (value === null || value.trim() === '' ? null : value),
  toAttribute: (value: string | null): string | null => value,
};
