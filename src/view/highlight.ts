import { type GraphView, isReportingLine } from './graph-view.js';

/** Classes per element id that show a selection: its superiors up to the top, what it oversees, its other relations. */
export type Highlight = Map<string, string[]>;

/**
 * Views with more elements than this do not dim the rest on selection: restyling thousands of
 * elements takes Cytoscape hundreds of milliseconds, while the highlight alone touches a few.
 */
export const DIM_LIMIT = 2500;

function dimRest(view: GraphView, classes: Highlight): void {
  if (view.nodes.length + view.edges.length > DIM_LIMIT) return;
  for (const n of view.nodes) if (!classes.has(n.id)) classes.set(n.id, ['dimmed']);
  for (const e of view.edges) if (!classes.has(e.id)) classes.set(e.id, ['dimmed']);
}

function add(map: Highlight, id: string, cls: string): void {
  const list = map.get(id);
  if (list) {
    if (!list.includes(cls)) list.push(cls);
  } else map.set(id, [cls]);
}

/**
 * Walks the drawn edges (not the model) so that what lights up is exactly what is on screen under
 * the current year and filters. Everything not reached is dimmed, in views up to DIM_LIMIT.
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
  const walk = (adjacency: typeof up, cls: string) => {
    const seen = new Set([selected]);
    const stack = [selected];
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (const { edge, node } of adjacency.get(id) ?? []) {
        add(classes, edge, cls);
        if (seen.has(node)) continue;
        seen.add(node);
        add(classes, node, cls);
        stack.push(node);
      }
    }
  };
  walk(up, 'superior');
  walk(down, 'subordinate');
  for (const e of view.edges) {
    if (isReportingLine(e) || (e.source !== selected && e.target !== selected)) continue;
    add(classes, e.id, 'related');
    add(classes, e.source === selected ? e.target : e.source, 'related');
  }
  add(classes, selected, 'selected');
  dimRest(view, classes);
  return classes;
}

/** Classes that show a path between two bodies; the rest dims, in views up to DIM_LIMIT. */
export function pathHighlight(view: GraphView, nodes: readonly string[], edges: readonly string[]): Highlight {
  const classes: Highlight = new Map();
  for (const id of [...nodes, ...edges]) add(classes, id, 'on-path');
  dimRest(view, classes);
  return classes;
}
