import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { GovernanceGraph } from '../../model/graph.js';
import type { GovernancePath } from '../../model/queries/path.js';
import { dateRange, structureAt } from '../../model/queries/structure-at.js';
import { dimBadges } from './badge.js';
import { type CollapseState, DEFAULT_COLLAPSE } from './collapse.js';
import { badgeDefinitions, edgeDefinition, nodeDefinitions } from './cytoscape-elements.js';
import type { routedSegments } from './cytoscape-routes.js';
import { cytoscapeStyle } from './cytoscape-style.js';
import { paletteOf } from './graph-style.js';
import { buildGraphView, type GraphView, isReportingLine, type ViewEdge } from './graph-view.js';
import { type Highlight, markAdded, pathHighlight, selectionHighlight } from './highlight.js';
import { isLayerLine } from './layer-lines.js';
import { RelationsShown, relationDrawn } from './relations-shown.js';
import type { LineRouter, routerFor } from './route-lines.js';
import { LIGHT_THEME, type Theme } from './theme.js';
import { isLargeView } from './thresholds.js';
import { isMainTree, type LayoutDirection } from './tree-layout.js';
import type { MeasureText } from './wrap-label.js';
import { yearChanges } from './year-changes.js';

/** Everything the drawing depends on. */
export interface ViewInput {
  /** The loaded graph, all years; null while none is loaded. */
  graph: GovernanceGraph | null;
  /** Show the structure at the end of this year; null for every body whatever its dates. */
  year: number | null;
  /** Kinds of body and relation types left out of the drawing. */
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  layout: LayoutDirection;
  theme: Theme;
  /** Label line widths in pixels; a new function means labels are wrapped again. */
  measure: MeasureText;
  /** Id of the selected body, or null. */
  selected: string | null;
  /** A path to highlight instead of the selection, or null. */
  path: GovernancePath | null;
  /** Which relations outside the chain of command are drawn. */
  relations: RelationsShown;
  /** The reader's collapsed and expanded bodies, relative to the default (collapse.ts); none when absent. */
  collapse?: CollapseState;
  /** Whether a large model opens collapsed (COLLAPSE_ABOVE); true when absent. */
  autoCollapse?: boolean;
  /**
   * The line router's module (cytoscape-routes.ts), which the widget loads on demand with its
   * first model to keep it out of the bundle loaded up front; without it, lines are drawn straight.
   */
  routing?: Routing | null;
}

/** What the derivation needs of the router's module, cytoscape-routes.ts. */
export interface Routing {
  routerFor: typeof routerFor;
  routedSegments: typeof routedSegments;
}

/** What the widget draws and hands to its panels, derived from a ViewInput. */
export interface DerivedView {
  /** The input this was derived from, which the next derivation compares against. */
  input: ViewInput;
  /** The graph cut to the year (the whole graph without one); null while none is loaded. */
  shown: GovernanceGraph | null;
  /** Whether the graph has any dates, so that a year can be chosen. */
  dated: boolean;
  /** Bodies and relations after the year and the filters, with positions; null without a graph. */
  view: GraphView | null;
  /**
   * The view as Cytoscape element definitions: the bodies and the lines Cytoscape draws (not the
   * layer lines), of the relations outside the chain of command only those `relations` draws.
   */
  elements: ElementDefinition[];
  /** The layer lines drawn (tree links and hubs' bundled lines), which the canvas draws beneath Cytoscape. */
  layerLines: ViewEdge[];
  /** The bodies the first view frames: the organisation's main tree (see homeOf). */
  home: string[];
  /** Whether the view is too large for fades and dimming (see LARGE_VIEW). */
  large: boolean;
  /**
   * The path as drawn: the input's, or null once a rebuilt view no longer draws every body of
   * it (a filter hid one). The caller should then forget the path too.
   */
  path: GovernancePath | null;
  /** Highlight states by element id: the path's when there is one, otherwise the selection's. */
  highlight: Highlight;
  stylesheet: StylesheetJson;
  /** The view's lines sorted for `relations`, kept for the next derivation. */
  drawing: Drawing;
  /**
   * The collapse state drawn: the input's, with the chain of command of a newly selected body
   * or path expanded. The caller should keep it, and hand it back as the next input's.
   */
  collapse: CollapseState;
}

