import { type DayNumber, queryDay, standsOn, startOf, yearOf } from '../dates.js';
import type { EntityAttributes, GovernanceGraph, GraphAttributes, RelationAttributes } from '../graph.js';
import { PrototypeFreeGraph } from '../prototype-free-graph.js';
import type { PartialDate } from '../types.js';

/** Something that appeared or disappeared between two dates. */
export interface Change {
  kind: 'entity' | 'relation';
  /** The node key or edge key. */
  id: string;
  /** The `since` or `until` (of the item or of one of its ends) that caused the change. */
  date?: PartialDate;
}

/** A `renamed-to` relation that took effect between two dates. */
export interface Rename {
  /** The body under its old name. */
  from: string;
  /** The body under its new name. */
  to: string;
  edge: string;
  date?: PartialDate;
}

export interface Changes {
  added: Change[];
  removed: Change[];
  renamed: Rename[];
}

function dayOf(where: string, date: PartialDate | number): DayNumber {
  const day = queryDay(date);
  if (Number.isNaN(day)) throw new Error(`${where}: "${date}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return day;
}

function relationStands(graph: GovernanceGraph, edge: string, day: DayNumber): boolean {
  return (
    standsOn(graph.getEdgeAttributes(edge), day) &&
    standsOn(graph.getNodeAttributes(graph.source(edge)), day) &&
    standsOn(graph.getNodeAttributes(graph.target(edge)), day)
  );
}

/**
 * The structure as it stood on a date: a new graph with the same attributes, keeping the bodies
 * that stood then and the relations that stood then between two bodies that stood then.
 * A year or month means its end (see `queryDay`), so 2014 shows a body set up in April 2014 and
 * no longer shows one renamed in April 2014. Attribute objects are shallow copies.
 *
 * @throws Error when `date` is not a partial date.
 */
export function structureAt(graph: GovernanceGraph, date: PartialDate | number): GovernanceGraph {
  const day = dayOf('structureAt', date);
  const result: GovernanceGraph = new PrototypeFreeGraph<EntityAttributes, RelationAttributes, GraphAttributes>({
    allowSelfLoops: graph.allowSelfLoops,
  }) as GovernanceGraph;
  result.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (standsOn(attributes, day)) result.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (result.hasNode(source) && result.hasNode(target) && standsOn(attributes, day)) {
      result.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
    }
  });
  return result;
}

/**
 * The earliest and latest year named by any `since` or `until` of a body or relation, or by the
 * model's `period`: the span a year slider should cover. `null` when nothing is dated.
 */
export function dateRange(graph: GovernanceGraph): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const take = (item: { since?: PartialDate | undefined; until?: PartialDate | undefined }): void => {
    for (const date of [item.since, item.until]) {
      if (date === undefined) continue;
      const year = yearOf(date);
      if (Number.isNaN(year)) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  };
  graph.forEachNode((_, attributes) => take(attributes));
  graph.forEachEdge((_, attributes) => take(attributes));
  const period = graph.getAttribute('period');
  if (period) take({ since: period.from, until: period.to });
  return first === Number.POSITIVE_INFINITY ? null : { first, last };
}

/**
 * What changed between the structure at `from` and the structure at `to`: bodies and relations
 * added and removed, and `renamed-to` relations whose date falls after `from` and by `to`.
 * A rename is also seen as its old body removed and its new body added; both stay listed.
 *
 * A relation can appear or vanish because of its own dates or because of one of its ends; `date`
 * names the one responsible (the latest `since` for an addition, the earliest `until` for a
 * removal). A rename's date is the relation's `since`, else the old body's `until`, else the new
 * body's `since`. Lists are ordered by date, then bodies before relations, then model order.
 * Something that came and went entirely between the two dates stands in neither structure and
 * is not listed.
 *
 * @throws Error when a date is malformed or `to` comes before `from`.
 */
export function changesBetween(graph: GovernanceGraph, from: PartialDate | number, to: PartialDate | number): Changes {
  const fromDay = dayOf('changesBetween', from);
  const toDay = dayOf('changesBetween', to);
  if (toDay < fromDay) throw new Error(`changesBetween: "to" (${to}) comes before "from" (${from})`);

  type Ordered = { change: Change; index: number };
  const added: Ordered[] = [];
  const removed: Ordered[] = [];
  const record = (list: Ordered[], change: Change, index: number): void => {
    list.push({ change, index });
  };
  const latest = (dates: Array<PartialDate | undefined>): PartialDate | undefined =>
    pick(dates, (a, b) => startOf(a) > startOf(b));
  const earliest = (dates: Array<PartialDate | undefined>): PartialDate | undefined =>
    pick(dates, (a, b) => startOf(a) < startOf(b));

  graph.forEachNode((id, attributes) => {
    const before = standsOn(attributes, fromDay);
    const after = standsOn(attributes, toDay);
    if (!before && after) record(added, withDate({ kind: 'entity', id }, attributes.since), attributes.index);
    if (before && !after) record(removed, withDate({ kind: 'entity', id }, attributes.until), attributes.index);
  });
  graph.forEachEdge((id, attributes, source, target) => {
    const before = relationStands(graph, id, fromDay);
    const after = relationStands(graph, id, toDay);
    if (before === after) return;
    const items = [attributes, graph.getNodeAttributes(source), graph.getNodeAttributes(target)];
    const date = after ? latest(items.map((i) => i.since)) : earliest(items.map((i) => i.until));
    record(after ? added : removed, withDate({ kind: 'relation', id }, date), attributes.index);
  });

  const renamed: Array<{ rename: Rename; index: number }> = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type !== 'renamed-to') return;
    const date = attributes.since ?? graph.getNodeAttribute(source, 'until') ?? graph.getNodeAttribute(target, 'since');
    if (date === undefined) return;
    const day = startOf(date);
    if (day > fromDay && day <= toDay)
      renamed.push({ rename: { from: source, to: target, edge, date }, index: attributes.index });
  });

  const byDate = (a: { date?: PartialDate }, b: { date?: PartialDate }): number =>
    (a.date === undefined ? 0 : startOf(a.date)) - (b.date === undefined ? 0 : startOf(b.date));
  const changeOrder = (a: Ordered, b: Ordered): number =>
    byDate(a.change, b.change) ||
    Number(a.change.kind === 'relation') - Number(b.change.kind === 'relation') ||
    a.index - b.index;
  return {
    added: added.sort(changeOrder).map((o) => o.change),
    removed: removed.sort(changeOrder).map((o) => o.change),
    renamed: renamed.sort((a, b) => byDate(a.rename, b.rename) || a.index - b.index).map((o) => o.rename),
  };
}

/** The changes during one year: the structure at the end of `year - 1` against the end of `year`. */
export function changesInYear(graph: GovernanceGraph, year: number): Changes {
  return changesBetween(graph, year - 1, year);
}

/**
 * The years, ascending, in which something changed (`changesInYear` lists anything), within
 * `dateRange`: where a year slider marks its ticks. Empty when nothing is dated.
 */
export function changeYears(graph: GovernanceGraph): number[] {
  const range = dateRange(graph);
  if (!range) return [];
  const years: number[] = [];
  for (let year = range.first; year <= range.last; year++) {
    const { added, removed, renamed } = changesInYear(graph, year);
    if (added.length + removed.length + renamed.length > 0) years.push(year);
  }
  return years;
}

function withDate(change: Change, date: PartialDate | undefined): Change {
  return date === undefined ? change : { ...change, date };
}

function pick(
  dates: Array<PartialDate | undefined>,
  better: (a: PartialDate, b: PartialDate) => boolean,
): PartialDate | undefined {
  let chosen: PartialDate | undefined;
  for (const date of dates) if (date !== undefined && (chosen === undefined || better(date, chosen))) chosen = date;
  return chosen;
}
