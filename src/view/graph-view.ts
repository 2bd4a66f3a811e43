import { chainEnds, type GovernanceGraph } from '../../model/graph.js';
import { familyLabel, type KindTable, kindFamily, kindInChain, kindLabel } from '../../model/kinds.js';
import { relationFamily } from '../../model/relation-types.js';
import type { RelationFamily } from '../../model/types.js';
import { DEFAULT_COLLAPSE, type Folding, type FoldOptions, foldTree } from './collapse.js';
import { labelWidth, MAX_LABEL_LINES, NODE_WIDTH, nodeHeight, paletteOf, TEXT_WIDTH } from './graph-style.js';
import { HUB_RELATIONS } from './thresholds.js';
import { type LaneHeading, type LayoutDirection, treeLayout } from './tree-layout.js';
import { type MeasureText, wrapLabel } from './wrap-label.js';

export interface ViewNode {
  id: string;
  name: string;
  kind: string;
  lines: string[];
  /** Tooltip text: name, acronym and kind (and "undated" when so marked). */
  title: string;
  /**
   * In the view of a year: the model gives no date from which the body stands (no `since`), so it
   * is drawn in every year without the source saying so (drawn with a dashed border).
   */
  undated?: boolean;
  width: number;
  height: number;
  x: number;
  y: number;
}

/**
 * What a drawn relation is to the org chart. Each role is drawn its own way: tree links as
 * elbows beneath everything else, the rest by Cytoscape.
 */
export const EdgeRole = {
  /** The reporting line the tree hangs a subordinate from: one per body below a top. */
  treeLink: 'tree-link',
  /** Another reporting line to a body that already hangs from a superior (matrix reporting). */
  secondSuperior: 'second-superior',
  /** A relation outside the chain of command (cooperation, hosting, membership…). */
  relation: 'relation',
} as const;
export type EdgeRole = (typeof EdgeRole)[keyof typeof EdgeRole];

export interface ViewEdge {
  id: string;
  /** Drawn ends: for reporting lines always superior → subordinate. */
  source: string;
  target: string;
  type: string;
  /** The family the type is drawn with (model/relation-types.ts). */
  family: RelationFamily;
  role: EdgeRole;
  /** Whether a reader inferred the relation rather than the source stating it (drawn lighter, dotted). */
  inferred: boolean;
  /** A tree link to a body in a block under its superior (drawn by the block's lines: treeLinkPoints). */
  stacked: boolean;
  /** Of the stacked links, one to a body in a group of leaves beside its superior's other subordinates. */
  grouped: boolean;
  /**
   * A line of a hub (a body with more than HUB_RELATIONS lines besides its tree links): drawn
   * straight on the line layer, with the tree links, instead of by Cytoscape (see layer-lines.ts).
   */
  bundled: boolean;
}

/** Whether the edge is a reporting line (a tree link or a second superior's line). */
export function isReportingLine(edge: ViewEdge): boolean {
  return edge.role !== EdgeRole.relation;
}

/**
 * What the screen and the exporters draw: the bodies and relations left after the year and the
 * filters, with their wrapped labels and laid-out positions.
 */
export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Primary superior of each body in the drawn tree. */
  parent: Map<string, string>;
  /** Subordinates of each body in drawing order; roots under "". */
  children: Map<string, string[]>;
  direction: LayoutDirection;
  /** The model's kinds and families, for their names and looks. */
  kinds: KindTable;
  /** The family names written over the lanes of bodies outside the chain of command (none when absent). */
  headings?: LaneHeading[];
  /** The tree's collapsed subtrees: what is hidden and how much below each collapsed body (collapse.ts). */
  folding?: Folding;
}

export interface ViewOptions {
  direction: LayoutDirection;
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  measure: MeasureText;
  /** Which subtrees are collapsed; without it every body is drawn. */
  collapse?: FoldOptions;
  /** Whether the view is of one year, so that bodies without a start date are marked undated. */
  markUndated?: boolean;
}

/** What an undated body's tooltip adds. */
export const UNDATED_NOTE = 'undated: the source does not say since when it stands';

const UNFOLDED: FoldOptions = { state: DEFAULT_COLLAPSE, auto: false, reveal: [] };

/** Keeps in `list`, in place, the items `keep` accepts. */
function keepOnly<T>(list: T[], keep: (item: T) => boolean): void {
  let kept = 0;
  for (const item of list) if (keep(item)) list[kept++] = item;
  list.length = kept;
}

/**
 * A body's label as at most MAX_LABEL_LINES lines of at most `width` pixels (TEXT_WIDTH unless
 * given; see labelWidth): the name as written (its line breaks kept), then the acronym on a line
 * of its own when the name does not contain it. `locale` is the text's language when known (the
 * document's otherwise; see wrapLabel).
 */
