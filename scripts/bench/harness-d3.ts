// The benchmark page of d3-org-chart, cold: the page has loaded d3-org-chart and holds the rows,
// and nothing else has happened. One render() of every row expanded, no animation, timed to the
// end of the first frame painted after it. Offered to Node as `window.benchD3`.
import { OrgChart } from 'd3-org-chart';
import { afterPaint } from '../../src/canvas/frames.js';
import type { OrgChartRow } from './d3-rows.js';
import { box, SIZE } from './harness-stage.js';
import type { BenchD3Page } from './page-api.js';

let held: OrgChartRow[] | null = null;

const api: BenchD3Page = {
  hold(rows) {
    held = rows;
  },
  async draw() {
    const rows = held;
    if (!rows) throw new Error('bench: no rows held');
    const host = box();
    const start = performance.now();
    new OrgChart<OrgChartRow>()
      .container(host)
      .data(rows)
      .svgHeight(SIZE.height)
      .duration(0)
      .nodeWidth(() => 176)
      .nodeHeight(() => 56)
      .nodeContent((d) => `<div style="padding:8px;font:12px sans-serif">${d.data.name}</div>`)
      .render();
    // Its transitions, of length 0, end in the next frame's callbacks, before this one's.
    await afterPaint();
    const ms = performance.now() - start;
    return { ms, nodes: host.querySelectorAll('g.node').length, rows: rows.length };
  },
};
window.benchD3 = api;
