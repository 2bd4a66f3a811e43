import { COLLAPSE_ABOVE } from './thresholds.js';

/*
 * Collapsing subtrees of the drawn org chart: which bodies are collapsed, which bodies that
 * hides and how many below each. The drawn tree is the view's (each body under its primary
 * superior), so a body with a second superior is hidden with the subtree it hangs in.
 */

/**
 * What the reader changed from the default: bodies collapsed that would be expanded, and bodies
 * expanded that would be collapsed (the default collapses large models, see COLLAPSE_ABOVE).
 * Kept relative to the default so that a link stays short and a new default still applies.
 */
export interface CollapseState {
  readonly collapsed: ReadonlySet<string>;
  readonly expanded: ReadonlySet<string>;
}

/** A body to expand or collapse, as the canvas's badges and the outline ask (event `gov-expand-change`). */
export interface ExpandChangeDetail {
  id: string;
  expanded: boolean;
}

/** Nothing changed from the default. */
export const DEFAULT_COLLAPSE: CollapseState = Object.freeze({
  collapsed: new Set<string>(),
  expanded: new Set<string>(),
});

/** The drawn tree with its collapsed subtrees (the `folding` of a GraphView). */
export interface Folding {
  /** Primary superior of every body in the tree, drawn or hidden (the view's `parent` holds the drawn only). */
  treeParent: ReadonlyMap<string, string>;
  /** Bodies with subordinates in the tree, drawn or hidden: those that can be collapsed. */
  superiors: ReadonlySet<string>;
  /** Bodies with subordinates that the default collapses. */
  byDefault: ReadonlySet<string>;
  /** Bodies with subordinates that are collapsed now, drawn or hidden. */
  collapsed: ReadonlySet<string>;
  /** Each drawn collapsed body and how many bodies are hidden below it. */
  hiddenBelow: ReadonlyMap<string, number>;
  /** Bodies not drawn because a superior is collapsed. */
  hidden: ReadonlySet<string>;
  /** The state this folding follows: the one asked for, with the chains of revealed bodies opened. */
  state: CollapseState;
}

export interface FoldOptions {
  /** The reader's changes from the default. */
  state: CollapseState;
  /** Whether a model of more than COLLAPSE_ABOVE bodies opens collapsed (false: every body expanded by default). */
  auto: boolean;
  /** Bodies that must be drawn: their chains of command are expanded (into the returned state). */
  reveal: readonly string[];
}

/**
 * Folds the tree of `ids` (in drawing order) hung from `parent` (primary superior by body; a
 * body without one is a top). Every body is reached from a top, as the view's primary parents are.
 */
export function foldTree(ids: readonly string[], parent: ReadonlyMap<string, string>, options: FoldOptions): Folding {
  const children = new Map<string, string[]>();
  const tops: string[] = [];
  for (const id of ids) {
    const superior = parent.get(id);
    if (superior === undefined) tops.push(id);
    else {
      const list = children.get(superior);
      if (list) list.push(id);
      else children.set(superior, [id]);
    }
  }
  // Breadth first from the tops: depth by body, and an order in which each superior comes first.
  const order = [...tops];
  const depth = new Map<string, number>(tops.map((id) => [id, 0]));
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    for (const child of children.get(id) ?? []) {
      depth.set(child, depth.get(id)! + 1);
      order.push(child);
    }
  }
  // Bodies outside the tree (partners, documents, bodies with no reporting line) are drawn
  // whatever is collapsed, so only the tree's bodies count towards COLLAPSE_ABOVE.
  const tree = order.filter((id) => children.has(id) || parent.has(id));
  const byDefault = new Set<string>();
  let deepest = options.auto && tree.length > COLLAPSE_ABOVE ? deepestShown(tree, depth) : Number.POSITIVE_INFINITY;
  // Tops over nothing but leaves (a flat team): those are laid out as compact blocks, and folding
  // them would leave a first view of one box and a "+300".
  if (deepest === 0 && tree.every((id) => depth.get(id) === 0 || !children.has(id))) deepest = Number.POSITIVE_INFINITY;
  for (const id of order) if (children.has(id) && depth.get(id)! >= deepest) byDefault.add(id);

  const state = revealChains(options.state, options.reveal, parent, byDefault);
  const collapsed = new Set<string>();
  for (const id of children.keys()) if (isCollapsed(id, byDefault, state)) collapsed.add(id);

  // Bodies in each subtree, counted from the deepest up.
  const size = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let total = 1;
    for (const child of children.get(id) ?? []) total += size.get(child)!;
    size.set(id, total);
  }
  const hidden = new Set<string>();
  const hiddenBelow = new Map<string, number>();
  for (const id of order) {
    const superior = parent.get(id);
    if (superior !== undefined && (hidden.has(superior) || collapsed.has(superior))) hidden.add(id);
    else if (collapsed.has(id)) hiddenBelow.set(id, size.get(id)! - 1);
  }
  return { treeParent: parent, superiors: new Set(children.keys()), byDefault, collapsed, hiddenBelow, hidden, state };
}

