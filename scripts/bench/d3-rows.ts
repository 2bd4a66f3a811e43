// The rows d3-org-chart draws a governance model from: one tree of flat rows, every one expanded.
import type { GovernanceModel } from '../../model/types.js';

/** One d3-org-chart row; `_expanded` is d3-org-chart's own flag for a node whose children show. */
export interface OrgChartRow {
  id: string;
  parentId: string;
  name: string;
  _expanded: true;
}

/** The row added above the tops when a model has more than one. */
export const ROOT_ROW_ID = 'bench-root';

/**
 * Each body under its first superior by `oversees` (or `responsible-for`, or the whole it is
 * `part-of`); a loop (which validation reports) is cut; several tops go under one added root
 * named after the model. Every row is expanded, so that d3-org-chart draws every body on its
 * first render(), as the widget with `expand-all` does.
 */
export function orgChartRows(model: GovernanceModel): OrgChartRow[] {
  const parent = new Map<string, string>();
  for (const r of model.relations) {
    if (r.type === 'oversees' || r.type === 'responsible-for') {
      if (!parent.has(r.target)) parent.set(r.target, r.source);
    } else if (r.type === 'part-of' && !parent.has(r.source)) parent.set(r.source, r.target);
  }
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
  const topParent = tops.length === 1 ? '' : ROOT_ROW_ID;
  const rows: OrgChartRow[] = model.entities.map((e) => ({
    id: e.id,
    parentId: parent.get(e.id) ?? topParent,
    name: e.name,
    _expanded: true,
  }));
  if (topParent) rows.unshift({ id: ROOT_ROW_ID, parentId: '', name: model.title, _expanded: true });
  return rows;
}
