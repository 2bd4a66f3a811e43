import { quote } from './message-text.js';

/** Something a mistyped name might have meant: an id, and optionally an acronym it also goes by. */
export interface Candidate {
  id: string;
  acronym?: string | undefined;
}

/** Beyond this length a name is not a typo of anything, and edit distance would cost too much. */
const MAX_COMPARED_LENGTH = 100;
/** More words than any real id has; keeps the abbreviation search small. */
const MAX_WORDS = 12;

/**
 * The candidate a mistyped name most likely meant, or `undefined` when none is close.
 * Tried in order, first unambiguous answer wins:
 * 1. the same words in another spelling ("NCI Agency" for "nci-agency"), or a candidate's acronym;
 * 2. an abbreviation that covers every word of exactly one candidate ("ncirc-tc" for "ncirc-technical-centre");
 * 3. the nearest by edit distance, within a typo's reach (none for 1–2 letters, 1 up to 4, 2 up to 10, then 3);
 * 4. an abbreviation of the first words of exactly one candidate ("nci" for "nci-agency").
 */
export function didYouMean(query: string, candidates: Iterable<Candidate>): string | undefined {
  return nearest(query, prepare(candidates));
}

/** A candidate as compared: its id in comparable form, and as written (the answer). */
interface Prepared {
  id: string;
  acronym: string | undefined;
  written: string;
}

/**
 * Ids may be any text ("E123", "Finance Dept", "研发部A"): each is compared in its comparable
 * form, and answered as written.
 */
function prepare(candidates: Iterable<Candidate>): Prepared[] {
  return Array.from(candidates, (c) => ({
    id: c.id.length <= MAX_COMPARED_LENGTH ? comparable(c.id) : '',
    acronym: c.acronym === undefined ? undefined : comparable(c.acronym),
    written: c.id,
  })).filter((c) => c.id !== '');
}

function nearest(query: string, prepared: readonly Prepared[]): string | undefined {
  if (query.length === 0 || query.length > MAX_COMPARED_LENGTH) return undefined;
  const list = prepared.filter((c) => c.written !== query);
  const normal = comparable(query);
  if (normal === '') return undefined;

  const same = list.find((c) => c.id === normal || c.acronym === normal);
  if (same) return same.written;

  const queryWords = normal.split('-').slice(0, MAX_WORDS);
  const full = unique(list.filter((c) => abbreviates(queryWords, words(c.id), true)));
  if (full) return full.written;

  const limit = normal.length <= 2 ? 0 : normal.length <= 4 ? 1 : normal.length <= 10 ? 2 : 3;
  let best: (typeof list)[number] | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const distance = editDistance(normal, candidate.id, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best) return best.written;

  return unique(list.filter((c) => abbreviates(queryWords, words(c.id), false)))?.written;
}

/**
 * A name as names are compared: its words in lower case, without accents, joined by hyphens, in
 * any script ("NCI Agency", "nciAgency" and "nci-agency" are all "nci-agency"; "Отдел 1" is
 * "отдел-1").
 */
function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join('-');
}

/** ` (did you mean "x"?)` for a message, or "" when nothing is close. */
export function didYouMeanText(query: string, candidates: Iterable<Candidate>): string {
  const match = didYouMean(query, candidates);
  return match === undefined ? '' : ` (did you mean ${quote(match)}?)`;
}

/**
 * How many candidates the suggestions for one model may compare in all. Each suggestion compares
 * the name with every candidate (about 1 µs each), so a model whose 100,000 references all named
 * missing bodies among 50,000 would take hours; this is about a second. Past it, unknown names
 * are still reported, without a suggestion.
 */
export const MAX_SUGGESTION_COMPARISONS = 1_000_000;

/**
 * didYouMean for every unknown name of one model, within MAX_SUGGESTION_COMPARISONS in all:
 * `undefined` once that many candidates have been compared.
 */
export function suggester(max = MAX_SUGGESTION_COMPARISONS) {
  let left = max;
  // A model's unknown names are compared with the same list again and again: prepared once.
  const prepared = new WeakMap<readonly Candidate[], Prepared[]>();
  return (query: string, candidates: readonly Candidate[]): string | undefined => {
    if (candidates.length > left) return undefined;
    left -= candidates.length;
    const list = prepared.get(candidates) ?? prepare(candidates);
    prepared.set(candidates, list);
    return nearest(query, list);
  };
}

function unique<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function words(id: string): string[] {
  return id.split('-').slice(0, MAX_WORDS);
}

/**
 * Whether each query word stands for the next candidate word (as its prefix) or for the next few
 * candidate words (as their initials), in order. With `complete`, every candidate word must be used.
 */
function abbreviates(query: readonly string[], candidate: readonly string[], complete: boolean): boolean {
  const match = (q: number, c: number): boolean => {
    if (q === query.length) return !complete || c === candidate.length;
    const word = query[q]!;
    if (word === '' || c >= candidate.length) return false;
    if (candidate[c]!.startsWith(word) && match(q + 1, c + 1)) return true;
    if (word.length < 2 || c + word.length > candidate.length) return false;
    for (let i = 0; i < word.length; i++) if (candidate[c + i]![0] !== word[i]) return false;
    return match(q + 1, c + word.length);
  };
  return match(0, 0);
}

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours), giving up at `cap`:
 * the answer is exact below `cap` and `cap` otherwise.
 */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, cap);
}