export function labelLines(
  name: string,
  acronym: string | undefined,
  measure: MeasureText,
  width: number = TEXT_WIDTH,
  locale?: string,
): string[] {
  const showAcronym = acronym !== undefined && !name.includes(acronym);
  const lines = wrapLabel(name, width, measure, showAcronym ? MAX_LABEL_LINES - 1 : MAX_LABEL_LINES, locale);
  if (showAcronym) lines.push(...wrapLabel(acronym, width, measure, 1, locale));
  return lines;
}

/**
 * Measures every body's label of `graph` as buildGraphView does, so that `measure`, which
 * remembers what it measured (measure-text.ts), answers from memory when the view is built: a
 * large model's labels can be measured in a task before the one that lays it out. Measuring took
 * about 60 of the 130 ms that building the view of 10,000 bodies took in Chromium on a 2-core
 * machine (`scripts/bench/profile.ts`).
 */
export function measureLabels(graph: GovernanceGraph, measure: MeasureText): void {
  const palette = paletteOf(graph.getAttribute('kinds'));
  graph.forEachNode((_, entity) => {
    labelLines(entity.name, entity.acronym, measure, labelWidth(palette.kind(entity.kind).shape));
  });
}

/** Builds the view of `graph` (already cut to a year, if any) under the given filters. */
export function buildGraphView(graph: GovernanceGraph, options: ViewOptions): GraphView {
  const kinds = graph.getAttribute('kinds');
  const palette = paletteOf(kinds);
  const nodes: ViewNode[] = [];
  const shown = new Set<string>();
  graph.forEachNode((id, entity) => {
    if (options.hiddenKinds.has(entity.kind)) return;
    shown.add(id);
    const lines = labelLines(entity.name, entity.acronym, options.measure, labelWidth(palette.kind(entity.kind).shape));
    const acronym = entity.acronym ? ` (${entity.acronym})` : '';
    const undated = options.markUndated === true && entity.since === undefined;
    nodes.push({
      id,
      name: entity.name,
      kind: entity.kind,
      lines,
      title: `${entity.name}${acronym}: ${kindLabel(entity.kind, kinds).toLowerCase()}${undated ? `; ${UNDATED_NOTE}` : ''}`,
      ...(undated ? { undated } : {}),
      width: NODE_WIDTH,
      height: nodeHeight(lines.length),
      x: 0,
      y: 0,
    });
  });

  const edges: ViewEdge[] = [];
  const superiorsOf = new Map<string, string[]>();
  // Superiors whose lines the source states: a body hangs from one of these when it has any.
  const statedSuperiorsOf = new Map<string, string[]>();
  const inChain = new Set<string>();
  graph.forEachEdge((id, relation, source, target) => {
    if (options.hiddenTypes.has(relation.type) || !shown.has(source) || !shown.has(target)) return;
    // A reporting line to a document, an exercise or a partner is drawn as a relation beside the tree.
    const chainable =
      kindInChain(graph.getNodeAttribute(source, 'kind'), kinds) &&
      kindInChain(graph.getNodeAttribute(target, 'kind'), kinds);
    const ends = chainable ? chainEnds(relation, source, target) : null;
    if (ends) {
      inChain.add(source).add(target);
      const list = superiorsOf.get(ends.subordinate) ?? [];
      list.push(ends.superior);
      superiorsOf.set(ends.subordinate, list);
      if (relation.basis !== 'inferred') {
        const stated = statedSuperiorsOf.get(ends.subordinate) ?? [];
        stated.push(ends.superior);
        statedSuperiorsOf.set(ends.subordinate, stated);
      }
    }
    edges.push({
      id,
      source: ends ? ends.superior : source,
      target: ends ? ends.subordinate : target,
      type: relation.type,
      // A reporting line drawn beside the tree keeps the chain of command's look.
      family: relationFamily(relation.definition),
      role: ends ? EdgeRole.treeLink : EdgeRole.relation,
      inferred: relation.basis === 'inferred',
      stacked: false,
      grouped: false,
      bundled: false,
    });
  });

  const hangFrom = new Map(superiorsOf);
  for (const [id, stated] of statedSuperiorsOf) hangFrom.set(id, stated);
  const parent = primaryParents(nodes, hangFrom, inChain);
  for (const edge of edges) {
    if (edge.role === EdgeRole.treeLink && parent.get(edge.target) !== edge.source) edge.role = EdgeRole.secondSuperior;
  }
  // Bodies below a collapsed superior, and every line to them, are left out before the layout.
  const folding = foldTree(
    nodes.map((n) => n.id),
    new Map(parent),
    options.collapse ?? UNFOLDED,
  );
  const { hidden } = folding;
  if (hidden.size > 0) {
    keepOnly(nodes, (n) => !hidden.has(n.id));
    keepOnly(edges, (e) => !hidden.has(e.source) && !hidden.has(e.target));
    for (const id of hidden) parent.delete(id);
  }
  bundleHubs(edges);
  const layout = treeLayout({
    nodes: nodes.map((n) => ({
      id: n.id,
      width: n.width,
      height: n.height,
      family: familyLabel(kindFamily(n.kind, kinds), kinds),
    })),
    parent,
    inChain,
    direction: options.direction,
    links: edges.filter((e) => e.role === EdgeRole.relation).map((e) => [e.source, e.target] as const),
  });
  for (const edge of edges) {
    edge.stacked = edge.role === EdgeRole.treeLink && layout.stacked.has(edge.target);
    edge.grouped = edge.stacked && layout.grouped.has(edge.target);
  }
  for (const node of nodes) {
    const p = layout.positions.get(node.id);
    if (p) {
      node.x = p.x;
      node.y = p.y;
    }
  }
  return {
    nodes,
    edges,
    parent,
    children: layout.children,
    direction: options.direction,
    kinds,
    headings: layout.headings,
    folding,
  };
}

