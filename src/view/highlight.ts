import { edgeKey, nodeKey } from './element-key.js';
import { type GraphView, isReportingLine } from './graph-view.js';
import { HighlightState } from './highlight-state.js';
import { isLargeView } from './thresholds.js';

/**
 * The highlight states of each element (body or drawn relation) by its key (nodeKey or edgeKey:
 * a body and a relation may share a model id); elements without an entry are drawn plain. The
 * states are also the Cytoscape classes (see paint.ts).
 */
export type Highlight = Map<string, HighlightState[]>;

/** Restyling thousands of elements takes Cytoscape hundreds of milliseconds: large views do not dim. */
function dimRest(view: GraphView, classes: Highlight): void {
  if (isLargeView(view.nodes.length + view.edges.length)) return;
  for (const n of view.nodes) if (!classes.has(nodeKey(n.id))) classes.set(nodeKey(n.id), [HighlightState.dimmed]);
  for (const e of view.edges) if (!classes.has(edgeKey(e.id))) classes.set(edgeKey(e.id), [HighlightState.dimmed]);
}

/** Whether the element with the key `key` (nodeKey or edgeKey) is highlighted and not dimmed. */
export function isHighlighted(highlight: Highlight, key: string): boolean {
  const states = highlight.get(key);
  return states !== undefined && !states.includes(HighlightState.dimmed);
}

function add(map: Highlight, key: string, cls: HighlightState): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(cls)) list.push(cls);
  } else map.set(key, [cls]);
}

/**
 * Walks the drawn edges (not the model) so that what is highlighted is exactly what is on screen under
 * the current year and filters. Everything not reached is dimmed, except in large views (LARGE_VIEW).
 */
export function selectionHighlight(view: GraphView, selected: string | null): Highlight {
  const classes: Highlight = new Map();
  if (selected === null || !view.nodes.some((n) => n.id === selected)) return classes;
  const up = new Map<string, { edge: string; node: string }[]>();
  const down = new Map<string, { edge: string; node: string }[]>();
  for (const e of view.edges) {
    if (!isReportingLine(e)) continue;
    (up.get(e.target) ?? up.set(e.target, []).get(e.target)!).push({ edge: e.id, node: e.source });
    (down.get(e.source) ?? down.set(e.source, []).get(e.source)!).push({ edge: e.id, node: e.target });
  }
  const walk = (adjacency: typeof up, cls: HighlightState) => {
    const seen = new Set([selected]);
    const stack = [selected];
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (const { edge, node } of adjacency.get(id) ?? []) {
        add(classes, edgeKey(edge), cls);
        if (seen.has(node)) continue;
        seen.add(node);
        add(classes, nodeKey(node), cls);
        stack.push(node);
      }
    }
  };
  walk(up, HighlightState.superior);
  walk(down, HighlightState.subordinate);
  // In a large view a hub's far ends stay unmarked: nothing is dimmed there, its lines light up,
  // and restyling thousands of bodies would take Cytoscape seconds.
  const large = isLargeView(view.nodes.length + view.edges.length);
  for (const e of view.edges) {
    if (isReportingLine(e) || (e.source !== selected && e.target !== selected)) continue;
    add(classes, edgeKey(e.id), HighlightState.related);
    if (e.bundled && large) continue;
    add(classes, nodeKey(e.source === selected ? e.target : e.source), HighlightState.related);
  }
  add(classes, nodeKey(selected), HighlightState.selected);
  dimRest(view, classes);
  return classes;
}

/** States that show a path between two bodies; the rest dims, except in large views. */
export function pathHighlight(view: GraphView, nodes: readonly string[], edges: readonly string[]): Highlight {
  const classes: Highlight = new Map();
  for (const id of nodes) add(classes, nodeKey(id), HighlightState.onPath);
  for (const id of edges) add(classes, edgeKey(id), HighlightState.onPath);
  dimRest(view, classes);
  return classes;
}

/**
 * `highlight` with the `added` state on each drawn body and line that is new in the year shown
 * (see year-changes.ts); the others keep their states. Marked in large views too: a year adds
 * a handful of bodies, not thousands.
 */
export function markAdded(
  highlight: Highlight,
  view: GraphView,
  added: { bodies: ReadonlySet<string>; relations: ReadonlySet<string> },
): Highlight {
  if (added.bodies.size + added.relations.size === 0) return highlight;
  for (const n of view.nodes) if (added.bodies.has(n.id)) add(highlight, nodeKey(n.id), HighlightState.added);
  for (const e of view.edges) if (added.relations.has(e.id)) add(highlight, edgeKey(e.id), HighlightState.added);
  return highlight;
}
