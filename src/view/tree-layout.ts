import { type HierarchyNode, hierarchy, tree } from 'd3-hierarchy';

export type LayoutDirection = 'TB' | 'LR';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** The kind's family (model/kinds.ts): bodies outside the chain of command are shelved by family. */
  family: string;
}

export interface LayoutInput {
  /** Nodes in display order (the model's order). */
  nodes: LayoutNode[];
  /** The primary superior of each body that has one; together they form a forest. */
  parent: ReadonlyMap<string, string>;
  /** Bodies that take part in the chain of command (as superior or subordinate). */
  inChain: ReadonlySet<string>;
  direction: LayoutDirection;
  /** Relations outside the chain of command, used to place shelved bodies near what they relate to. */
  links?: readonly (readonly [string, string])[];
}

export interface LayoutResult {
  /** Centre of each node. */
  positions: Map<string, { x: number; y: number }>;
  /** Children of each body in the forest, in drawing order; roots under the key "". */
  children: Map<string, string[]>;
  /** Bodies drawn in a column under their superior rather than side by side. */
  stacked: Set<string>;
}

const SIBLING_GAP = 28;
const LEVEL_GAP = 64;
const TREE_GAP = 72;
const SHELF_GAP = 96;

interface TreeDatum {
  id: string;
  /** Stands in the tree for a body of a stacked column, to reserve its room. */
  phantom?: boolean;
}

/** A superior whose subordinates are all leaves stacks them in a column once they are this many. */
const STACK_FROM = 3;
/** Gap between a stacked column and the line that runs down its side. */
const STACK_INDENT = 24;
const STACK_GAP = 14;

/**
 * Tidy-tree layout of the chain of command (d3-hierarchy's Reingold–Tilford, linear time), with
 * the trees side by side and the bodies outside any chain shelved by family below them (right of
 * them in LR). Relations outside the chain of command are then drawn over this without moving
 * anything, so they never distort the hierarchy.
 */
export function treeLayout(input: LayoutInput): LayoutResult {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>([['', []]]);
  for (const node of input.nodes) {
    if (!input.inChain.has(node.id)) continue;
    const parent = input.parent.get(node.id);
    const key = parent !== undefined && byId.has(parent) ? parent : '';
    const list = children.get(key) ?? [];
    children.set(key, list);
    list.push(node.id);
  }
  const horizontal = input.direction === 'TB';
  // Breadth is the extent along a level; depth the extent from level to level.
  const breadthOf = (n: LayoutNode) => (horizontal ? n.width : n.height);
  const depthOf = (n: LayoutNode) => (horizontal ? n.height : n.width);
  // A loop, not Math.max(...all): spreading 200,000 arguments overflows the call stack.
  let maxBreadth = 1;
  for (const node of input.nodes) maxBreadth = Math.max(maxBreadth, breadthOf(node));

  const positions = new Map<string, { x: number; y: number }>();
  const place = (id: string, along: number, across: number) =>
    positions.set(id, horizontal ? { x: along, y: across } : { x: across, y: along });

  // Side by side, the leaves of a wide organisation make a drawing hundreds of times wider than
  // tall. Like compact org charts, a superior whose subordinates are all leaves lists them in a
  // column down its side; the column is represented in the tidy tree by a chain of phantoms, so
  // that the tree keeps its room free.
  const stacks = new Map<string, string[]>();
  for (const [id, kids] of children) {
    if (id === '' || kids.length < STACK_FROM) continue;
    if (kids.every((k) => (children.get(k) ?? []).length === 0)) stacks.set(id, kids);
  }
  const stacked = new Set([...stacks.values()].flat());

  const visited = new Set<string>();

  let cursor = 0;
  let forestEnd = 0;
  const roots = children.get('') ?? [];
  const step = maxBreadth + SIBLING_GAP;
  // A column hangs to the right of its superior's centre line, so it needs more room on that side.
  const columnShift = STACK_INDENT + maxBreadth / 2;
  const layoutTree = tree<TreeDatum>()
    .nodeSize([step, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25) + (a.data.phantom ? columnShift / step : 0));
  for (const rootId of roots) {
    const root = layoutTree(treeHierarchy(rootId, children, stacks, visited));
    // Levels are as deep as their deepest node, so labels of different heights never collide.
    const levelDepth: number[] = [];
    root.each((d) => {
      const size = d.data.phantom ? 0 : depthOf(byId.get(d.data.id)!);
      levelDepth[d.depth] = Math.max(levelDepth[d.depth] ?? 0, size);
    });
    const levelStart: number[] = [0];
    for (let i = 1; i < levelDepth.length; i++) levelStart[i] = levelStart[i - 1]! + levelDepth[i - 1]! + LEVEL_GAP;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    root.each((d) => {
      min = Math.min(min, d.x);
      max = Math.max(max, d.x + (d.data.phantom ? columnShift : 0));
    });
    const offset = cursor - min + maxBreadth / 2;
    root.each((d) => {
      if (d.data.phantom) return;
      const along = d.x + offset;
      const across = levelStart[d.depth]! + levelDepth[d.depth]! / 2;
      place(d.data.id, along, across);
      forestEnd = Math.max(forestEnd, levelStart[d.depth]! + levelDepth[d.depth]!);
      const column = stacks.get(d.data.id);
      if (!column) return;
      let next = levelStart[d.depth]! + levelDepth[d.depth]! + STACK_GAP;
      for (const id of column) {
        const size = depthOf(byId.get(id)!);
        place(id, along + columnShift, next + size / 2);
        next += size + STACK_GAP;
      }
      forestEnd = Math.max(forestEnd, next);
    });
    cursor += max - min + maxBreadth + TREE_GAP;
  }

  // Shelves: one row per family, wrapped to the forest's breadth (at least a few nodes wide).
  const shelved = input.nodes.filter((n) => !positions.has(n.id));
  const families = new Map<string, LayoutNode[]>();
  for (const node of shelved) {
    const list = families.get(node.family) ?? [];
    families.set(node.family, list);
    list.push(node);
  }
  const perRow = Math.max(4, Math.floor(Math.max(cursor - TREE_GAP, 0) / step));
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const [a, b] of input.links ?? []) {
    link(a, b);
    link(b, a);
  }
  const alongOf = (id: string) => {
    const p = positions.get(id);
    return p === undefined ? undefined : horizontal ? p.x : p.y;
  };
  // Each shelved body goes as near as the row allows to the middle of what it relates to, so
  // that relation lines run short and mostly straight instead of across the whole drawing.
  const wish = (id: string): number => {
    const at = (neighbours.get(id) ?? []).map(alongOf).filter((v): v is number => v !== undefined);
    return at.length === 0 ? Number.POSITIVE_INFINITY : at.reduce((a, b) => a + b, 0) / at.length;
  };
  let across = roots.length > 0 ? forestEnd + SHELF_GAP : 0;
  for (const members of families.values()) {
    const order = members.map((node, index) => ({ node, index, wish: wish(node.id) }));
    order.sort((a, b) => a.wish - b.wish || a.index - b.index);
    for (let start = 0; start < order.length; start += perRow) {
      const row = order.slice(start, start + perRow);
      const rowDepth = row.reduce((deepest, r) => Math.max(deepest, depthOf(r.node)), Number.NEGATIVE_INFINITY);
      let last = Number.NEGATIVE_INFINITY;
      for (const { node, wish: w } of row) {
        const along = Math.max(Number.isFinite(w) ? w : last + step, last + step, maxBreadth / 2);
        place(node.id, along, across + rowDepth / 2);
        last = along;
      }
      across += rowDepth + SIBLING_GAP;
    }
    across += SHELF_GAP - SIBLING_GAP;
  }
  return { positions, children, stacked };
}

