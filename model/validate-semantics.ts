import { type ChainEdge, findChainCycles } from './chain-cycles.js';
import { startOf } from './dates.js';
import { type Candidate, suggester } from './did-you-mean.js';
import { type DraftIssue, error, warning } from './issue.js';
import { isRecord, own, ownString } from './json-data.js';
import { childPath } from './json-pointer.js';
import { quote } from './message-text.js';
import { BUILTIN_RELATION_TYPES } from './relation-types.js';
import { describeLifetime, type Lifetime, outsideLifetime, readDate, readLifetime } from './validate-dates.js';

/** How other places are named inside messages ("first at /entities/2"); the CSV importer names rows instead. */
export interface SemanticOptions {
  describePath?: (path: string) => string;
  /**
   * Whether a body with no relations is worth a warning (default true). Not in an org chart kept
   * as rows, where a one-person row is normal.
   */
  isolatedWarnings?: boolean;
}

interface EntityInfo {
  path: string;
  id: string;
  acronym?: string;
  lifetime: Lifetime;
}

interface RelationInfo {
  path: string;
  record: Record<string, unknown>;
  lifetime: Lifetime;
  source?: EntityInfo;
  target?: EntityInfo;
  type?: TypeInfo;
  typeName?: string;
}

interface TypeInfo {
  chainOfCommand: boolean;
  superior: 'source' | 'target';
}

/**
 * The checks JSON Schema cannot express: ids that clash, references that lead nowhere, loops in
 * the chain of command, dates that cannot be. It reads whatever parts of the document have the
 * right shape, so it still reports on a document the schema rejected, and it never reports a
 * shape problem itself (the schema does). Errors stop a model from loading; warnings do not.
 */
export function validateSemantics(document: unknown, options: SemanticOptions = {}): DraftIssue[] {
  const describePath = options.describePath ?? ((path: string) => path);
  const issues: DraftIssue[] = [];
  if (!isRecord(document)) return issues;

  const source = own(document, 'source');
  if (isRecord(source)) readDate(source, '/source', 'date', issues);
  checkBlankTexts(document, issues);

  const entities = readEntities(document, issues, describePath);
  const types = readTypes(document);
  const relations = readRelations(document, entities, types, issues, describePath);

  checkChainOfCommand(entities, relations, issues, describePath);
  warnAboutRelations(relations, issues);
  if (options.isolatedWarnings ?? true) warnAboutIsolatedEntities(entities, relations, issues);
  return issues;
}

/** Only spaces, line breaks and invisible characters (zero-width spaces, joiners, marks of direction). */
const BLANK = /^[\s\p{Cf}]*$/u;

/**
 * Names that would be drawn as nothing: a title, a body's name, kind or acronym, or a relation's
 * type made only of blanks or invisible characters. (An empty one the schema already refuses.)
 */
function checkBlankTexts(document: Record<string, unknown>, issues: DraftIssue[]): void {
  const check = (record: Record<string, unknown>, path: string, field: string) => {
    const value = own(record, field);
    if (typeof value === 'string' && value !== '' && BLANK.test(value)) {
      issues.push(error(`${path}/${field}`, 'has only spaces or invisible characters, so it would show as nothing'));
    }
  };
  check(document, '', 'title');
  items(document, 'entities').forEach((record, index) => {
    if (!isRecord(record)) return;
    for (const field of ['name', 'kind', 'acronym']) check(record, childPath('/entities', index), field);
  });
  items(document, 'relations').forEach((record, index) => {
    if (isRecord(record)) check(record, childPath('/relations', index), 'type');
  });
}

function items(document: Record<string, unknown>, key: string): unknown[] {
  const list = own(document, key);
  return Array.isArray(list) ? list : [];
}

