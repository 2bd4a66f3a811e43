import type { Core } from 'cytoscape';
import type { GovernanceGraph } from '../../model/graph.js';
import type { ExportOptions } from '../public-types.js';
import { cytoscapeStyle } from '../view/cytoscape-style.js';
import type { DerivedView } from '../view/derive-view.js';
import { isBadgeKey, modelId, nodeKey } from '../view/element-key.js';
import { paletteOf } from '../view/graph-style.js';
import type { ViewEdge } from '../view/graph-view.js';
import { isHighlighted } from '../view/highlight.js';
import { DARK_THEME, LIGHT_THEME, type Theme } from '../view/theme.js';
import { exportTitle } from './export-title.js';

/** The SVG exporter's module, loaded on demand (the print picture needs it at hand, already loaded). */
export type PictureModule = typeof import('./export-svg.js');

/** What a picture is made from: the drawing on screen, and the view state it shows. */
export interface PictureParts {
  cy: Core;
  graph: GovernanceGraph;
  derived: DerivedView;
  selected: string | null;
  year: number | null;
  layerLines: readonly ViewEdge[];
}

/**
 * The colours an export asks for: the screen's own theme (with the page's `--gov-*` properties)
 * when it is of the mode asked for, otherwise the built-in theme of that mode in the screen's font.
 */
export function exportTheme(choice: ExportOptions['theme'], screen: Theme): Theme {
  if (choice === undefined || choice === 'screen' || choice === screen.mode) return screen;
  return { ...(choice === 'dark' ? DARK_THEME : LIGHT_THEME), fontFamily: screen.fontFamily };
}

/**
 * The diagram on screen as an SVG document, with the export's options applied: its colours,
 * "selection only", and a title line that names the year and the selected body.
 *
 * Another theme's colours come from Cytoscape itself: the other stylesheet is applied, the drawing
 * read, and the screen's put back, in one synchronous run, so the screen never paints the other
 * one. Reading resolved styles (not the style rules) keeps the highlight exactly as drawn.
 */
export function pictureOf(module: PictureModule, parts: PictureParts, options: ExportOptions): string {
  const { cy, graph, derived, selected, year } = parts;
  const view = derived.view!;
  const screen = derived.input.theme;
  const theme = exportTheme(options.theme, screen);
  const shown = derived.shown ?? graph;
  const selection = selected !== null && shown.hasNode(selected) ? selected : null;
  const { highlight } = derived;
  const only =
    options.selectionOnly && selection !== null
      ? (key: string) =>
          isHighlighted(highlight, key) || (isBadgeKey(key) && isHighlighted(highlight, nodeKey(modelId(key))))
      : null;
  const withTitle = options.title !== false;
  const swap = theme !== screen;
  const kinds = graph.getAttribute('kinds');
  if (swap) cy.style(cytoscapeStyle(theme, { large: derived.large, ...(kinds ? { palette: paletteOf(kinds) } : {}) }));
  try {
    return module.exportSvg(cy, view, {
      theme,
      scope: options.scope ?? 'all',
      title: withTitle
        ? exportTitle(
            graph.getAttribute('title'),
            year,
            selection === null ? null : shown.getNodeAttributes(selection).name,
          )
        : null,
      legend: options.legend ?? true,
      source: withTitle ? (graph.getAttribute('source') ?? null) : null,
      graph,
      highlight,
      year,
      layerLines: parts.layerLines,
      only,
    });
  } finally {
    if (swap) cy.style(derived.stylesheet);
  }
}