/** d3's hierarchy node, with the fields that `hierarchy` fills in while linking made writable. */
type Building = HierarchyNode<TreeDatum> & { depth: number; height: number };

/**
 * The tree hanging from `rootId` as d3's hierarchy nodes, for its tree layout: each body's
 * subordinates in `children` order, except that a body in `stacks` gets its column as a chain of
 * phantoms, one below the other. Bodies already in `visited` are left out, and those placed here
 * are added to it.
 *
 * Built here, depth first with a stack of its own, rather than by d3's `hierarchy(data)`: that
 * one computes the heights by walking up from each node while its ancestors grow, which takes
 * time quadratic in the depth (30 s for a chain 100,000 deep, 3 s for a column of 30,000), and
 * the nested data it reads would have to be built by a recursion as deep as the tree. Each node
 * is made by `hierarchy` from its datum alone, so it is d3's own node; the fields that
 * `hierarchy` sets on linking (`parent`, `children`, `depth`, `height`, all documented) are set
 * here, and a leaf has no `children`, as there. Linear in the nodes.
 */
function treeHierarchy(
  rootId: string,
  children: ReadonlyMap<string, readonly string[]>,
  stacks: ReadonlyMap<string, readonly string[]>,
  visited: Set<string>,
): HierarchyNode<TreeDatum> {
  const nodeOf = (datum: TreeDatum): Building => hierarchy<TreeDatum>(datum, () => undefined) as Building;
  const hang = (parent: Building, kids: Building[]): void => {
    if (kids.length === 0) return;
    parent.children = kids;
    for (const kid of kids) {
      kid.parent = parent;
      kid.depth = parent.depth + 1;
    }
  };
  const root = nodeOf({ id: rootId });
  // Every node after its superior, so that heights can be summed up in reverse.
  const order: Building[] = [];
  const stack: Building[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    order.push(node);
    const id = node.data.id;
    visited.add(id);
    const column = stacks.get(id);
    if (column) {
      for (const k of column) visited.add(k);
      let above = node;
      for (const k of column) {
        const phantom = nodeOf({ id: k, phantom: true });
        hang(above, [phantom]);
        order.push(phantom);
        above = phantom;
      }
      continue;
    }
    // Which subordinates to take is decided on reaching the body, as a recursive walk would.
    const kids = (children.get(id) ?? []).filter((k) => !visited.has(k)).map((k) => nodeOf({ id: k }));
    hang(node, kids);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  for (let i = order.length - 1; i > 0; i--) {
    const node = order[i]!;
    const parent = node.parent as Building;
    parent.height = Math.max(parent.height, node.height + 1);
  }
  return root;
}
