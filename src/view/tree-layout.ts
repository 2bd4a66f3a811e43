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

/** The name of a family of shelved bodies, written at the head of its lane. */
export interface LaneHeading {
  /** The family's name (model/kinds.ts). */
  family: string;
  /** Where the text starts: the left end of its baseline, in model pixels. */
  x: number;
  y: number;
}

export interface LayoutResult {
  /** Centre of each node. */
  positions: Map<string, { x: number; y: number }>;
  /** Children of each body in the forest, in drawing order; roots under the key "". */
  children: Map<string, string[]>;
  /** Bodies drawn in a block (columns with a line down each) under their superior rather than side by side. */
  stacked: Set<string>;
  /**
   * Those of `stacked` whose block is a group of leaves standing among their superior's other
   * subordinates (reached from the superior's crossbar), not hanging under the superior itself.
   */
  grouped: Set<string>;
  /** One heading per lane of shelved bodies, in lane order. */
  headings: LaneHeading[];
}

const SIBLING_GAP = 28;
/** Gap between neighbours of different superiors (cousins), a little wider so that families read apart. */
const COUSIN_GAP = 2 * SIBLING_GAP;
/** Between the deepest body of a level and the next level. */
export const LEVEL_GAP = 64;
const TREE_GAP = 72;
const SHELF_GAP = 96;
/** Between a lane heading's baseline and its lane (the text stands in the shelf gap above it). */
const HEADING_GAP = 12;

/** A superior whose subordinates are all leaves lists them in a block once they are this many. */
const STACK_FROM = 3;
/**
 * Leaves beside subordinates with their own stand as one group once they are this many: two
 * side by side already take as much breadth as a subtree, one under the other the breadth of one.
 */
const GROUP_FROM = 2;
/** A block of fewer subordinates than this keeps them in one column, however long and thin. */
const COLUMNS_FROM = 8;
/** Gap between a block's column and the line that runs down its side (the stubs' length). */
export const STACK_INDENT = 24;
/** Gap between bodies one under another in a block's column. */
const STACK_GAP = 14;
/** Gap between a column of a block and the line of the next column. */
const COLUMN_GAP = 28;
/** How far below (right of, in LR) its superior the bus over a block of several columns runs. */
export const BUS_DROP = 14;
/** Gap between a superior's level and its block of several columns: room for the bus, halfway. */
const BLOCK_GAP = 2 * BUS_DROP;

interface TreeDatum {
  id: string;
  /** Stands in the tree for a block, one level under another, to reserve its room. */
  phantom?: boolean;
  /** Stands in the tree for a group of leaves among their superior's other subordinates. */
  group?: Block;
  /** Half the breadth the node takes in the tree: its own, or its block's with it. */
  half: number;
  /** The body's centre from the node's place in the tree (a block can stick out on one side). */
  shift: number;
}

/** A member of a block: its centre from the superior's centre (along) and from the block's top (across). */
interface BlockMember {
  id: string;
  along: number;
  across: number;
}

/** The subordinates of one superior laid out as a block, relative to the superior. */
interface Block {
  members: BlockMember[];
  /** The breadth the superior and its block take together, from the superior's centre. */
  near: number;
  far: number;
  /** From the end of the superior's level to the block's top. */
  gap: number;
  /** The block's extent from its top to its bottom. */
  depth: number;
}

/**
 * The block of `members` under `superior` (sizes as breadth and depth, see treeLayout). Like
 * compact org charts (d3-org-chart's compact mode), the subordinates fill columns, each with its
 * line down its near side and a stub to each body; the columns are as many as make the block
 * about as broad as it is deep, so a team of 300 is a square rather than a column 300 bodies
 * long. One column hangs straight down from the superior's centre; several are centred under it,
 * below a bus that joins their lines (see layer-lines.ts's treeLinkPoints).
 */
