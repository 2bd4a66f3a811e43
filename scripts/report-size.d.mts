interface Size {
  raw: number;
  gzip: number;
}
export declare function widgetSize(dir?: string): {
  upFront: Size;
  upFrontFiles: number;
  onDemand: Size;
  onDemandFiles: number;
};
