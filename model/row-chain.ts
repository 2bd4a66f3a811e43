/** Superiors and their subordinates in the chain of command, for finding the loop a line would close. */
export class ChainOfCommand {
  private readonly below = new Map<string, string[]>();

  add(superior: string, subordinate: string): void {
    const list = this.below.get(superior);
    if (list) list.push(subordinate);
    else this.below.set(superior, [subordinate]);
  }

  /** The bodies from `from` down to `to` (both included), or undefined when `to` is not below `from`. */
  pathDown(from: string, to: string): string[] | undefined {
    const cameFrom = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (next === to) {
        const path = [to];
        for (let at = to; at !== from; at = cameFrom.get(at)!) path.unshift(cameFrom.get(at)!);
        return path;
      }
      for (const subordinate of this.below.get(next) ?? []) {
        if (cameFrom.has(subordinate)) continue;
        cameFrom.set(subordinate, next);
        queue.push(subordinate);
      }
    }
    return undefined;
  }
}
