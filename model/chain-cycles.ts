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

/** The outcome of looking for loops: the loops, and where the search stopped if it stopped short. */
export interface ChainLoops {
  cycles: ChainCycle[];
  /**
   * When the search reached its limit (see MAX_LOOP_CHECK_STEPS): a relation that starts on the
   * first day left unexamined. Loops that stand only from that day on are then not reported.
   */
  stoppedAt?: ChainEdge;
}

/**
 * How much looking for loops among dated relations may cost, in bodies and relations looked at
 * over all the days examined (each examined day costs the bodies and relations that ever take
 * part in a loop). A loop among a handful of bodies costs a few steps a day; only a loop through
 * thousands of bodies whose relations start on thousands of different days comes near this, and
 * the work grows with the square of their number: a loop of 10,000 relations, each starting a day
 * after the one before, took 34 s to check in full. This limit is about one second.
 */
export const MAX_LOOP_CHECK_STEPS = 10_000_000;

/**
 * The loops in a chain of command, each reported once. A loop only counts if its relations stand
 * at the same time: a unit that oversaw its parent after a reorganisation is not a loop. Every
 * loop exists on the day its latest relation starts, so those days are the only ones looked at,
 * and only relations that lie on a loop when all dates are ignored (within one strongly connected
 * component) are looked at on them. Each loop is reported with the relation that closes it in
 * the depth-first search of the first day it is found on (a back edge). Linear when nothing
 * loops; otherwise the days are examined in order until `maxSteps` is reached.
 */
export function findChainCycles(
  bodies: readonly string[],
  edges: readonly ChainEdge[],
  maxSteps = MAX_LOOP_CHECK_STEPS,
): ChainLoops {
  if (loopsAmong(bodies, edges).length === 0) return { cycles: [] };
  const component = strongComponents(bodies, edges);
  const looping = edges.filter((edge) => component.get(edge.superior) === component.get(edge.subordinate));
  const onLoops = new Set(looping.map((edge) => edge.superior));
  const loopBodies = bodies.filter((body) => onLoops.has(body));
  const moments = [...new Set(looping.map((edge) => edge.start))].sort((a, b) => a - b);
  const found = new Map<string, ChainCycle>();
  let steps = 0;
  for (const moment of moments) {
    steps += loopBodies.length + looping.length;
    if (steps > maxSteps) {
      const stoppedAt = looping.find((edge) => edge.start === moment)!;
      return { cycles: [...found.values()], stoppedAt };
    }
    const standing = looping.filter((edge) => edge.start <= moment && moment < edge.end);
    for (const loop of loopsAmong(loopBodies, standing)) {
      const identity = loop.edges
        .map((edge) => edge.path)
        .sort()
        .join('\u0000');
      if (!found.has(identity)) found.set(identity, { bodies: loop.bodies, closing: loop.closing });
    }
  }
  return { cycles: [...found.values()] };
}

/** Each body's relations to its subordinates, in the order given. */
function outgoingOf(edges: readonly ChainEdge[]): Map<string, ChainEdge[]> {
  const outgoing = new Map<string, ChainEdge[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.superior);
    if (list) list.push(edge);
    else outgoing.set(edge.superior, [edge]);
  }
  return outgoing;
}

/**
 * The strongly connected component of each body (Tarjan's algorithm, with a stack of its own):
 * two bodies share a number when each is above the other through some relations, whatever
 * their dates. Linear in bodies and relations.
 */
function strongComponents(bodies: readonly string[], edges: readonly ChainEdge[]): Map<string, number> {
  const outgoing = outgoingOf(edges);
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const open: string[] = [];
  let components = 0;
  const reach = (body: string) => {
    order.set(body, order.size);
    low.set(body, order.size - 1);
    open.push(body);
  };
  for (const root of bodies) {
    if (order.has(root)) continue;
    reach(root);
    const frames: Frame[] = [{ body: root, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const edge = outgoing.get(frame.body)?.[frame.next++];
      if (edge) {
        const { subordinate } = edge;
        if (!order.has(subordinate)) {
          reach(subordinate);
          frames.push({ body: subordinate, next: 0 });
        } else if (!component.has(subordinate)) {
          low.set(frame.body, Math.min(low.get(frame.body)!, order.get(subordinate)!));
        }
        continue;
      }
      frames.pop();
      if (low.get(frame.body) === order.get(frame.body)) {
        let body: string;
        do {
          body = open.pop()!;
          component.set(body, components);
        } while (body !== frame.body);
        components++;
      }
      const above = frames[frames.length - 1];
      if (above) low.set(above.body, Math.min(low.get(above.body)!, low.get(frame.body)!));
    }
  }
  return component;
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
  const outgoing = outgoingOf(edges);
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
