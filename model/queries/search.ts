import type { GovernanceGraph } from '../graph.js';
import { foldLatin } from './fold-latin.js';

/** One body found by {@link search}. */
export interface SearchHit {
  id: string;
  /** Higher is better; see {@link SEARCH_SCORES}. */
  score: number;
  /** The field whose match gave the score. */
  field: 'acronym' | 'name' | 'id' | 'location';
}

/**
 * The score of each kind of match, best first. An acronym typed in full is the strongest signal
 * ("CIO"), then the full name, then the start of either; words anywhere in the name come next
 * ("defence college" finds "NATO Defence College"), then the words of ids and locations, so a
 * search for "Mons" lists the bodies located there after any named so. A match inside a word
 * ("cio" in "malicious") ranks below them all, and is offered only when nothing else matches
 * (see INSIDE_WORD).
 */
export const SEARCH_SCORES = {
  acronymExact: 100,
  nameExact: 90,
  idExact: 85,
  acronymPrefix: 80,
  namePrefix: 70,
  nameWords: 60,
  idWords: 40,
  locationWords: 30,
  nameSubstring: 25,
  acronymSubstring: 24,
  idSubstring: 22,
  locationSubstring: 20,
} as const;

/** Scores at or below this are matches inside a word, dropped while any better match exists. */
export const INSIDE_WORD = SEARCH_SCORES.nameSubstring;

/**
 * What a match found only through the other spelling (see SPELLING_FOLD) loses: a reader who
 * types "Defense" wants the "NATO Defense College" before the bodies spelled "Defence".
 */
export const OTHER_SPELLING = 15;

/**
 * British and American spellings of words common in governance names. The source pages write
 * "Defence" and "Centre" while readers (and some official names, such as the "NATO Defense
 * College") use the other spelling; folding both to one form lets either find the body.
 * Whole words only, so nothing else is rewritten.
 */
const SPELLING_FOLD = new Map<string, string>([
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['organisational', 'organizational'],
  ['programme', 'program'],
  ['programmes', 'programs'],
]);

/**
 * A text cut into comparable words, as typed (`raw`) and with spellings folded (`folded`); `joined`
 * holds the same with hyphens and other punctuation inside words taken out ("Co-operation" as
 * "cooperation"), so that either way of writing a word finds the other.
 */
interface Forms {
  raw: Words;
  folded: Words;
  joined: { raw: Words; folded: Words };
}
interface Words {
  words: string[];
  /** The words joined by single spaces, so punctuation and spacing never decide a match. */
  key: string;
}

function words(list: string[]): Words {
  return { words: list, key: list.join(' ') };
}