function blockOf(superiorBreadth: number, members: readonly { id: string; breadth: number; depth: number }[]): Block {
  const n = members.length;
  let breadth = 0;
  let depthSum = 0;
  for (const m of members) {
    breadth = Math.max(breadth, m.breadth);
    depthSum += m.depth;
  }
  const pitch = STACK_INDENT + breadth + COLUMN_GAP;
  // Square: columns × pitch ≈ rows × row pitch, with rows = n / columns.
  const wanted = n < COLUMNS_FROM ? 1 : Math.round(Math.sqrt((n * (depthSum / n + STACK_GAP)) / pitch));
  const rows = Math.ceil(n / Math.min(n, Math.max(1, wanted)));
  const columns = Math.ceil(n / rows);
  // Rows line up across the columns, each as deep as its deepest body.
  const rowDepth = new Array<number>(rows).fill(0);
  for (const [i, m] of members.entries()) rowDepth[i % rows] = Math.max(rowDepth[i % rows]!, m.depth);
  const rowTop = new Array<number>(rows).fill(0);
  for (let r = 1; r < rows; r++) rowTop[r] = rowTop[r - 1]! + rowDepth[r - 1]! + STACK_GAP;
  const width = columns * (STACK_INDENT + breadth) + (columns - 1) * COLUMN_GAP;
  const firstLane = columns === 1 ? 0 : -width / 2;
  const placed = members.map((m, i) => {
    const lane = firstLane + Math.floor(i / rows) * pitch;
    const row = i % rows;
    return { id: m.id, along: lane + STACK_INDENT + m.breadth / 2, across: rowTop[row]! + rowDepth[row]! / 2 };
  });
  return {
    members: placed,
    near: Math.min(-superiorBreadth / 2, firstLane),
    far: Math.max(superiorBreadth / 2, firstLane + width),
    gap: columns === 1 ? STACK_GAP : BLOCK_GAP,
    depth: rowTop[rows - 1]! + rowDepth[rows - 1]!,
  };
}

/**
 * Whether the largest tree of a forest, of `size` bodies out of `total` in a chain of command,
 * stands for the organisation: it holds at least half of them (the others a few bodies above or
 * beside it). The first view frames it (homeOf in derive-view.ts) and the lanes keep to its breadth.
 */
export function isMainTree(size: number, total: number): boolean {
  return size * 2 >= total;
}