/** The input before anything is loaded: nothing to draw. */
export const NOTHING_DRAWN: ViewInput = Object.freeze({
  graph: null,
  year: null,
  hiddenKinds: new Set<string>(),
  hiddenTypes: new Set<string>(),
  layout: 'TB',
  theme: LIGHT_THEME,
  measure: () => 0,
  selected: null,
  path: null,
  relations: RelationsShown.selected,
  routing: null,
});

const NO_ELEMENTS: ElementDefinition[] = [];
const NO_LINKS: ViewEdge[] = [];
const NO_IDS: string[] = [];

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/**
 * Bodies the drawing must show because they were just chosen: the selection and the path's
 * bodies when they changed or the graph did. A body chosen earlier stays hidden if the reader
 * then collapses a superior.
 */
function chosenNow(input: ViewInput, before: ViewInput | undefined, graphKept: boolean): string[] {
  const ids: string[] = [];
  if (input.selected !== null && (!graphKept || before?.selected !== input.selected)) ids.push(input.selected);
  if (input.path && (!graphKept || before?.path !== input.path)) ids.push(...input.path.nodes);
  return ids;
}

function drawsAll(view: GraphView, path: GovernancePath): boolean {
  const drawn = new Set(view.nodes.map((n) => n.id));
  return path.nodes.every((id) => drawn.has(id));
}

/**
 * Derives the drawing from its input in stages, each rebuilt only when its own inputs differ
 * from `previous` (by identity; filter sets by content) and otherwise passed on as the very
 * same object, so that the canvas, which compares by identity, redoes nothing it need not:
 *
 * - the shown graph and `dated`: graph, year;
 * - the view, its elements, layer lines, home bodies and `large`: the shown graph, filters,
 *   layout, measure, collapse state, routing (a theme change alone keeps the view), and a newly
 *   chosen body that the view hides;
 * - the highlight: view, selection, path (and the year, through the view: what is new in it is marked);
 * - the lines drawn, routed around the bodies (route-lines.ts): view, `relations`, path, and the
 *   selection while relations follow it; each route is computed once per view and kept;
 * - the stylesheet: theme, `large`.
 *
 * Pure: no DOM, and neither the input nor `previous` is changed.
 */
export function deriveView(input: ViewInput, previous?: DerivedView): DerivedView {
  const before = previous?.input;
  const graphKept = previous !== undefined && before?.graph === input.graph && before.year === input.year;
  const shown = graphKept
    ? previous.shown
    : input.graph && input.year !== null
      ? structureAt(input.graph, input.year)
      : input.graph;
  const dated = graphKept ? previous.dated : input.graph !== null && dateRange(input.graph) !== null;

  const reveal = chosenNow(input, before, graphKept);
  const viewKept =
    previous !== undefined &&
    before !== undefined &&
    previous.shown === shown &&
    sameSet(before.hiddenKinds, input.hiddenKinds) &&
    sameSet(before.hiddenTypes, input.hiddenTypes) &&
    before.layout === input.layout &&
    before.measure === input.measure &&
    previous.collapse === (input.collapse ?? DEFAULT_COLLAPSE) &&
    before.autoCollapse === input.autoCollapse &&
    before.routing === input.routing &&
    reveal.every((id) => !previous.view?.folding?.hidden.has(id));
  const drawing = viewKept ? previous.drawing : drawingOf(shown, input, reveal);
  const { view, large } = drawing;

  // A path survives as long as every body of it is drawn; a view rebuilt under it may drop it.
  const path = input.path && view && (viewKept || drawsAll(view, input.path)) ? input.path : null;
  const highlightKept =
    previous !== undefined && previous.view === view && before?.selected === input.selected && previous.path === path;
  const highlight = highlightKept
    ? previous.highlight
    : !view
      ? new Map()
      : markAdded(
          dimBadges(
            path ? pathHighlight(view, path.nodes, path.edges) : selectionHighlight(view, input.selected),
            view,
          ),
          view,
          addedIn(input),
        );

  // The lines drawn depend on the selection only when relations follow it.
  const linesKept =
    previous !== undefined &&
    previous.view === view &&
    before?.relations === input.relations &&
    previous.path === path &&
    (input.relations !== RelationsShown.selected || before.selected === input.selected);
  const lines = linesKept ? previous : linesOf(drawing, input.relations, input.selected, path);

  const kinds = input.graph?.getAttribute('kinds');
  const styleKept =
    previous !== undefined &&
    before?.theme === input.theme &&
    previous.large === large &&
    before.graph?.getAttribute('kinds') === kinds;
  const stylesheet = styleKept
    ? previous.stylesheet
    : cytoscapeStyle(input.theme, { large, ...(kinds ? { palette: paletteOf(kinds) } : {}) });

  return {
    input,
    shown,
    dated,
    view,
    elements: lines.elements,
    layerLines: lines.layerLines,
    home: drawing.home,
    large,
    drawing,
    path,
    highlight,
    stylesheet,
    collapse: viewKept ? previous.collapse : (drawing.view?.folding?.state ?? input.collapse ?? DEFAULT_COLLAPSE),
  };
}

