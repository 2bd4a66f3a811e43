/** A chain-of-command relation, oriented from superior to subordinate, standing from `start` until `end`. */
export interface ChainEdge {
  superior: string;
  subordinate: string;
  /** First day it stands (a `DayNumber`), or -Infinity when undated. */
  start: number;
  /** First day it no longer stands, or Infinity. */
  end: number;
  /** The JSON path of the relation. */
  path: string;
}

/** A loop in the chain of command: `bodies` from the first back to the first again, and the relation that closes it. */
export interface ChainCycle {
  bodies: string[];
  closing: ChainEdge;
}

/**
 * The loops in a chain of command, each reported once. A loop only counts if its relations stand
 * at the same time: a unit that oversaw its parent after a reorganisation is not a loop. Every
 * loop exists on the day its latest relation starts, so those days are the only ones looked at.
 * Each depth-first back edge closes one loop, so fixing the reported relations leaves none.
 */
export function findChainCycles(bodies: readonly string[], edges: readonly ChainEdge[]): ChainCycle[] {
  if (loopsAmong(bodies, edges).length === 0) return [];
  const moments = [...new Set(edges.map((edge) => edge.start))].sort((a, b) => a - b);
  const found = new Map<string, ChainCycle>();
  for (const moment of moments) {
    const standing = edges.filter((edge) => edge.start <= moment && moment < edge.end);
    for (const loop of loopsAmong(bodies, standing)) {
      const identity = loop.edges
        .map((edge) => edge.path)
        .sort()
        .join('\u0000');
      if (!found.has(identity)) found.set(identity, { bodies: loop.bodies, closing: loop.closing });
    }
  }
  return [...found.values()];
}

interface Loop extends ChainCycle {
  edges: ChainEdge[];
}

interface Frame {
  body: string;
  next: number;
  via?: ChainEdge;
}

/** Depth-first search without recursion, so that a long chain cannot overflow the stack. */
function loopsAmong(bodies: readonly string[], edges: readonly ChainEdge[]): Loop[] {
  const outgoing = new Map<string, ChainEdge[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.superior);
    if (list) list.push(edge);
    else outgoing.set(edge.superior, [edge]);
  }
  const finished = new Set<string>();
  const onStack = new Map<string, number>();
  const loops: Loop[] = [];
  for (const root of bodies) {
    if (finished.has(root) || onStack.has(root)) continue;
    const stack: Frame[] = [{ body: root, next: 0 }];
    onStack.set(root, 0);
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const edge = outgoing.get(frame.body)?.[frame.next++];
      if (!edge) {
        stack.pop();
        onStack.delete(frame.body);
        finished.add(frame.body);
        continue;
      }
      const { subordinate } = edge;
      const depth = onStack.get(subordinate);
      if (depth !== undefined) {
        const path = stack.slice(depth);
        loops.push({
          bodies: [...path.map((f) => f.body), subordinate],
          edges: [...path.slice(1).map((f) => f.via!), edge],
          closing: edge,
        });
      } else if (!finished.has(subordinate)) {
        onStack.set(subordinate, stack.length);
        stack.push({ body: subordinate, next: 0, via: edge });
      }
    }
  }
  return loops;
}
