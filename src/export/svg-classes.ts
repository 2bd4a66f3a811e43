import { toKebabCase } from '../../model/kebab-case.js';
import { type KindTable, kindFamily } from '../../model/kinds.js';
import type { ViewEdge } from '../view/graph-view.js';
import { escapeAttribute as attr } from './xml-text.js';

/*
 * The classes and data attributes that let a reader restyle an exported diagram with their own
 * CSS (`.kind-committee path { fill: … }`, `.type-cooperates-with { display: none }`) or find
 * the lines of one body (`[data-source="nac"]`).
 */

/**
 * A class token made from model text: ASCII letters, digits and hyphens as they are, every other
 * character as `_` and its code point in hex, so that any id gives one token and two ids never
 * give the same one.
 */
export function classToken(text: string): string {
  let token = '';
  for (const char of text) {
    token += /^[A-Za-z0-9-]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`;
  }
  return token;
}

/**
 * A body's classes: `node`, its kind and its kind's family (a built-in family's id, or the
 * model's own family name in kebab case).
 */
export function nodeClasses(kind: string | undefined, table?: KindTable): string {
  if (kind === undefined) return 'node';
  return `node kind-${classToken(kind)} family-${classToken(toKebabCase(kindFamily(kind, table)))}`;
}

/**
 * A line's classes: `edge`, its relation type, the type's family (`family-cooperation`…), its role
 * in the org chart, and `inferred` when a reader inferred it.
 */
export function edgeClasses(edge: Pick<ViewEdge, 'type' | 'family' | 'role' | 'inferred'> | undefined): string {
  if (!edge) return 'edge';
  return `edge type-${classToken(edge.type)} family-${edge.family} ${edge.role}${edge.inferred ? ' inferred' : ''}`;
}

/** ` data-source="…" data-target="…"`: the ids of a line's two ends, in the model's direction. */
export function endAttributes(ends: { source: string; target: string }): string {
  return ` data-source="${attr(ends.source)}" data-target="${attr(ends.target)}"`;
}
