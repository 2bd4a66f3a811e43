// The model's load and layout timed inside the page, with the canvas text measure the widget
// itself uses (Node can only approximate it).
import { loadModel } from '../../model/load.js';
import type { GovernanceModel } from '../../model/types.js';
import { FONT_SIZE } from '../../src/view/graph-style.js';
import { buildGraphView } from '../../src/view/graph-view.js';
import { LIGHT_THEME } from '../../src/view/theme.js';
import type { PageLayout } from './page-api.js';

/** The middle value, or the upper of the two middle ones. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Load (object → graph) and layout, medians of `runs` runs after one that warms the JIT up. */
export function layout(model: GovernanceModel, runs: number): PageLayout {
  const loads: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i <= runs; i++) {
    let start = performance.now();
    const result = loadModel(model);
    const loadMs = performance.now() - start;
    if (!result.ok) throw new Error('bench: the model does not load');
    // A fresh cache each time, as a new element starts with.
    const cache = new Map<string, number>();
    const context = new OffscreenCanvas(1, 1).getContext('2d')!;
    context.font = `${FONT_SIZE}px ${LIGHT_THEME.fontFamily}`;
    const measure = (text: string) => {
      let width = cache.get(text);
      if (width === undefined) {
        width = context.measureText(text).width;
        cache.set(text, width);
      }
      return width;
    };
    start = performance.now();
    buildGraphView(result.graph, { direction: 'TB', hiddenKinds: new Set(), hiddenTypes: new Set(), measure });
    const layoutMs = performance.now() - start;
    if (i > 0) {
      loads.push(loadMs);
      layouts.push(layoutMs);
    }
  }
  return { loadMs: median(loads), layoutMs: median(layouts) };
}
