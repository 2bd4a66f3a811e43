import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

/** What graphology 0.26 keeps for each node of a directed graph: its neighbours by id. */
interface NodeIndices {
  in: Record<string, unknown>;
  out: Record<string, unknown>;
}

/**
 * A graphology MultiDirectedGraph whose nodes may have any id, "__proto__", "constructor" and
 * "toString" included. graphology keeps each node's neighbours in plain objects keyed by the
 * neighbour's id, so such an id reads a member of Object.prototype there: `hasEdge` answers yes
 * for an edge that does not exist, and a second edge between two nodes writes its link onto
 * Object.prototype itself (seen as an enumerable `previous` on every object of the page).
 * graphology has no option for this, so each node's two indices are replaced, as the node is
 * added, by objects without a prototype, and the two methods that call the indices'
 * `hasOwnProperty` ask `Object.hasOwn` instead; graphology otherwise reads and writes them by key.
 */
export class PrototypeFreeGraph<
  NodeAttributes extends Attributes = Attributes,
  EdgeAttributes extends Attributes = Attributes,
  GraphAttributes extends Attributes = Attributes,
> extends MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  override addNode(node: unknown, attributes?: NodeAttributes): string {
    const key = super.addNode(node, attributes);
    const data = this.#indices(key);
    if (data) {
      data.in = Object.create(null) as Record<string, unknown>;
      data.out = Object.create(null) as Record<string, unknown>;
    }
    return key;
  }

  override hasEdge(...args: [edge: unknown] | [source: unknown, target: unknown]): boolean {
    return args.length === 1 ? super.hasEdge(args[0]) : this.#linked(args[0], args[1]);
  }

  override hasDirectedEdge(...args: [edge: unknown] | [source: unknown, target: unknown]): boolean {
    return args.length === 1 ? super.hasDirectedEdge(args[0]) : this.#linked(args[0], args[1]);
  }

  #indices(node: string): NodeIndices | undefined {
    return (this as unknown as { _nodes: Map<string, NodeIndices> })._nodes.get(node);
  }

  /** Whether an edge runs from `source` to `target`. */
  #linked(source: unknown, target: unknown): boolean {
    const out = this.#indices(String(source))?.out;
    return out !== undefined && this.hasNode(target) && Object.hasOwn(out, String(target));
  }
}
