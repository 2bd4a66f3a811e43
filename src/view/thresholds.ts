/*
 * Sizes at which the drawing changes how it works, in elements (bodies plus drawn relations)
 * or bodies. Each is written once here and read by the view, the canvas, the legend and the
 * exporters. The figures come from `npm run bench` on a 2-core machine.
 */

/**
 * Views with more elements than this are "large": selection does not dim the rest, highlights
 * do not fade, and dashed relations are drawn solid until highlighted. Restyling thousands of
 * elements takes Cytoscape hundreds of milliseconds, while a highlight alone touches a few.
 */
export const LARGE_VIEW = 2500;

/**
 * Above this many new elements the canvas adds them over several tasks, those nearest the view
 * first: Cytoscape styles and measures every element it holds before its first frame, about a
 * third of a millisecond each on a 2-core machine (a window of 2,000 elements took 740 ms in one
 * task, `npm run bench`'s Fit). With drawings held in part (WINDOW_ABOVE) and overviews
 * (OVERVIEW_ABOVE), this is a view zoomed out to a few hundred bodies.
 */
export const SLICE_ABOVE = 600;

/**
 * Drawings of more elements than this are held in part: Cytoscape gets the bodies and lines in
 * and near the view, and the rest as the view moves (canvas/draw-window.ts). Cytoscape's cost
 * grows with every element it holds, before the first frame and in every frame after: in
 * Chromium on a 2-core machine (`npm run bench`, profile of a cold load), its style application,
 * label measurement and element creation took 975 ms of the 1.74 s that 10,000 bodies took to
 * draw, while a view at a readable zoom shows one or two hundred bodies.
 */
export const WINDOW_ABOVE = 400;

/**
 * A drawing held in part whose window (the view and half a view around it, canvas/draw-window.ts)
 * holds more elements than this is shown as an overview: the bodies are drawn as plain boxes with
 * the lines, on the canvas beneath Cytoscape, rather than by Cytoscape (canvas/element-sync.ts).
 * A window that full means a view of about 400 elements or more, bodies a few pixels high whose
 * names cannot be read, while Cytoscape would take about a second to add 10,000 of them
 * (`scripts/bench/profile.ts`) and, for 50,000, seconds and hundreds of megabytes (`npm run
 * bench` before drawings were held in part: 9.3 s and 291 MB). The figure is a judgement from
 * screenshots and the benchmark's Fit figure (a window of 2,000 elements took 740 ms to add).
 */
export const OVERVIEW_ABOVE = 1500;

/** The smallest slice the canvas adds in one task, in elements. */
export const MIN_SLICE = 300;

/**
 * Bodies glide to their new places after a change only in drawings with fewer bodies than
 * this: each glide is an animation per body, fine for hundreds and a stall for thousands.
 */
export const GLIDE_BELOW = 1500;

/**
 * A body with more lines than this besides its tree links (relations and second superiors'
 * lines) is a hub: those lines are drawn straight on the line layer, with the tree links, instead
 * of by Cytoscape, whose cost for the edges of one node grows faster than their number. Measured
 * in Chromium on a 2-core machine (Cytoscape 3.35, bezier edges, first frame): one node's 1,000
 * edges cost 150 ms more than 1,000 edges spread over the drawing, 5,000 cost 650 ms more,
 * 10,000 cost 2.9 s more and 20,000 about 25 s more.
 */
export const HUB_RELATIONS = 500;

/** Whether a view of `elements` elements is large (see LARGE_VIEW). */
export function isLargeView(elements: number): boolean {
  return elements > LARGE_VIEW;
}

/**
 * The most chains of command the details panel lists for one body. With dual reporting at every
 * level the number of chains doubles per level (a million at twenty levels); the diagram's
 * highlight shows them all at once, so the list stops here and says so.
 */
export const CHAINS_LISTED = 12;

/**
 * How many relations each list of the details panel shows at first, and how many more each
 * "Show more" adds. A hub's thousands of relations, each with its evidence, would take the page
 * seconds to lay out (20,000 took about 1.4 s in Chromium on a 2-core machine).
 */
export const RELATIONS_LISTED = 100;

/**
 * Loads of models with more bodies and relations than this show their phases (checking, laying
 * out, drawing) with a bar, and let the page paint and answer input between them. Below it a
 * model is drawn in about a second or less, and a bar would only flash: in Chromium on a busy
 * 2-core machine (`scripts/measure-limits.ts`), 2,500 bodies and 2,750 relations reached gov-ready
 * in 0.6 s, 4,800 and 5,300 in 1.3 to 1.7 s, 10,000 and 11,000 in 3 to 5 s.
 */
export const PHASES_ABOVE = 10_000;

/**
 * JSON or CSV text longer than this, in characters, also shows its reading phase: parsing takes
 * about 0.2 s a megabyte of densely written JSON in Chromium (`scripts/measure-limits.ts --steps`),
 * before the number of bodies is known.
 */
export const PHASES_TEXT_ABOVE = 2_000_000;

/**
 * Models with more bodies in their tree than this open collapsed: the tops are drawn, and each
 * level below as long as every body down to it still makes no more than this many; the bodies of
 * the last such level show how many they hide ("+N") instead of their subordinates. The figure
 * is a judgement checked against screenshots of the explorer at 1280 × 800 pixels (a drawing area
 * of about 940 × 750), not a measurement: it leaves NATO's chart (56 bodies) whole; the first view
 * frames the top of a tree at a readable zoom, whatever its size, so the figure bounds how much a
 * reader pans around rather than what the first view shows. Fitted whole, a synthetic tree of 150
 * bodies (`scripts/synthetic-model.ts`, 2 to 8 subordinates a body) is drawn at zoom 0.1, boxes
 * without legible labels; the synthetic model of 1,000 bodies opens on 38 (three levels; the
 * fourth would pass 150), which Fit shows at zoom 0.4 with its labels still readable.
 */
export const COLLAPSE_ABOVE = 150;
