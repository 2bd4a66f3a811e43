// d3-org-chart ships no types; the benchmark uses this much of it.
declare module 'd3-org-chart' {
  export class OrgChart<T> {
    container(selector: string): this;
    data(data: T[]): this;
    duration(ms: number): this;
    nodeWidth(f: () => number): this;
    nodeHeight(f: () => number): this;
    nodeContent(f: (d: { data: T }) => string): this;
    render(): this;
    expandAll(): this;
  }
}
