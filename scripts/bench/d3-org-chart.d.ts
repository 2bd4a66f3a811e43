// d3-org-chart ships no types; the benchmark page uses this much of it.
declare module 'd3-org-chart' {
  export class OrgChart<T> {
    /** A CSS selector or the element itself: d3-org-chart hands it to d3.select. */
    container(target: string | HTMLElement): this;
    data(data: T[]): this;
    svgHeight(px: number): this;
    duration(ms: number): this;
    nodeWidth(f: () => number): this;
    nodeHeight(f: () => number): this;
    nodeContent(f: (d: { data: T }) => string): this;
    render(): this;
  }
}
