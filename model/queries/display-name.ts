import type { GovernanceGraph } from '../graph.js';
import { capitalise } from '../message-text.js';
import { assertEntity } from './internal.js';

/**
 * How a body is named inside a sentence: "the NATO Defence College (NDC)".
 *
 * - "the" goes before the name, as English does for organisations ("the NCI Agency"), except for
 *   states ("Belgium"), names that already start with "the", and names written as one capitalised
 *   word ("NATO", "SHAPE"), which read as proper names on their own.
 * - The acronym follows in parentheses when it is not already a word of the name, the way the
 *   source pages introduce a body. A path names each body once, so every mention is a first one.
 * - `start` capitalises the first letter, for the beginning of a sentence.
 *
 * @throws Error when `id` is not an entity of the graph.
 */
export function displayName(graph: GovernanceGraph, id: string, options: { start?: boolean } = {}): string {
  assertEntity(graph, id, 'displayName');
  const { name, acronym, kind } = graph.getNodeAttributes(id);
  const bare = kind === 'state' || /^the\s/i.test(name) || /^[\p{Lu}\p{N}&-]+$/u.test(name);
  let text = bare ? name : `the ${name}`;
  if (acronym && !name.split(/[^\p{L}\p{N}&-]+/u).includes(acronym)) text += ` (${acronym})`;
  return options.start ? capitalise(text) : text;
}
