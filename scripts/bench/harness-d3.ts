// d3-org-chart's side of the drawing race: the same model as one tree of flat rows, every node
// expanded and no animation.
import { OrgChart } from 'd3-org-chart';
import { select as d3Select } from 'd3-selection';
import type { GovernanceModel } from '../../model/types.js';
import { box, releaseOnClear, SIZE, twoFrames } from './harness-stage.js';
import type { OrgChartRun } from './page-api.js';

/** Relation types d3-org-chart draws as its tree; every other relation is a cross link. */
export const TREE_TYPES: ReadonlySet<string> = new Set(['oversees', 'responsible-for', 'part-of']);

interface Row {
  id: string;
  parentId: string;
  name: string;
}

/**
 * d3-org-chart draws one tree from flat rows: each body under its first superior by `oversees`
 * (or `responsible-for`, or the whole it is `part-of`), and any top under one added root.
 */
function orgChartRows(model: GovernanceModel): Row[] {
  const parent = new Map<string, string>();
  for (const r of model.relations) {
    if (r.type === 'oversees' || r.type === 'responsible-for') {
      if (!parent.has(r.target)) parent.set(r.target, r.source);
    } else if (r.type === 'part-of' && !parent.has(r.source)) parent.set(r.source, r.target);
  }
  // A body under two superiors hangs under the first; a loop (which validation reports) is cut.
  for (const id of parent.keys()) {
    const seen = new Set([id]);
    for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
      if (seen.has(up)) {
        parent.delete(id);
        break;
      }
      seen.add(up);
    }
  }
  const tops = model.entities.filter((e) => !parent.has(e.id));
  if (tops.length === 1) {
    return model.entities.map((e) => ({ id: e.id, parentId: parent.get(e.id) ?? '', name: e.name }));
  }
  const ROOT_ID = 'bench-root';
  const rows = model.entities.map((e) => ({ id: e.id, parentId: parent.get(e.id) ?? ROOT_ID, name: e.name }));
  rows.unshift({ id: ROOT_ID, parentId: '', name: model.title });
  return rows;
}

/**
 * Draws `model` with d3-org-chart, every node expanded and no animation: render() → two frames.
 * With `connections`, the relations outside the tree are drawn too, as its cross links.
 */
export async function d3OrgChart(
  model: GovernanceModel,
  options: { connections?: boolean } = {},
): Promise<OrgChartRun> {
  const host = box();
  const rows = orgChartRows(model);
  const connections = options.connections
    ? model.relations.filter((r) => !TREE_TYPES.has(r.type)).map((r) => ({ from: r.source, to: r.target, label: '' }))
    : [];
  const start = performance.now();
  const chart = new OrgChart<Row>()
    .container(host)
    .data(rows)
    .connections(connections)
    .svgHeight(SIZE.height)
    .duration(0)
    .nodeWidth(() => 176)
    .nodeHeight(() => 56)
    .nodeContent((d) => `<div style="padding:8px;font:12px sans-serif">${d.data.name}</div>`);
  chart.render();
  chart.expandAll();
  await twoFrames();
  const ms = performance.now() - start;
  // d3-org-chart keeps a window resize listener per chart, holding the whole chart: drop it.
  const chartId = chart.getChartState().id;
  releaseOnClear(() => d3Select(window).on(`resize.${chartId}`, null));
  return { ms, nodes: host.querySelectorAll('g.node').length, rows: rows.length };
}