/** Entities by id, first occurrence first; a Map, so no id can reach Object.prototype. */
function readEntities(
  document: Record<string, unknown>,
  issues: DraftIssue[],
  describePath: (path: string) => string,
): Map<string, EntityInfo> {
  const entities = new Map<string, EntityInfo>();
  items(document, 'entities').forEach((record, index) => {
    if (!isRecord(record)) return;
    const path = childPath('/entities', index);
    const lifetime = readLifetime(record, path, issues);
    const id = ownString(record, 'id');
    if (id === undefined) return;
    const first = entities.get(id);
    if (first) {
      issues.push(error(`${path}/id`, `duplicate id ${quote(id)} (first at ${describePath(first.path)})`));
      return;
    }
    const acronym = ownString(record, 'acronym');
    entities.set(id, { path, id, lifetime, ...(acronym === undefined ? {} : { acronym }) });
  });
  return entities;
}

/** Built-in types, then the model's own, which may redefine them. */
function readTypes(document: Record<string, unknown>): Map<string, TypeInfo> {
  const types = new Map<string, TypeInfo>();
  const define = (name: string, definition: unknown) => {
    const chainOfCommand = isRecord(definition) && own(definition, 'chainOfCommand') === true;
    const superior = isRecord(definition) && own(definition, 'superior') === 'target' ? 'target' : 'source';
    types.set(name, { chainOfCommand, superior });
  };
  for (const [name, definition] of Object.entries(BUILTIN_RELATION_TYPES)) define(name, definition);
  const declared = own(document, 'relationTypes');
  if (isRecord(declared)) for (const name of Object.keys(declared)) define(name, declared[name]);
  return types;
}

function readRelations(
  document: Record<string, unknown>,
  entities: Map<string, EntityInfo>,
  types: Map<string, TypeInfo>,
  issues: DraftIssue[],
  describePath: (path: string) => string,
): RelationInfo[] {
  const list = items(document, 'relations');
  const ids = new Map<string, string>();
  const relations: RelationInfo[] = [];
  const entityCandidates: Candidate[] = [...entities.values()].map(({ id, acronym }) => ({ id, acronym }));
  const typeCandidates: Candidate[] = [...types.keys()].map((id) => ({ id }));
  const suggest = suggester();
  const suggestion = (name: string, candidates: readonly Candidate[]): string => {
    const match = suggest(name, candidates);
    return match === undefined ? '' : ` (did you mean ${quote(match)}?)`;
  };
  // When the lists a reference is checked against are themselves malformed, the schema says so; a
  // reference error for every relation on top would only bury that.
  const entitiesKnown = Array.isArray(own(document, 'entities'));
  const declaredTypes = own(document, 'relationTypes');
  const typesKnown = declaredTypes === undefined || isRecord(declaredTypes);

  list.forEach((record, index) => {
    if (!isRecord(record)) return;
    const path = childPath('/relations', index);
    const relation: RelationInfo = { path, record, lifetime: readLifetime(record, path, issues) };
    relations.push(relation);

    const id = ownString(record, 'id');
    if (id !== undefined) {
      const first = ids.get(id);
      if (first !== undefined) {
        issues.push(error(`${path}/id`, `duplicate id ${quote(id)} (first at ${describePath(first)})`));
      } else {
        ids.set(id, path);
        // An unnamed relation is keyed by its position, so a name like "relations/3" would take another's key.
        const positional = /^relations\/(0|[1-9]\d*)$/.exec(id);
        const other = positional ? list[Number(positional[1])] : undefined;
        if (other !== record && isRecord(other) && own(other, 'id') === undefined) {
          issues.push(
            error(
              `${path}/id`,
              `${quote(id)} is the id that ${describePath(`/${id}`)} has when unnamed; choose another`,
            ),
          );
        }
      }
    }

    for (const end of ['source', 'target'] as const) {
      const name = ownString(record, end);
      if (name === undefined) continue;
      const entity = entities.get(name);
      if (entity) relation[end] = entity;
      else if (entitiesKnown)
        issues.push(error(`${path}/${end}`, `no entity ${quote(name)}${suggestion(name, entityCandidates)}`));
    }

    const typeName = ownString(record, 'type');
    if (typeName !== undefined) {
      relation.typeName = typeName;
      const type = types.get(typeName);
      if (type) relation.type = type;
      else if (typesKnown) {
        issues.push(
          error(`${path}/type`, `unknown relation type ${quote(typeName)}${suggestion(typeName, typeCandidates)}`),
        );
      }
    }

    const sourceId = ownString(record, 'source');
    if (sourceId !== undefined && sourceId === ownString(record, 'target')) {
      issues.push(error(path, `links ${quote(sourceId)} to itself (source and target must differ)`));
    }
  });
  return relations;
}

