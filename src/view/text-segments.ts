/**
 * Where a label may break inside a run of text without spaces (Chinese, Japanese, Thai, Lao,
 * Khmer, Burmese…, or a long compound such as "Cyber-Defence-Centre"), and the grapheme clusters
 * (a letter with its combining marks, an emoji sequence) that no break may split.
 *
 * The platform's Intl.Segmenter finds them (Unicode's UAX #29 rules, with ICU's dictionaries for
 * the scripts written without spaces): no library ships those dictionaries in a size a widget can
 * carry, and every browser the widget targets but the oldest has the segmenter.
 */

/** The word and grapheme segmenters of one locale, made once: making one costs far more than using it. */
interface Segmenters {
  word: Intl.Segmenter;
  grapheme: Intl.Segmenter;
  /** The pieces of runs already segmented (see breakPieces). */
  pieces: Map<string, string[]>;
}

/**
 * Runs whose pieces are remembered, per locale, before the memory starts afresh: as many as the
 * texts measure-text.ts remembers, since labels are wrapped again on every layout or filter
 * change, and segmenting a run costs some ten microseconds.
 */
const REMEMBERED = 100_000;

/**
 * Runs longer than this many characters (more than a label shows) are segmented afresh each
 * time, lazily, so that a wrap that has filled its lines stops segmenting them.
 */
const REMEMBERED_LENGTH = 300;

/** Per locale tag ('' for the platform's default); a page uses one or two. */
const byLocale = new Map<string, Segmenters | null>();

/** Opening punctuation ( ( 「 « “ …): a line may break before it, never after it. */
const OPENS = /^[\p{Ps}\p{Pi}]/u;
const ENDS_OPENING = /[\p{Ps}\p{Pi}]$/u;

/**
 * A grapheme cluster as far as a platform without Intl.Segmenter can tell: a character with the
 * combining marks and joined characters (zero-width joiner) after it. Skin-tone modifiers and
 * flag pairs may come apart there; the segmenter, where there is one, keeps them.
 */
const APPROXIMATE_GRAPHEME = /\P{M}\p{M}*(?:\u200d\P{M}\p{M}*)*/gu;

/**
 * The language of the document the widget stands in (its `lang`), or undefined outside a browser
 * or where the page states none: the locale labels are segmented in unless the caller knows the
 * text's own. (ICU picks its dictionary by the text's script, so the locale matters little.)
 */
export function documentLocale(): string | undefined {
  const lang = globalThis.document?.documentElement?.lang;
  return lang ? lang : undefined;
}

/** The segmenters of `locale`, else of the document's language, else of the platform's default. */
function segmentersFor(given: string | undefined): Segmenters | null {
  const locale = given ?? documentLocale();
  const key = locale ?? '';
  const known = byLocale.get(key);
  if (known !== undefined) return known;
  let made: Segmenters | null = null;
  if (typeof Intl.Segmenter === 'function') {
    const make = (tag: string | undefined): Segmenters => ({
      word: new Intl.Segmenter(tag, { granularity: 'word' }),
      grapheme: new Intl.Segmenter(tag, { granularity: 'grapheme' }),
      pieces: new Map(),
    });
    try {
      made = make(locale);
    } catch {
      // A page's `lang` may be no well-formed language tag ("en_GB"): the platform's default then.
      made = make(undefined);
    }
  }
  byLocale.set(key, made);
  return made;
}

/**
 * The pieces of `run` (text without whitespace) between the places a line may break: before each
 * word the segmenter finds (or before opening punctuation), so that punctuation stays at the end
 * of the word before it ("Cyber-" | "Defence", "中国，" | "网络") and an opening bracket with the
 * word after it. Without Intl.Segmenter the run is one piece (cut between graphemes if it is too
 * long).
 */
export function breakPieces(run: string, locale: string | undefined): Iterable<string> {
  const segmenters = segmentersFor(locale);
  if (!segmenters) return [run];
  if (run.length > REMEMBERED_LENGTH) return piecesOf(run, segmenters.word);
  let pieces = segmenters.pieces.get(run);
  if (!pieces) {
    pieces = [...piecesOf(run, segmenters.word)];
    if (segmenters.pieces.size >= REMEMBERED) segmenters.pieces.clear();
    segmenters.pieces.set(run, pieces);
  }
  return pieces;
}

function* piecesOf(run: string, words: Intl.Segmenter): Generator<string> {
  let piece = '';
  for (const { segment, isWordLike } of words.segment(run)) {
    if (piece && (isWordLike || OPENS.test(segment)) && !ENDS_OPENING.test(piece)) {
      yield piece;
      piece = '';
    }
    piece += segment;
  }
  if (piece) yield piece;
}

/** The grapheme clusters of `text`, lazily (see APPROXIMATE_GRAPHEME where the platform has no segmenter). */
export function* graphemes(text: string, locale: string | undefined): Generator<string> {
  const segmenters = segmentersFor(locale);
  if (!segmenters) {
    yield* text.match(APPROXIMATE_GRAPHEME) ?? [];
    return;
  }
  for (const { segment } of segmenters.grapheme.segment(text)) yield segment;
}
