/**
 * Evidence checking: every quote in a model must be a verbatim part of its source text, so that
 * a reader can find the sentence a line rests on. Pure functions over already-parsed data; the
 * command line lives in `check-evidence.ts`.
 */
import { childPath } from '../model/json-pointer.js';

/** One evidence string and where it is written in the model. */
export interface EvidenceQuote {
  /** JSON Pointer to the string: `/entities/3/evidence/0` or `/relations/12/evidence`. */
  path: string;
  quote: string;
}

/** A line of the source that looks like what a missing quote meant to copy. */
export interface NearMatch {
  /** 1-based line number in the source text. */
  line: number;
  text: string;
  /**
   * The quote is found once typographic quotes, dashes and non-breaking spaces are read as their
   * plain forms: the usual way a copied quote goes wrong.
   */
  differsOnlyInPunctuation: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every evidence string in a model, in document order. Takes unvalidated data so that the
 * checker can run before (or without) schema validation; anything not shaped like evidence is
 * skipped, since reporting it is the schema's job.
 */
export function evidenceQuotes(model: unknown): EvidenceQuote[] {
  const quotes: EvidenceQuote[] = [];
  if (!isRecord(model)) return quotes;
  const { entities, relations } = model;
  if (Array.isArray(entities)) {
    entities.forEach((entity: unknown, index) => {
      if (!isRecord(entity) || !Array.isArray(entity.evidence)) return;
      const base = childPath(childPath('/entities', index), 'evidence');
      entity.evidence.forEach((quote: unknown, position) => {
        if (typeof quote === 'string') quotes.push({ path: childPath(base, position), quote });
      });
    });
  }
  if (Array.isArray(relations)) {
    relations.forEach((relation: unknown, index) => {
      if (!isRecord(relation) || typeof relation.evidence !== 'string') return;
      quotes.push({ path: childPath(childPath('/relations', index), 'evidence'), quote: relation.evidence });
    });
  }
  return quotes;
}

/**
 * The quotes of `model` that are not exact substrings of one line of `sourceText`. A quote
 * spanning lines is refused even when it matches: evidence should point at one statement.
 */
export function checkEvidence(model: unknown, sourceText: string): EvidenceQuote[] {
  return evidenceQuotes(model).filter(
    ({ quote }) => quote.length === 0 || /[\r\n]/.test(quote) || !sourceText.includes(quote),
  );
}

/** Reads typographic punctuation and odd spaces as their plain forms, and folds case. */
function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .toLowerCase();
}

function words(text: string): Set<string> {
  return new Set(plain(text).match(/[a-z0-9]+/g) ?? []);
}

/**
 * The source line most like `quote`: the one containing it once punctuation is made plain, or
 * else the one sharing the most of its words. Linear in the size of the source, which keeps it
 * cheap enough to run for every failure. `undefined` when no line shares a word.
 */
export function nearestLine(sourceText: string, quote: string): NearMatch | undefined {
  const lines = sourceText.split(/\r?\n/);
  const wanted = plain(quote).trim();
  const index = wanted === '' ? -1 : lines.findIndex((line) => plain(line).includes(wanted));
  if (index >= 0) return { line: index + 1, text: lines[index] ?? '', differsOnlyInPunctuation: true };

  const quoteWords = words(quote);
  let best: NearMatch | undefined;
  let bestShared = 0;
  lines.forEach((line, i) => {
    let shared = 0;
    for (const word of words(line)) if (quoteWords.has(word)) shared++;
    if (shared > bestShared) {
      bestShared = shared;
      best = { line: i + 1, text: line, differsOnlyInPunctuation: false };
    }
  });
  return best;
}