/** The deepest level drawn by default: every body of `order` (breadth first) down to it makes at most COLLAPSE_ABOVE (at least the tops). */
function deepestShown(order: readonly string[], depth: ReadonlyMap<string, number>): number {
  let level = 0;
  // `order` is breadth first, so the bodies down to a level are a prefix of it.
  for (let i = 0; i < order.length && i < COLLAPSE_ABOVE; i++) level = depth.get(order[i]!)!;
  const next = order[Math.min(order.length, COLLAPSE_ABOVE)];
  // The level the cut falls in is not complete within COLLAPSE_ABOVE: stop above it.
  return next !== undefined && depth.get(next) === level && level > 0 ? level - 1 : level;
}

/** Whether `id` hangs somewhere below `superior` in the tree of `parent` (primary superior by body). */
export function isBelow(parent: ReadonlyMap<string, string>, id: string, superior: string): boolean {
  for (let up = parent.get(id); up !== undefined; up = parent.get(up)) if (up === superior) return true;
  return false;
}

function isCollapsed(id: string, byDefault: ReadonlySet<string>, state: CollapseState): boolean {
  return state.collapsed.has(id) || (byDefault.has(id) && !state.expanded.has(id));
}

/** `state` with every collapsed superior above the `reveal` bodies expanded; the same object when none is. */
function revealChains(
  state: CollapseState,
  reveal: readonly string[],
  parent: ReadonlyMap<string, string>,
  byDefault: ReadonlySet<string>,
): CollapseState {
  let next: { collapsed: Set<string>; expanded: Set<string> } | null = null;
  const seen = new Set<string>();
  for (const id of reveal) {
    // Primary superiors form no loop (each body is reached once from a top), but `seen` also
    // stops at a chain another revealed body already opened.
    for (let up = parent.get(id); up !== undefined && !seen.has(up); up = parent.get(up)) {
      seen.add(up);
      if (!isCollapsed(up, byDefault, next ?? state)) continue;
      next ??= { collapsed: new Set(state.collapsed), expanded: new Set(state.expanded) };
      next.collapsed.delete(up);
      if (byDefault.has(up)) next.expanded.add(up);
    }
  }
  return next ? tidy(next.collapsed, next.expanded) : state;
}

/**
 * The state with `id` expanded (or collapsed), recorded relative to the folding's default.
 * Unchanged (the same object) when it already is so, or `id` has no subordinates.
 */
export function withExpanded(folding: Folding, id: string, expanded: boolean): CollapseState {
  const { state } = folding;
  if (!folding.superiors.has(id)) return state;
  const collapsed = new Set(state.collapsed);
  const expandedSet = new Set(state.expanded);
  if (expanded) {
    collapsed.delete(id);
    if (folding.byDefault.has(id)) expandedSet.add(id);
  } else {
    expandedSet.delete(id);
    if (!folding.byDefault.has(id)) collapsed.add(id);
  }
  const next = tidy(collapsed, expandedSet);
  return sameState(next, state) ? state : next;
}

function tidy(collapsed: Set<string>, expanded: Set<string>): CollapseState {
  return collapsed.size === 0 && expanded.size === 0 ? DEFAULT_COLLAPSE : { collapsed, expanded };
}

/** Whether two states say the same. */
export function sameState(a: CollapseState, b: CollapseState): boolean {
  const same = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && [...x].every((id) => y.has(id));
  return a === b || (same(a.collapsed, b.collapsed) && same(a.expanded, b.expanded));
}
