import type { NodeSingular } from 'cytoscape';

/** An axis-aligned box in diagram pixels, as Cytoscape's bounding boxes and extent give them. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether two boxes overlap or touch. */
export const intersects = (a: Box, b: Box) => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** The box around two bodies (without their labels), which holds the elbow between them. */
export function hull(a: NodeSingular, b: NodeSingular): Box {
  const p = a.boundingBox({ includeLabels: false });
  const q = b.boundingBox({ includeLabels: false });
  return {
    x1: Math.min(p.x1, q.x1),
    y1: Math.min(p.y1, q.y1),
    x2: Math.max(p.x2, q.x2),
    y2: Math.max(p.y2, q.y2),
  };
}
