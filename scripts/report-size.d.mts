interface Size {
  raw: number;
  gzip: number;
}
export declare function widgetSize(dir?: string): {
  upFront: Size;
  upFrontFiles: number;
  /** Up front, with the chunks every JSON file's first drawing fetches (its reader and the checks). */
  firstDrawing: Size;
  firstDrawingFiles: number;
  onDemand: Size;
  onDemandFiles: number;
};