/** How many bodies of `view` are marked undated (ViewNode.undated); 0 without a view. */
export function countUndated(view: GraphView | null): number {
  let count = 0;
  for (const node of view?.nodes ?? []) if (node.undated) count++;
  return count;
}

/**
 * How many reporting lines of the whole graph are a second superior's: for each body, all its
 * lines from superiors in the chain of command but the one it hangs from. (The legend explains
 * their look whatever the filters.)
 */
export function countSecondSuperiors(graph: GovernanceGraph): number {
  const kinds = graph.getAttribute('kinds');
  const superiors = new Map<string, number>();
  graph.forEachEdge((_, relation, source, target) => {
    const ends = chainEnds(relation, source, target);
    if (!ends) return;
    if (!kindInChain(graph.getNodeAttribute(source, 'kind'), kinds)) return;
    if (!kindInChain(graph.getNodeAttribute(target, 'kind'), kinds)) return;
    superiors.set(ends.subordinate, (superiors.get(ends.subordinate) ?? 0) + 1);
  });
  let count = 0;
  for (const n of superiors.values()) count += n - 1;
  return count;
}

/** Marks as bundled every line other than a tree link that has a hub at either end (see ViewEdge.bundled). */
function bundleHubs(edges: ViewEdge[]): void {
  const lines = new Map<string, number>();
  const count = (id: string) => lines.set(id, (lines.get(id) ?? 0) + 1);
  for (const edge of edges) {
    if (edge.role === EdgeRole.treeLink) continue;
    count(edge.source);
    count(edge.target);
  }
  const isHub = (id: string) => (lines.get(id) ?? 0) > HUB_RELATIONS;
  for (const edge of edges) {
    if (edge.role !== EdgeRole.treeLink) edge.bundled = isHub(edge.source) || isHub(edge.target);
  }
}

/**
 * Each body hangs in the drawn tree from one superior: the first to reach it in a breadth-first
 * walk from the tops, in model order, so that a body with two superiors sits under the one
 * nearer the top and the other line is drawn as a second superior's. `superiorsOf` gives, for each
 * body, the superiors it may hang from: those whose lines the source states when it has any, so
 * that an inferred line never takes the place of a stated one.
 */
function primaryParents(
  nodes: readonly ViewNode[],
  superiorsOf: ReadonlyMap<string, string[]>,
  inChain: ReadonlySet<string>,
): Map<string, string> {
  const subordinatesOf = new Map<string, string[]>();
  for (const node of nodes) {
    for (const superior of superiorsOf.get(node.id) ?? []) {
      const list = subordinatesOf.get(superior) ?? [];
      list.push(node.id);
      subordinatesOf.set(superior, list);
    }
  }
  const parent = new Map<string, string>();
  const reached = new Set<string>();
  const queue: string[] = [];
  // Read by index: shift() copies the rest of a long queue each time, quadratic for a wide tree.
  let head = 0;
  const walk = () => {
    while (head < queue.length) {
      const id = queue[head++]!;
      for (const child of subordinatesOf.get(id) ?? []) {
        if (reached.has(child)) continue;
        reached.add(child);
        parent.set(child, id);
        queue.push(child);
      }
    }
  };
  for (const node of nodes) {
    if (!inChain.has(node.id) || superiorsOf.has(node.id)) continue;
    reached.add(node.id);
    queue.push(node.id);
  }
  walk();
  // Bodies only reachable through a loop (which validation reports) still get a place.
  for (const node of nodes) {
    if (!inChain.has(node.id) || reached.has(node.id)) continue;
    reached.add(node.id);
    queue.push(node.id);
    walk();
  }
  return parent;
}
