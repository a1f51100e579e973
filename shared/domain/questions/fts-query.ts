/**
 * Turns what a user typed into an SQLite FTS5 MATCH expression that can only ever mean "these
 * words". User text is never passed through as FTS syntax: each word is reduced to letters and
 * digits and wrapped in double quotes, so `"`, `*`, `NEAR(`, `AND`, `-`, `^` and column filters
 * (`text:`) are either dropped or searched for as plain words.
 */

// Words too common in interview questions to narrow a search; dropped unless nothing else is left.
const SEARCH_STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'do',
  'does',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'me',
  'my',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'we',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'with',
  'you',
  'your',
]);

const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;

export interface FtsQuery {
  /** Every word must match (the last one as a prefix, for search-as-you-type). */
  all: string;
  /** Any word may match: the fallback when no question has them all. */
  any: string;
  terms: string[];
}

/** The words of a search, lower-cased, letters and digits only; stop words dropped when others remain. */
export function searchTerms(input: string): string[] {
  const words = (
    input
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map((w) => w.slice(0, MAX_TERM_LENGTH));
  const content = words.filter((w) => !SEARCH_STOP_WORDS.has(w));
  const unique = [...new Set(content.length ? content : words)];
  return unique.slice(0, MAX_TERMS);
}

/** Null when the input holds no searchable word at all (only punctuation, operators or spaces). */
export function buildFtsQuery(input: string): FtsQuery | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  // Terms hold only letters and digits, so a double quote can never appear inside one.
  const quoted = terms.map((t) => `"${t}"`);
  const last = quoted.length - 1;
  const lastTerm = terms[last] ?? '';
  // A one-letter prefix would match half the bank; only prefix-match from two characters up.
  const withPrefix = quoted.map((q, i) => (i === last && lastTerm.length >= 2 ? `${q}*` : q));
  return { all: withPrefix.join(' AND '), any: withPrefix.join(' OR '), terms };
}
