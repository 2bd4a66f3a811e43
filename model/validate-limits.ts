import { type DraftIssue, error } from './issue.js';
import { isRecord, own } from './json-data.js';
import { childPath } from './json-pointer.js';
import { formatCount, MODEL_LIMITS, type ModelLimits } from './limits.js';

/**
 * Checks the number of bodies and relations against the limits (model/limits.ts). Run before
 * anything else, since every later check costs time in proportion to them: when this finds a
 * problem, nothing else is checked. Each error is placed at the first item past the limit
 * (`/entities/50000`), so that an editor shows where the file would have to stop.
 */
export function validateCounts(document: unknown, limits: ModelLimits = MODEL_LIMITS): DraftIssue[] {
  if (!isRecord(document)) return [];
  const issues: DraftIssue[] = [];
  const lists = [
    ['entities', limits.entities, 'body', 'bodies'],
    ['relations', limits.relations, 'relation', 'relations'],
  ] as const;
  for (const [key, limit, one, many] of lists) {
    const list = own(document, key);
    if (!Array.isArray(list) || list.length <= limit) continue;
    issues.push(error(childPath(`/${key}`, limit), tooMany(limit + 1, list.length, limit, one, many)));
  }
  return issues;
}

/** The message for item `position` (1-based) of `total` when at most `limit` are accepted. */
export function tooMany(position: number, total: number, limit: number, one: string, many: string): string {
  return `is ${one} ${formatCount(position)} of ${formatCount(total)}, over the limit of ${formatCount(limit)} ${many} in a model`;
}

/** Fields holding a name, by where they are; the rest of the free text is in TEXT_FIELDS. */
const MODEL_NAMES = ['title'] as const;
const MODEL_TEXTS = ['description'] as const;
const SOURCE_NAMES = ['title'] as const;
const SOURCE_TEXTS = ['url'] as const;
const ENTITY_NAMES = ['id', 'name', 'acronym', 'kind', 'location'] as const;
const ENTITY_TEXTS = ['description', 'note'] as const;
const RELATION_NAMES = ['id', 'type'] as const;
const RELATION_TEXTS = ['evidence', 'note'] as const;
const RELATION_NOTES = ['note'] as const;
const TYPE_NAMES = ['label', 'inverseLabel'] as const;

/**
 * Checks the length of every name and free text against the limits: names (titles, ids, names,
 * acronyms, kinds, locations, relation types and their labels) and free text (descriptions,
 * notes, URLs, and quotes unless `evidence` is false). Values that are not strings are left to
 * the schema.
 */
export function validateLengths(document: unknown, limits: ModelLimits = MODEL_LIMITS, evidence = true): DraftIssue[] {
  if (!isRecord(document)) return [];
  const issues: DraftIssue[] = [];
  const check = (record: unknown, path: string, names: readonly string[], texts: readonly string[]) => {
    if (!isRecord(record)) return;
    for (const key of names) checkLength(own(record, key), childPath(path, key), limits.nameLength, 'a name', issues);
    for (const key of texts) {
      checkLength(own(record, key), childPath(path, key), limits.freeTextLength, FREE_TEXT, issues);
    }
  };
  check(document, '', MODEL_NAMES, MODEL_TEXTS);
  check(own(document, 'source'), '/source', SOURCE_NAMES, SOURCE_TEXTS);
  const types = own(document, 'relationTypes');
  if (isRecord(types)) {
    for (const [key, definition] of Object.entries(types)) {
      const path = childPath('/relationTypes', key);
      if (key.length > limits.nameLength)
        issues.push({ ...tooLong(path, key.length, limits.nameLength, 'a name'), at: '/relationTypes', key });
      check(definition, path, TYPE_NAMES, []);
    }
  }
  const entities = own(document, 'entities');
  if (Array.isArray(entities)) {
    entities.forEach((entity, index) => {
      const path = childPath('/entities', index);
      check(entity, path, ENTITY_NAMES, ENTITY_TEXTS);
      const quotes = evidence && isRecord(entity) ? own(entity, 'evidence') : undefined;
      if (!Array.isArray(quotes)) return;
      quotes.forEach((quote, at) => {
        checkLength(quote, childPath(childPath(path, 'evidence'), at), limits.freeTextLength, FREE_TEXT, issues);
      });
    });
  }
  const relations = own(document, 'relations');
  if (Array.isArray(relations)) {
    relations.forEach((relation, index) => {
      check(relation, childPath('/relations', index), RELATION_NAMES, evidence ? RELATION_TEXTS : RELATION_NOTES);
    });
  }
  return issues;
}

const FREE_TEXT = 'a description, note, quote or URL';

function checkLength(value: unknown, path: string, limit: number, what: string, issues: DraftIssue[]): void {
  if (typeof value === 'string' && value.length > limit) issues.push(tooLong(path, value.length, limit, what));
}

function tooLong(path: string, length: number, limit: number, what: string): DraftIssue {
  return error(
    path,
    `is ${formatCount(length)} characters long, over the limit of ${formatCount(limit)} characters for ${what}`,
  );
}