/**
 * Tidy-tree layout of the chain of command (d3-hierarchy's Reingold–Tilford, linear time), with
 * the trees side by side and the bodies outside any chain shelved below them (right of them in
 * LR), in one lane per family under a heading with the family's name. Relations outside the
 * chain of command are then drawn over this without moving anything, so they never distort the
 * hierarchy.
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
  // tall: a superior whose subordinates are all leaves lays them out as a block under it.
  const blocks = new Map<string, Block>();
  for (const [id, kids] of children) {
    if (id === '' || kids.length < STACK_FROM) continue;
    if (!kids.every((k) => (children.get(k) ?? []).length === 0)) continue;
    const sizes = kids.map((k) => {
      const node = byId.get(k)!;
      return { id: k, breadth: breadthOf(node), depth: depthOf(node) };
    });
    blocks.set(id, blockOf(breadthOf(byId.get(id)!), sizes));
  }
  const stacked = new Set<string>();
  for (const kids of blocks.values()) for (const m of kids.members) stacked.add(m.id);
  // A superior with subordinates of their own and leaves besides (an office with departments
  // and a few advisers) would still spread the leaves side by side: two or more stand together as
  // one group among the others instead, at the first leaf's place, as compact org charts draw them.
  const groups = new Map<string, Block>();
  const grouped = new Set<string>();
  for (const [id, kids] of children) {
    if (id === '' || blocks.has(id)) continue;
    const leaves = kids.filter((k) => (children.get(k) ?? []).length === 0);
    if (leaves.length < GROUP_FROM || leaves.length === kids.length) continue;
    const sizes = leaves.map((k) => {
      const node = byId.get(k)!;
      return { id: k, breadth: breadthOf(node), depth: depthOf(node) };
    });
    groups.set(id, blockOf(0, sizes));
    for (const k of leaves) {
      stacked.add(k);
      grouped.add(k);
    }
    // Listed as drawn (the outline, the keyboard's siblings): the group where its first leaf was.
    const first = kids.indexOf(leaves[0]!);
    const others = kids.filter((k) => !grouped.has(k));
    kids.splice(0, kids.length, ...others.slice(0, first), ...leaves, ...others.slice(first));
  }

  const visited = new Set<string>();
  const datumOf = (id: string): TreeDatum => {
    const block = blocks.get(id);
    if (!block) return { id, half: breadthOf(byId.get(id)!) / 2, shift: 0 };
    return { id, half: (block.far - block.near) / 2, shift: -(block.near + block.far) / 2 };
  };

  let cursor = 0;
  let forestEnd = 0;
  const roots = children.get('') ?? [];
  // The largest tree, which the lanes below keep to (see `lanes`): its extent along and its size.
  let main = { start: 0, end: 0, size: 0 };
  let placed = 0;
  // Breadths differ (labels wrap to different heights in LR, blocks are wide): the tree is laid
  // out on a unit grid and the separation is the distance in pixels between two centres.
  const layoutTree = tree<TreeDatum>()
    .nodeSize([1, 1])
    .separation((a, b) => a.data.half + b.data.half + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP));
  for (const rootId of roots) {
    const { root, order } = treeHierarchy(rootId, children, blocks, groups, visited, datumOf);
    // Levels are as deep as their deepest node, so labels of different heights never collide. (A
    // group starts at its level's top and reaches down as far as it needs; phantoms keep it clear.)
    const levelDepth: number[] = [];
    for (const d of order) {
      const own = d.data.group ? 0 : depthOf(byId.get(d.data.id)!);
      levelDepth[d.depth] = Math.max(levelDepth[d.depth] ?? 0, own);
    }
    const levelStart: number[] = [0];
    for (let i = 1; i < levelDepth.length; i++) levelStart[i] = levelStart[i - 1]! + levelDepth[i - 1]! + LEVEL_GAP;
    const levelEnd = (depth: number) => levelStart[depth]! + levelDepth[depth]!;
    // A block reaches down past its superior's level: phantoms of its breadth, one on each level
    // it reaches (or whose links, in the gap above, it reaches), keep those levels clear.
    for (const d of order.slice()) {
      const group = d.data.group;
      const block = group ?? blocks.get(d.data.id);
      if (!block) continue;
      const bottom = group ? levelStart[d.depth]! + group.depth : levelEnd(d.depth) + block.gap + block.depth;
      let above = d;
      for (let k = d.depth + 1; k < levelDepth.length && levelEnd(k - 1) < bottom; k++) {
        const phantom = hang(above, { id: d.data.id, phantom: true, half: d.data.half, shift: 0 });
        order.push(phantom);
        above = phantom;
      }
    }
    sumHeights(order);
    // The same node objects as in `order`, now with their places.
    const laid = layoutTree(root).descendants();
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const d of laid) {
      min = Math.min(min, d.x - d.data.half);
      max = Math.max(max, d.x + d.data.half);
    }
    const offset = cursor - min;
    let size = 0;
    for (const d of laid) {
      if (d.data.phantom) continue;
      const along = d.x + offset + d.data.shift;
      const group = d.data.group;
      if (group) {
        for (const m of group.members) place(m.id, along + m.along, levelStart[d.depth]! + m.across);
        size += group.members.length;
        forestEnd = Math.max(forestEnd, levelStart[d.depth]! + group.depth);
        continue;
      }
      size++;
      place(d.data.id, along, levelStart[d.depth]! + levelDepth[d.depth]! / 2);
      forestEnd = Math.max(forestEnd, levelEnd(d.depth));
      const block = blocks.get(d.data.id);
      if (!block) continue;
      const top = levelEnd(d.depth) + block.gap;
      for (const m of block.members) place(m.id, along + m.along, top + m.across);
      forestEnd = Math.max(forestEnd, top + block.depth);
    }
    placed += size;
    if (size > main.size) main = { start: cursor, end: cursor + max - min, size };
    cursor += max - min + TREE_GAP;
  }
  const step = maxBreadth + SIBLING_GAP;
  // Lanes keep to the breadth of the organisation's main tree (isMainTree), so that a view of that
  // tree has the lanes under it, not running out past its sides; otherwise to the forest's.
  const lane =
    isMainTree(main.size, placed) && main.size > 1
      ? { start: main.start, end: main.end }
      : { start: 0, end: Math.max(cursor - TREE_GAP, 0) };

  // Shelves: one lane per family, rows wrapped to the breadth above (`lane`) or, for a family
  // larger than that is broad, to a lane about as broad as deep (at least a few bodies wide).
  const shelved = input.nodes.filter((n) => !positions.has(n.id));
  const families = new Map<string, LayoutNode[]>();
  for (const node of shelved) {
    const list = families.get(node.family) ?? [];
    families.set(node.family, list);
    list.push(node);
  }
  const forestPerRow = Math.max(4, Math.floor((lane.end - lane.start + SIBLING_GAP) / step));
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
  const headings: LaneHeading[] = [];
  for (const [family, members] of families) {
    const order = members.map((node, index) => ({ node, index, wish: wish(node.id) }));
    order.sort((a, b) => a.wish - b.wish || a.index - b.index);
    let depthSum = 0;
    for (const node of members) depthSum += depthOf(node);
    const square = Math.ceil(Math.sqrt((members.length * (depthSum / members.length + SIBLING_GAP)) / step));
    const perRow = Math.max(forestPerRow, square);
    const laneStart = across;
    let near = Number.POSITIVE_INFINITY;
    for (let start = 0; start < order.length; start += perRow) {
      const row = order.slice(start, start + perRow);
      const rowDepth = row.reduce((deepest, r) => Math.max(deepest, depthOf(r.node)), Number.NEGATIVE_INFINITY);
      let last = Number.NEGATIVE_INFINITY;
      // From the lane's first place to its last, each body leaving room for those after it.
      const first = lane.start + maxBreadth / 2;
      const end = first + (perRow - 1) * step;
      row.forEach(({ node, wish: w }, i) => {
        const wanted = Math.max(Number.isFinite(w) ? w : last + step, last + step, first);
        const along = Math.min(wanted, end - (row.length - 1 - i) * step);
        place(node.id, along, across + rowDepth / 2);
        near = Math.min(near, along - breadthOf(node) / 2);
        last = along;
      });
      across += rowDepth + SIBLING_GAP;
    }
    across += SHELF_GAP - SIBLING_GAP;
    // Over the lane in TB; in LR, over its first column, at the lane's left.
    headings.push(
      horizontal ? { family, x: near, y: laneStart - HEADING_GAP } : { family, x: laneStart, y: near - HEADING_GAP },
    );
  }
  return { positions, children, stacked, grouped, headings };
}

/** d3's hierarchy node, with the fields that `hierarchy` fills in while linking made writable. */
type Building = HierarchyNode<TreeDatum> & { depth: number; height: number };

