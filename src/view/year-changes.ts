import { startOf, yearOf } from '../../model/dates.js';
import type { GovernanceGraph } from '../../model/graph.js';
import { changesInYear } from '../../model/queries/structure-at.js';

/** What changed in one year, as the year slider lists it and the diagram marks it. */
export interface YearChanges {
  /** Sentences to list, in order: renames, new bodies, new relations, ended bodies, ended relations. */
  items: string[];
  /** Bodies standing at the end of the year and not at the end of the year before (node keys of the model). */
  addedBodies: Set<string>;
  /** Relations standing at the end of the year and not at the end of the year before (edge keys of the model). */
  addedRelations: Set<string>;
}

/**
 * The changes during `year` (see `changesInYear`) for a reader: each rename once rather than as
 * an ended and a new body, and relations listed only when their own dates made them start or
 * end — one that merely follows an end in or out is implied by that body's line. Every added
 * body and relation is returned for marking, those implied included: a new body's reporting line
 * is new on the diagram too.
 */
export function yearChanges(graph: GovernanceGraph, year: number): YearChanges {
  const { added, removed, renamed } = changesInYear(graph, year);
  const fullName = (id: string) => graph.getNodeAttributes(id).name;
  const shortName = (id: string) => graph.getNodeAttributes(id).acronym ?? fullName(id);
  const relation = (id: string) =>
    `${shortName(graph.source(id))} ${graph.getEdgeAttributes(id).definition.label} ${shortName(graph.target(id))}`;
  const ownDate = (date: string | undefined) => date !== undefined && yearOf(date) === year;
  const renamedIds = new Set(renamed.flatMap((r) => [r.from, r.to]));
  const items = renamed.map((r) => `${fullName(r.from)} renamed ${fullName(r.to)}`);
  const addedBodies = new Set<string>();
  const addedRelations = new Set<string>();
  for (const c of added) {
    if (c.kind === 'entity') {
      addedBodies.add(c.id);
      if (!renamedIds.has(c.id)) items.push(`New: ${fullName(c.id)}`);
    } else addedRelations.add(c.id);
  }
  for (const c of added) {
    if (c.kind !== 'relation') continue;
    const r = graph.getEdgeAttributes(c.id);
    if (r.type !== 'renamed-to' && ownDate(r.since)) items.push(relation(c.id));
  }
  for (const c of removed) {
    if (c.kind === 'entity' && !renamedIds.has(c.id)) items.push(`Ended: ${fullName(c.id)}`);
  }
  for (const c of removed) {
    if (c.kind !== 'relation') continue;
    const r = graph.getEdgeAttributes(c.id);
    if (r.type !== 'renamed-to' && ownDate(r.until)) items.push(`Ended: ${relation(c.id)}`);
  }
  return { items, addedBodies, addedRelations };
}

/** "6 changes in 2014", "1 change in 2012", "No change recorded in 2003". */
export function changesHeading(count: number, year: number): string {
  if (count === 0) return `No change recorded in ${year}`;
  return `${count} ${count === 1 ? 'change' : 'changes'} in ${year}`;
}

/**
 * How many bodies and relations of `shown`, the structure at the end of `year` (structureAt),
 * are new in that year: those whose latest `since` (a relation's own or either end's) falls in
 * it. For what stands at a year's end this is the same as `yearChanges`' added ones, without
 * the whole model: the legend is handed only the year's graph.
 */
export function countNewInYear(shown: GovernanceGraph, year: number): number {
  const inYear = (date: string | undefined) => date !== undefined && yearOf(date) === year;
  let count = shown.filterNodes((_, e) => inYear(e.since)).length;
  shown.forEachEdge((_, r, source, target) => {
    const latest = [r.since, shown.getNodeAttribute(source, 'since'), shown.getNodeAttribute(target, 'since')]
      .filter((d): d is string => d !== undefined)
      .sort((a, b) => startOf(b) - startOf(a))[0];
    if (inYear(latest)) count++;
  });
  return count;
}
