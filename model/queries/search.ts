import type { GovernanceGraph } from '../graph.js';

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
 * ("defence college" finds "NATO Defence College"), then any substring. Ids and locations rank
 * below names, so a search for "Mons" lists the bodies located there after any named so.
 */
export const SEARCH_SCORES = {
  acronymExact: 100,
  nameExact: 90,
  idExact: 85,
  acronymPrefix: 80,
  namePrefix: 70,
  nameWords: 60,
  nameSubstring: 50,
  acronymSubstring: 45,
  idWords: 40,
  idSubstring: 35,
  locationWords: 30,
  locationSubstring: 20,
} as const;

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

/** A text cut into comparable words, as typed (`raw`) and with spellings folded (`folded`). */
interface Forms {
  raw: Words;
  folded: Words;
}
interface Words {
  words: string[];
  /** The words joined by single spaces, so punctuation and spacing never decide a match. */
  key: string;
}

function words(list: string[]): Words {
  return { words: list, key: list.join(' ') };
}

/**
 * Case- and accent-insensitive words: "Défense" and "defense" are the same word, and a
 * typographic apostrophe ("NATO’s") matches a typed one.
 */
function forms(text: string): Forms {
  const raw = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
  return { raw: words(raw), folded: words(raw.map((w) => SPELLING_FOLD.get(w) ?? w)) };
}

function everyWordStartsOne(query: Words, text: Words): boolean {
  return query.words.every((q) => text.words.some((w) => w.startsWith(q)));
}

type Tier = { exact?: number; prefix?: number; words?: number; substring?: number };

/**
 * The best score a field gives, trying the words as typed and with spellings folded. Trying both
 * keeps a half-typed word matching: "defenc" is a prefix of "defence" but not of its folded form.
 */
function fieldScore(query: Forms, field: Forms, tier: Tier): number {
  let best = 0;
  for (const [q, f] of [
    [query.raw, field.raw],
    [query.folded, field.folded],
  ] as const) {
    if (f.key.length === 0) continue;
    if (tier.exact !== undefined && f.key === q.key) best = Math.max(best, tier.exact);
    else if (tier.prefix !== undefined && f.key.startsWith(q.key)) best = Math.max(best, tier.prefix);
    else if (tier.words !== undefined && everyWordStartsOne(q, f)) best = Math.max(best, tier.words);
    else if (tier.substring !== undefined && f.key.includes(q.key)) best = Math.max(best, tier.substring);
  }
  return best;
}

/**
 * Finds bodies by acronym, name, id or location, as a search box does while the user types.
 * Matching ignores case, accents, punctuation and British/American spelling, and accepts
 * partial words. Results are ranked by {@link SEARCH_SCORES}, ties going to the shorter name and
 * then to model order, and cut to `limit` (10 by default). A blank query finds nothing.
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
          : fieldScore(q, forms(attributes.acronym), {
              exact: S.acronymExact,
              prefix: S.acronymPrefix,
              substring: S.acronymSubstring,
            }),
      ],
      [
        'name',
        fieldScore(q, forms(attributes.name), {
          exact: S.nameExact,
          prefix: S.namePrefix,
          words: S.nameWords,
          substring: S.nameSubstring,
        }),
      ],
      ['id', fieldScore(q, forms(id), { exact: S.idExact, words: S.idWords, substring: S.idSubstring })],
      [
        'location',
        attributes.location === undefined
          ? 0
          : fieldScore(q, forms(attributes.location), {
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
  return hits
    .sort((a, b) => b.score - a.score || a.length - b.length || a.index - b.index)
    .slice(0, limit)
    .map(({ id, score, field }) => ({ id, score, field }));
}
