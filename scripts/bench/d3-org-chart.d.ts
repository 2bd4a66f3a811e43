// d3-org-chart and d3-selection ship no types; the benchmark page uses this much of them.
declare module 'd3-org-chart' {
  export class OrgChart<T> {
    /** A CSS selector or the element itself: d3-org-chart hands it to d3.select. */
    container(target: string | HTMLElement): this;
    data(data: T[]): this;
    svgHeight(px: number): this;
    connections(links: { from: string; to: string; label: string }[]): this;
    duration(ms: number): this;
    nodeWidth(f: () => number): this;
    nodeHeight(f: () => number): this;
    nodeContent(f: (d: { data: T }) => string): this;
    render(): this;
    expandAll(): this;
    getChartState(): { id: string };
  }
}

declare module 'd3-selection' {
  interface Selection {
    on(typenames: string, listener: null): this;
  }
  export function select(node: Window | Element): Selection;
}