const NOTHING_ADDED = { bodies: new Set<string>(), relations: new Set<string>() };

/** The bodies and relations new in the input's year, which the drawing marks; none for all years. */
function addedIn(input: ViewInput): { bodies: ReadonlySet<string>; relations: ReadonlySet<string> } {
  if (!input.graph || input.year === null) return NOTHING_ADDED;
  const { addedBodies, addedRelations } = yearChanges(input.graph, input.year);
  return { bodies: addedBodies, relations: addedRelations };
}

/** The view, split by what is drawn whatever the selection and what `relations` decides on. */
export interface Drawing extends Pick<DerivedView, 'view' | 'home' | 'large'> {
  /** Bodies and the lines of the chain of command that Cytoscape draws, routed among themselves. */
  always: ElementDefinition[];
  /** The bodies' definitions alone. */
  bodies: ElementDefinition[];
  /** The lines of the chain of command that Cytoscape draws (second superiors'). */
  alwaysLines: ViewEdge[];
  /** The layer lines of the chain of command. */
  alwaysOnLayer: ViewEdge[];
  /** Relations outside the chain of command that Cytoscape draws. */
  optional: ViewEdge[];
  /** Relations outside the chain of command that are hubs' bundled lines. */
  optionalOnLayer: ViewEdge[];
  /** Routes the lines Cytoscape draws around the bodies, keeping each route for the next selection. */
  router: LineRouter | null;
  /** The router's module, which makes the lines' definitions along their routes. */
  routing: Routing | null;
  /**
   * The definition last handed on for each line Cytoscape draws, handed on again while its route
   * is the same, so that the canvas does not update the line. Only ever added to: a cache.
   */
  lineDefinitions: Map<string, ElementDefinition>;
}

const NO_DRAWING: Drawing = {
  view: null,
  home: NO_IDS,
  large: false,
  always: NO_ELEMENTS,
  bodies: NO_ELEMENTS,
  alwaysLines: NO_LINKS,
  alwaysOnLayer: NO_LINKS,
  optional: NO_LINKS,
  optionalOnLayer: NO_LINKS,
  router: null,
  routing: null,
  lineDefinitions: new Map(),
};

/**
 * The definitions of `lines`, routed together (lines that share a channel are spread apart, so a
 * line's route depends on the others drawn), each the definition handed on before if its route is
 * the same.
 */