/** A node made by `hierarchy` from its datum alone, so it is d3's own node (see treeHierarchy). */
const nodeOf = (datum: TreeDatum): Building => hierarchy<TreeDatum>(datum, () => undefined) as Building;

/** Makes a node of `datum` the only child of `parent`, with the fields `hierarchy` sets on linking. */
function hang(parent: Building, datum: TreeDatum): Building {
  const kid = nodeOf(datum);
  parent.children = [kid];
  kid.parent = parent;
  kid.depth = parent.depth + 1;
  return kid;
}

/** Sets each node's height from `order`, which lists every node after its parent. */
function sumHeights(order: readonly Building[]): void {
  for (let i = order.length - 1; i > 0; i--) {
    const node = order[i]!;
    const parent = node.parent as Building;
    parent.height = Math.max(parent.height, node.height + 1);
  }
}

/**
 * The tree hanging from `rootId` as d3's hierarchy nodes, for its tree layout, and its nodes in
 * an order that lists each after its parent: each body's subordinates in `children` order, except
 * that a body in `blocks` gets none (its block is placed with it; the caller hangs phantoms under
 * it), and that the leaves in a body's group (`groups`) stand as one node, the group's, at the
 * first leaf's place. Bodies already in `visited` are left out, and those placed here are added
 * to it. Heights are left for `sumHeights`, once the phantoms hang.
 *
 * Built here, depth first with a stack of its own, rather than by d3's `hierarchy(data)`: that
 * one computes the heights by walking up from each node while its ancestors grow, which takes
 * time quadratic in the depth (30 s for a chain 100,000 deep, 3 s for a column of 30,000), and
 * the nested data it reads would have to be built by a recursion as deep as the tree. The fields
 * that `hierarchy` sets on linking (`parent`, `children`, `depth`, `height`, all documented) are
 * set here, and a leaf has no `children`, as there. Linear in the nodes.
 */
function treeHierarchy(
  rootId: string,
  children: ReadonlyMap<string, readonly string[]>,
  blocks: ReadonlyMap<string, Block>,
  groups: ReadonlyMap<string, Block>,
  visited: Set<string>,
  datumOf: (id: string) => TreeDatum,
): { root: Building; order: Building[] } {
  const root = nodeOf(datumOf(rootId));
  const order: Building[] = [];
  const stack: Building[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    order.push(node);
    const id = node.data.id;
    visited.add(id);
    const block = blocks.get(id);
    if (block) {
      for (const m of block.members) visited.add(m.id);
      continue;
    }
    if (node.data.group) continue;
    // Which subordinates to take is decided on reaching the body, as a recursive walk would.
    const group = groups.get(id);
    const inGroup = new Set(group?.members.map((m) => m.id));
    const kids: Building[] = [];
    let groupNode: Building | undefined;
    for (const k of children.get(id) ?? []) {
      if (visited.has(k)) continue;
      if (!inGroup.has(k)) {
        kids.push(nodeOf(datumOf(k)));
      } else if (!groupNode && group) {
        groupNode = nodeOf({ id, group, half: (group.far - group.near) / 2, shift: -(group.near + group.far) / 2 });
        kids.push(groupNode);
      }
      if (inGroup.has(k)) visited.add(k);
    }
    if (kids.length === 0) continue;
    node.children = kids;
    for (const kid of kids) {
      kid.parent = node;
      kid.depth = node.depth + 1;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { root, order };
}
