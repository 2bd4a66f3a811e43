import type { NodeSingular } from 'cytoscape';
import type { KindTable } from '../../model/kinds.js';
import { modelId } from '../view/element-key.js';
import {
  FONT_SIZE,
  LINE_HEIGHT,
  NODE_SHAPES,
  type NodeShape,
  UNDATED_CLASS,
  UNDATED_DASH,
} from '../view/graph-style.js';
import type { ViewNode } from '../view/graph-view.js';
import { shapePath } from '../view/shape-path.js';
import { f, hex, opacityAttribute } from './svg-attributes.js';
import { nodeClasses } from './svg-classes.js';
import { escapeAttribute as attr, escapeText as text } from './xml-text.js';

/*
 * Bodies, as Cytoscape draws them: each node's resolved style (shape, fill, border, opacity, bold
 * label), so that highlighting comes out as on screen without this file knowing its rules.
 */

/**
 * Cytoscape sets each label line on the bottom of its em box; SVG sets text on the alphabetic
 * baseline, which sits above that bottom by the font's descent (about 0.2 em in the sans-serif
 * fonts of the stack, measured against the canvas), so each line moves down from its em box's
 * centre by half an em less that.
 */
const BASELINE_SHIFT = FONT_SIZE * (0.5 - 0.2);
/** Half the width of a space in the stack's sans-serif fonts (0.28–0.32 em). */
const HALF_SPACE = f(FONT_SIZE * 0.15);

/**
 * One body as a `<g class="node">`: a tooltip with its full name, its outline, and its label as
 * real text wrapped into the lines the screen shows (from the view node, else the node's label).
 */
export function nodeSvg(node: NodeSingular, viewNode: ViewNode | undefined, kinds?: KindTable): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const style = node.style('shape') as NodeShape;
  const shape = NODE_SHAPES.includes(style) ? style : 'rectangle';
  const borderWidth = node.numericStyle('border-width') as number;
  const lines: string[] = viewNode?.lines ?? String(node.data('label') ?? '').split('\n');
  const id = modelId(node.id());
  const tooltip = viewNode?.title ?? id;
  const weight = node.style('font-weight');
  // The only dashed border is an undated body's (cytoscape-style.ts), drawn with its dash.
  const dashed = node.style('border-style') === 'dashed';
  const dash = dashed ? ` stroke-dasharray="${UNDATED_DASH.map(f).join(' ')}"` : '';
  const first = y - ((lines.length - 1) / 2) * LINE_HEIGHT + BASELINE_SHIFT;
  // Lines are joined by a space so that copied or searched text reads "Treaty Organization", not
  // "TreatyOrganization". The space ends its line's chunk, so it would pull a centred line left by
  // half its width; dx puts the line back where Cytoscape draws it.
  const spans = lines
    .map((line, i) => {
      const place = i === 0 ? `y="${f(first)}"` : `dy="${LINE_HEIGHT}"`;
      const back = i < lines.length - 1 ? ` dx="${HALF_SPACE}"` : '';
      return `<tspan x="${f(x)}" ${place}${back}>${text(line)}</tspan>`;
    })
    .join(' ');
  return (
    `<g class="${nodeClasses(viewNode?.kind, kinds)}${dashed ? ` ${UNDATED_CLASS}` : ''}" data-id="${attr(id)}"${opacityAttribute(node.effectiveOpacity())}>` +
    `<title>${text(tooltip)}</title>` +
    `<path d="${shapePath(shape, x, y, w, h)}" fill="${attr(hex(node.style('background-color')))}" stroke="${attr(hex(node.style('border-color')))}" stroke-width="${f(borderWidth)}"${dash}/>` +
    `<text fill="${attr(hex(node.style('color')))}"${weight === 'bold' || Number(weight) >= 600 ? ' font-weight="bold"' : ''}>${spans}</text>` +
    '</g>'
  );
}

/**
 * A collapsed body's "+N" badge (badge.ts) as a `<g class="badge">`: its outline and label as
 * the screen draws them, with what it does as its tooltip, and the body's id in `data-for`.
 */
export function badgeSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  const size = node.numericStyle('font-size') as number;
  const fill = attr(hex(node.style('background-color')));
  const stroke = attr(hex(node.style('border-color')));
  return (
    `<g class="badge" data-for="${attr(modelId(node.id()))}"${opacityAttribute(node.effectiveOpacity())}>` +
    `<title>${text(String(node.data('title') ?? ''))}</title>` +
    `<path d="${shapePath('round-rectangle', x, y, node.width(), node.height())}" fill="${fill}" stroke="${stroke}" stroke-width="${f(node.numericStyle('border-width') as number)}"/>` +
    `<text x="${f(x)}" y="${f(y + size * (0.5 - 0.2))}" font-size="${f(size)}" font-weight="bold" fill="${attr(hex(node.style('color')))}">${text(String(node.data('label') ?? ''))}</text>` +
    '</g>'
  );
}