function routedLines(drawing: Drawing, lines: readonly ViewEdge[]): ElementDefinition[] {
  if (lines.length === 0) return NO_ELEMENTS;
  if (!drawing.router || !drawing.routing) return lines.map((line) => edgeDefinition(line));
  const route = (d: ElementDefinition) => `${d.data.segmentWeights}|${d.data.segmentDistances}`;
  const segments = drawing.routing.routedSegments(lines, drawing.router);
  return lines.map((line, i) => {
    const fresh = edgeDefinition(line, segments[i]);
    const id = fresh.data.id as string;
    const before = drawing.lineDefinitions.get(id);
    if (before && route(before) === route(fresh)) return before;
    drawing.lineDefinitions.set(id, fresh);
    return fresh;
  });
}

/** The elements and layer lines drawn: always the chain of command, and the relations `mode` picks. */
function linesOf(
  drawing: Drawing,
  mode: RelationsShown,
  selected: string | null,
  path: GovernancePath | null,
): Pick<DerivedView, 'elements' | 'layerLines'> {
  const drawn = relationDrawn(mode, selected, path);
  const picked = drawing.optional.filter(drawn);
  const onLayer = drawing.optionalOnLayer.filter(drawn);
  return {
    // Unchanged arrays when nothing is added, so that the canvas has nothing to compare.
    elements:
      picked.length === 0
        ? drawing.always
        : [...drawing.bodies, ...routedLines(drawing, [...drawing.alwaysLines, ...picked])],
    layerLines: onLayer.length === 0 ? drawing.alwaysOnLayer : [...drawing.alwaysOnLayer, ...onLayer],
  };
}

function drawingOf(shown: GovernanceGraph | null, input: ViewInput, reveal: readonly string[]): Drawing {
  if (!shown) return NO_DRAWING;
  const view = buildGraphView(shown, {
    direction: input.layout,
    hiddenKinds: input.hiddenKinds,
    hiddenTypes: input.hiddenTypes,
    measure: input.measure,
    collapse: { state: input.collapse ?? DEFAULT_COLLAPSE, auto: input.autoCollapse ?? true, reveal },
    markUndated: input.year !== null,
  });
  const bodies = [...nodeDefinitions(view), ...badgeDefinitions(view)];
  const alwaysLines: ViewEdge[] = [];
  const alwaysOnLayer: ViewEdge[] = [];
  const optional: ViewEdge[] = [];
  const optionalOnLayer: ViewEdge[] = [];
  for (const edge of view.edges) {
    const layer = isLayerLine(edge);
    if (!isReportingLine(edge)) (layer ? optionalOnLayer : optional).push(edge);
    else (layer ? alwaysOnLayer : alwaysLines).push(edge);
  }
  const drawing: Drawing = {
    view,
    always: bodies,
    bodies,
    alwaysLines,
    alwaysOnLayer,
    optional,
    optionalOnLayer,
    // Its index is built on the first line routed; a drawing of the chain of command alone needs none.
    router: input.routing && alwaysLines.length + optional.length > 0 ? input.routing.routerFor(view) : null,
    routing: input.routing ?? null,
    lineDefinitions: new Map(),
    home: homeOf(view),
    large: isLargeView(view.nodes.length + view.edges.length),
  };
  if (alwaysLines.length > 0) drawing.always = [...bodies, ...routedLines(drawing, alwaysLines)];
  return drawing;
}

/**
 * The bodies the first view frames: the largest tree of the chain of command when it holds at
 * least half of the bodies in a chain (the organisation itself, with a few bodies above or beside
 * it standing alone), otherwise every body in a chain; none when nothing is in a chain (the view
 * then frames every body).
 */
export function homeOf(view: GraphView): string[] {
  const inChain = view.nodes.filter((n) => view.parent.has(n.id) || view.children.has(n.id)).map((n) => n.id);
  let largest: string[] = [];
  if (inChain.length === 0) return largest;
  for (const root of view.children.get('') ?? []) {
    const tree: string[] = [];
    // A stack, not recursion: a chain may be thousands of levels deep.
    const stack = [root];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      tree.push(id);
      const children = view.children.get(id) ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    if (tree.length > largest.length) largest = tree;
  }
  return isMainTree(largest.length, inChain.length) ? largest : inChain;
}