/** Hyphens, dashes, apostrophes, full stops and middle dots between two letters or digits. */
const INSIDE_WORD_PUNCTUATION = /(?<=[\p{L}\p{N}])[\p{Pd}'.\u00b7](?=[\p{L}\p{N}])/gu;

function cut(text: string): { raw: Words; folded: Words } {
  const raw = text
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
  const folded = raw.map((w) => SPELLING_FOLD.get(w) ?? w);
  // The same object when folding changed nothing, so that fieldScore can skip the repeat.
  const same = folded.every((w, i) => w === raw[i]);
  const rawWords = words(raw);
  return { raw: rawWords, folded: same ? rawWords : words(folded) };
}

/**
 * Case- and accent-insensitive words: "Défense" and "defense" are the same word, every Latin
 * letter folds to its base ("Łódź" is "lodz", see foldLatin), and a typographic apostrophe
 * ("NATO’s") matches a typed one.
 */
function forms(text: string): Forms {
  const plain = foldLatin(text).replace(/[\u2018\u2019\u02bc\u2032`]/g, "'");
  const split = cut(plain);
  const joined = plain.replace(INSIDE_WORD_PUNCTUATION, '');
  return { ...split, joined: joined === plain ? split : cut(joined) };
}

/**
 * Each text's forms, kept from one search to the next: the letters are folded once per text, not
 * once per keystroke, which keeps a search over thousands of bodies to a few milliseconds. Keyed
 * by the text itself, so a renamed body is folded afresh; cleared when it grows past the largest
 * model, so that it never holds more than a model's worth.
 */
const FORMS_KEPT = new Map<string, Forms>();
const FORMS_KEPT_MAX = 200_000;

function formsOf(text: string): Forms {
  let kept = FORMS_KEPT.get(text);
  if (kept === undefined) {
    if (FORMS_KEPT.size >= FORMS_KEPT_MAX) FORMS_KEPT.clear();
    kept = forms(text);
    FORMS_KEPT.set(text, kept);
  }
  return kept;
}

function everyWordStartsOne(query: Words, text: Words): boolean {
  return query.words.every((q) => text.words.some((w) => w.startsWith(q)));
}

type Tier = { exact?: number; prefix?: number; words?: number; substring?: number };

/**
 * The best score a field gives, trying the words as typed and with spellings folded, each with
 * punctuation inside words kept and taken out. Trying both spellings keeps a half-typed word
 * matching: "defenc" is a prefix of "defence" but not of its folded form; a match only the
 * folded spelling gives loses OTHER_SPELLING.
 */
function fieldScore(query: Forms, field: Forms, tier: Tier): number {
  const { raw, folded, joined } = query;
  const [fr, ff, fj] = [field.raw, field.folded, field.joined];
  let best = pairScore(raw, fr, tier, 0);
  // Each other pair only where it differs from one already tried (see cut and forms).
  if (joined.raw !== raw || fj.raw !== fr) best = Math.max(best, pairScore(joined.raw, fj.raw, tier, 0));
  if (folded !== raw || ff !== fr) best = Math.max(best, pairScore(folded, ff, tier, OTHER_SPELLING));
  if (joined.folded !== joined.raw || fj.folded !== fj.raw) {
    best = Math.max(best, pairScore(joined.folded, fj.folded, tier, OTHER_SPELLING));
  }
  return best;
}

/** The score of one form of the query against the same form of a field, less `loss` unless inside a word. */
function pairScore(q: Words, f: Words, tier: Tier, loss: number): number {
  if (f.key.length === 0 || q.key.length === 0) return 0;
  let score = 0;
  if (tier.exact !== undefined && f.key === q.key) score = tier.exact;
  else if (tier.prefix !== undefined && f.key.startsWith(q.key)) score = tier.prefix;
  else if (tier.words !== undefined && everyWordStartsOne(q, f)) score = tier.words;
  else if (tier.substring !== undefined && f.key.includes(q.key)) score = tier.substring;
  // A match inside a word stays one, whichever spelling gave it.
  return score > INSIDE_WORD ? score - loss : score;
}

/**
 * Finds bodies by acronym, name, id or location, as a search box does while the user types.
 * Matching ignores case, accents (every Latin letter folds to its base), punctuation (hyphens
 * inside words too) and British/American spelling, and accepts partial words. Results are ranked
 * by {@link SEARCH_SCORES}, ties going to the shorter name and then to model order, and cut to
 * `limit` (10 by default). Matches inside a word are left out while any body matches at the start
 * of a word. A blank query finds nothing.
 */
export function search(graph: GovernanceGraph, query: string, options: { limit?: number } = {}): SearchHit[] {
  const limit = options.limit ?? 10;
  const q = forms(query);
  if (q.raw.key.length === 0 || limit <= 0) return [];

  const S = SEARCH_SCORES;
  const hits: Array<SearchHit & { length: number; index: number }> = [];
  graph.forEachNode((id, attributes) => {
    const candidates: Array<[SearchHit['field'], number]> = [
      [
        'acronym',
        attributes.acronym === undefined
          ? 0
          : fieldScore(q, formsOf(attributes.acronym), {
              exact: S.acronymExact,
              prefix: S.acronymPrefix,
              substring: S.acronymSubstring,
            }),
      ],
      [
        'name',
        fieldScore(q, formsOf(attributes.name), {
          exact: S.nameExact,
          prefix: S.namePrefix,
          words: S.nameWords,
          substring: S.nameSubstring,
        }),
      ],
      ['id', fieldScore(q, formsOf(id), { exact: S.idExact, words: S.idWords, substring: S.idSubstring })],
      [
        'location',
        attributes.location === undefined
          ? 0
          : fieldScore(q, formsOf(attributes.location), {
              words: S.locationWords,
              substring: S.locationSubstring,
            }),
      ],
    ];
    let field: SearchHit['field'] = 'name';
    let score = 0;
    for (const [f, s] of candidates) {
      if (s > score) {
        field = f;
        score = s;
      }
    }
    if (score > 0) hits.push({ id, score, field, length: attributes.name.length, index: attributes.index });
  });
  const wordStart = hits.some((h) => h.score > INSIDE_WORD);
  return hits
    .filter((h) => !wordStart || h.score > INSIDE_WORD)
    .sort((a, b) => b.score - a.score || a.length - b.length || a.index - b.index)
    .slice(0, limit)
    .map(({ id, score, field }) => ({ id, score, field }));
}
