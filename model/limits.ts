/*
 * The largest model the widget and the command line accept. Past each limit the load stops with
 * an error that names the limit, its value and the place (the file, the JSON path or the CSV row),
 * before the costly steps run, instead of leaving the page unresponsive or the tab out of memory.
 *
 * The figures come from `npx tsx scripts/measure-limits.ts`, which loads synthetic models (a tree
 * of 2 to 8 subordinates a body, cooperation links on a tenth of them, more with
 * --links-per-body) into the widget in headless Chromium 156 on a 2-core machine, timed from
 * setting `model` (or `src`) to gov-ready, with the longest main-thread task and the JS heap
 * after a forced GC. Other processes kept the machine busy (load 1 to 7), so they are rough
 * (two figures: two runs):
 *
 * | bodies  | relations | JSON MB | to gov-ready s | longest task s | heap MB |
 * | ------: | --------: | ------: | -------------: | -------------: | ------: |
 * |  10,000 |    11,000 |     1.4 |      2.9 / 5.2 |      0.6 / 0.9 |      70 |
 * |  50,000 |    55,000 |     7.3 |        17 / 23 |      2.4 / 2.8 |     349 |
 * |  50,000 |    60,000 |     8.2 |             32 |            1.9 |     411 |
 * |  20,000 |    60,000 |     7.2 |             37 |            1.8 |     435 |
 * |  10,000 |    61,000 |     5.7 |             37 |            2.6 |     374 |
 * |  50,000 |   100,000 |    11.2 |             78 |            6.6 |     619 |
 * | 100,000 |   110,000 |    14.7 |             56 |            3.3 |     684 |
 * | 200,000 |   220,000 |    29.9 | not drawn: the layout ran out of stack            |
 */

/** Decimal megabytes, as file managers show sizes. */
const MB = 1_000_000;

/**
 * The largest model file, in bytes: checked against `Content-Length` before a download starts,
 * while it arrives (it stops as soon as this is passed), and by the command line before reading.
 * 50,000 bodies with about 1 kB of descriptions and quotes each (the NATO model has 0.9 kB a body)
 * make 50 MB; read from `src` such a file reached gov-ready in 23 s with no task over 1.4 s,
 * reading and checking taking 2 s of it (`--steps`). The costliest 50 MB to read is the densest: 49 MB of `0,` in one
 * array took 8.7 s and held 1.2 GB of heap while read (5 MB: 1.1 s; 20 MB: 2.8 s), growing with
 * the size, so twice the limit would bring a tab near the few gigabytes its heap may hold.
 */
export const MAX_FILE_BYTES = 50 * MB;

/**
 * The longest JSON or CSV text, in characters (UTF-16 code units), given as the `model`
 * property or read from a file: the text of the largest file accepted (MAX_FILE_BYTES) has at
 * most this many characters, so the two limits agree.
 */
export const MAX_TEXT_LENGTH = 50 * MB;

/**
 * The most bodies (entities, or CSV rows) a model may have. 50,000 with their tree drew in 17 to
 * 23 s, the page answering input at least every 2.4 to 2.8 s; 100,000 took 56 s with tasks of
 * 3.3 s and 0.7 GB of heap, which no reader waits for.
 */
export const MAX_ENTITIES = 50_000;

/**
 * The most relations a model may have: enough for the tree of the most bodies (one fewer than
 * they) and 10,000 more. Relations outside the tree are drawn by Cytoscape one by one, so it is
 * their total that costs: 60,000 reached gov-ready in 32 to 37 s however they were split between
 * tree and other lines, 100,000 (half outside the tree) in 78 s with a task of 6.6 s.
 */
export const MAX_RELATIONS = 60_000;

/**
 * The longest name, in characters: of a body (and its id, which may be any text, acronym, kind and location), a
 * relation's id and type, a relation type's name and labels, and the model's and source's
 * titles. The longest official names run to a few hundred characters; one of more than a
 * thousand is a paragraph in the wrong column. The widget copes with longer ones (labels are
 * cut to a few lines): 2,000 bodies drew in 0.8 to 0.9 s with names of 100 characters, 0.9 to
 * 1.0 s with 1,000, and 1.4 to 1.8 s with 10,000.
 */
export const MAX_NAME_LENGTH = 1000;

/**
 * The longest free text, in characters: a description, a note, a quote given as evidence, a URL.
 * 20,000 characters are about eight pages, which the details panel shows whole; the file size
 * bounds how many there can be.
 */
export const MAX_FREE_TEXT_LENGTH = 20_000;

/** The limits a load holds a model to; tests and stricter callers may pass other ones. */
export interface ModelLimits {
  /** Characters of JSON or CSV text (MAX_TEXT_LENGTH). */
  textLength: number;
  /** Bodies (MAX_ENTITIES). */
  entities: number;
  /** Relations (MAX_RELATIONS). */
  relations: number;
  /** Characters of a name (MAX_NAME_LENGTH). */
  nameLength: number;
  /** Characters of a description, note, quote or URL (MAX_FREE_TEXT_LENGTH). */
  freeTextLength: number;
}

/** The limits every load uses unless told otherwise. */
export const MODEL_LIMITS: Readonly<ModelLimits> = Object.freeze({
  textLength: MAX_TEXT_LENGTH,
  entities: MAX_ENTITIES,
  relations: MAX_RELATIONS,
  nameLength: MAX_NAME_LENGTH,
  freeTextLength: MAX_FREE_TEXT_LENGTH,
});

/** A count as messages write it: 50,000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en');
}

/**
 * What to say of a file larger than MAX_FILE_BYTES (as an issue's message, after its file name):
 * with `bytes`, its size; without, when a download of unknown length has just passed the limit.
 */
export function fileTooLarge(bytes?: number, limit = MAX_FILE_BYTES): string {
  const limitText = `the limit of ${formatCount(limit)} bytes (${formatCount(limit / MB)} MB) for a model file`;
  return bytes === undefined
    ? `is larger than ${limitText}; the download was stopped there`
    : `is ${formatCount(bytes)} bytes, over ${limitText}`;
}

/** What to say of JSON or CSV text longer than the text-length limit. */
export function textTooLong(characters: number, limit = MAX_TEXT_LENGTH): string {
  return `is ${formatCount(characters)} characters long, over the limit of ${formatCount(limit)} characters for a model's text`;
}

/**
 * The deepest nesting of arrays and objects a model's JSON may have, as text or as a value given
 * to `model`; the model format itself needs four. jsonc-parser, which reads the text with
 * positions, recurses once per level, at about 300 bytes of stack a level of objects. Parsing `{"a":`
 * repeated, each time in a fresh page or process, ran out of stack at 3,166 levels in headless
 * Chromium 156 and 3,370 in Node 20 (arrays: 4,592 and 4,916), so 500 levels use a sixth of the
 * stack, leaving room for engines with larger frames and for whatever called the loader.
 */
export const MAX_JSON_DEPTH = 500;