function checkChainOfCommand(
  entities: Map<string, EntityInfo>,
  relations: readonly RelationInfo[],
  issues: DraftIssue[],
  describePath: (path: string) => string,
): void {
  const edges: ChainEdge[] = [];
  const firstByPair = new Map<string, ChainEdge>();
  for (const { path, source, target, type, lifetime } of relations) {
    if (!source || !target || !type?.chainOfCommand || source === target) continue;
    const [superior, subordinate] = type.superior === 'target' ? [target.id, source.id] : [source.id, target.id];
    const edge: ChainEdge = {
      superior,
      subordinate,
      start: lifetime.since === undefined ? Number.NEGATIVE_INFINITY : startOf(lifetime.since),
      end: lifetime.until === undefined ? Number.POSITIVE_INFINITY : startOf(lifetime.until),
      path,
    };
    edges.push(edge);
    const pair = `${superior}\u0000${subordinate}`;
    const first = firstByPair.get(pair);
    if (!first) firstByPair.set(pair, edge);
    else if (first.start < edge.end && edge.start < first.end) {
      issues.push(
        warning(
          path,
          `repeats ${describePath(first.path)}: both put ${quote(superior)} over ${quote(subordinate)} in the chain of command`,
        ),
      );
    }
  }
  const { cycles, stoppedAt } = findChainCycles([...entities.keys()], edges);
  for (const cycle of cycles) {
    issues.push(error(cycle.closing.path, `chain of command loops: ${cycle.bodies.join(' → ')}`));
  }
  if (stoppedAt) {
    issues.push(
      warning(
        stoppedAt.path,
        'the chain of command was not checked for loops from the day this relation starts: the relations that could loop start on too many different days to check each',
      ),
    );
  }
}

function warnAboutRelations(relations: readonly RelationInfo[], issues: DraftIssue[]): void {
  for (const { path, record, source, target, typeName, lifetime } of relations) {
    const note = own(record, 'note');
    const noted = typeof note === 'string' && note.trim() !== '';
    const inferred = own(record, 'basis') === 'inferred';
    if (inferred && !noted) {
      issues.push(warning(path, 'inferred, but no note says why (add a note: what in the source supports it)'));
    }
    // An inferred relation's note is its reason; a stated one needs its quote.
    if (own(record, 'evidence') === undefined && !(inferred && noted)) {
      issues.push(warning(path, 'no evidence (quote the source that states this relation)'));
    }
    if (lifetime.since !== undefined || lifetime.until !== undefined) {
      for (const end of new Set([source, target])) {
        if (end && outsideLifetime(lifetime, end.lifetime)) {
          issues.push(
            warning(
              path,
              `dated ${describeLifetime(lifetime)}, outside the lifetime of ${quote(end.id)} (${describeLifetime(end.lifetime)})`,
            ),
          );
        }
      }
    }
    if (typeName === 'renamed-to' && source && target && source.lifetime.until === undefined) {
      issues.push(
        warning(
          path,
          `${quote(source.id)} was renamed to ${quote(target.id)} but has no until date, so both show after the renaming`,
        ),
      );
    }
  }
}

function warnAboutIsolatedEntities(
  entities: Map<string, EntityInfo>,
  relations: readonly RelationInfo[],
  issues: DraftIssue[],
): void {
  const linked = new Set<string>();
  for (const { record } of relations) {
    for (const end of ['source', 'target']) {
      const id = ownString(record, end);
      if (id !== undefined) linked.add(id);
    }
  }
  for (const { id, path } of entities.values()) {
    if (!linked.has(id)) issues.push(warning(path, `${quote(id)} has no relations`));
  }
}
