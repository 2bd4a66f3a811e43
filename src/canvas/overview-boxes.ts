import type { ElementDefinition } from 'cytoscape';
import type { Highlight } from '../view/highlight.js';
import { HighlightState } from '../view/highlight-state.js';
import type { Theme } from '../view/theme.js';
import { bodyExtent } from './draw-window.js';

/** What an overview's boxes are drawn from: the line layer's scene (see LineScene) as far as they need it. */
export interface OverviewScene {
  /** The bodies' definitions by element id. */
  placed?: ReadonlyMap<string, ElementDefinition> | undefined;
  /** The fill and border colours of each body's look, by the style key in its data. */
  looks?: ReadonlyMap<string, { fill: string; border: string }> | undefined;
  highlight: Highlight;
  theme: Theme;
}

/** The least size of a body drawn as a box in an overview, in CSS pixels. */
const OVERVIEW_DOT = 2;

/**
 * The bodies of an overview (see OVERVIEW_ABOVE), drawn by the line layer as boxes beneath
 * Cytoscape, which then holds none: one path per look, only the bodies meeting the view, each
 * at least OVERVIEW_DOT pixels across, with the selection and its chain of command marked larger.
 */
export class OverviewBoxes {
  /** The bodies of `placed`: their boxes (x1, y1, x2, y2 at 4 × i), style keys and element ids. */
  private bodies: {
    placed: ReadonlyMap<string, ElementDefinition>;
    boxes: Float64Array;
    keys: string[];
    ids: string[];
  } | null = null;

  /** Paints the boxes of the bodies of `scene.placed` meeting `view` (model coordinates) at `zoom`. */
  paint(
    context: CanvasRenderingContext2D,
    scene: OverviewScene,
    view: { x1: number; y1: number; x2: number; y2: number },
    zoom: number,
  ): void {
    const placed = scene.placed;
    if (!placed) return;
    if (this.bodies?.placed !== placed) {
      const nodes = [...placed.values()].filter((def) => def.group === 'nodes' && def.position);
      const boxes = new Float64Array(nodes.length * 4);
      nodes.forEach((def, i) => {
        const { x1, y1, x2, y2 } = bodyExtent(def);
        boxes.set([x1, y1, x2, y2], i * 4);
      });
      this.bodies = {
        placed,
        boxes,
        keys: nodes.map((def) => String(def.data.styleKey ?? '')),
        ids: nodes.map((def) => def.data.id as string),
      };
    }
    const { boxes, keys, ids } = this.bodies;
    const pixel = 1 / zoom;
    const paths = new Map<string, Path2D>();
    /** The selection and its chain of command, drawn last and larger, so that a selection shows in an overview too. */
    const marked: { i: number; colour: string; least: number }[] = [];
    const box = (path: Path2D, i: number, least: number) => {
      const [x1, y1, x2, y2] = [boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!, boxes[i * 4 + 3]!];
      const w = Math.max(x2 - x1, least);
      const h = Math.max(y2 - y1, least);
      path.rect((x1 + x2 - w) / 2, (y1 + y2 - h) / 2, w, h);
    };
    for (let i = 0; i < keys.length; i++) {
      if (
        boxes[i * 4]! > view.x2 ||
        boxes[i * 4 + 1]! > view.y2 ||
        boxes[i * 4 + 2]! < view.x1 ||
        boxes[i * 4 + 3]! < view.y1
      ) {
        continue;
      }
      const states = scene.highlight.get(ids[i]!);
      if (states?.includes(HighlightState.selected))
        marked.push({ i, colour: scene.theme.selection, least: 8 * pixel });
      else if (states?.includes(HighlightState.superior)) {
        marked.push({ i, colour: scene.theme.chainHighlight, least: 5 * pixel });
      }
      let path = paths.get(keys[i]!);
      if (!path) {
        path = new Path2D();
        paths.set(keys[i]!, path);
      }
      box(path, i, OVERVIEW_DOT * pixel);
    }
    // As Cytoscape draws a body: its look's pale fill and a border in its colour, here a pixel wide.
    context.lineWidth = pixel;
    for (const [key, path] of paths) {
      const look = scene.looks?.get(key);
      context.fillStyle = look?.fill ?? scene.theme.background;
      context.fill(path);
      context.strokeStyle = look?.border ?? scene.theme.mutedText;
      context.stroke(path);
    }
    for (const { i, colour, least } of marked) {
      const path = new Path2D();
      box(path, i, least);
      context.fillStyle = colour;
      context.fill(path);
    }
  }
}
