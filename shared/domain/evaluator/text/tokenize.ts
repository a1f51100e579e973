/** A word in the answer, with its character offsets so findings can be highlighted in place. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  /** Position in the token list. */
  index: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the first token inside this sentence and one past the last. */
  firstToken: number;
  endToken: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The word count every screen shows: the evaluator's own tokens, so the stats, the comparison
 * and the feedback agree on the same answer.
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase().replace(/’/g, "'"),
      start,
      end: start + match[0].length,
      index: tokens.length,
    });
  }
  return tokens;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'vs',
  'approx',
  'inc',
  'ltd',
  'jr',
  'sr',
  'st',
  'no',
]);

// Spoken transcripts often arrive without punctuation; a "sentence" longer than this is split
// at clause boundaries so STAR detection still sees separate steps.
const MAX_SENTENCE_WORDS = 45;
const CLAUSE_BREAK =
  /(?:[;:]|,)\s+(?=(?:so|then|and then|but|after that|afterwards|finally|eventually|as a result|in the end|next)\b)|\s+(?=(?:and then|after that|as a result|in the end)\b)/giu;

const SPOKEN_BREAK = /\s+(?=(?:so|but|and then|and now|then|after that|as a result|in the end)\s)/giu;

/** Splits text into sentences with offsets. Newlines always end a sentence. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const boundary = /([.!?…]+)(["'”’)\]]*)(?=\s|$)|\n+/gu;
  for (const match of text.matchAll(boundary)) {
    const punct = match[1];
    const end = match.index + match[0].length;
    if (punct === '.') {
      const before = text.slice(Math.max(start, match.index - 6), match.index).toLowerCase();
      const lastWord = /([a-z.]+)$/.exec(before)?.[1] ?? '';
      if (ABBREVIATIONS.has(lastWord)) continue;
    }
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);

  const sentences: Sentence[] = [];
  let tokenCursor = 0;
  for (const [rawStart, rawEnd] of spans) {
    for (const [s, e] of splitLongClause(text, rawStart, rawEnd, tokens)) {
      const trimmed = trimSpan(text, s, e);
      if (trimmed === null) continue;
      while (tokenCursor < tokens.length && (tokens[tokenCursor]?.start ?? 0) < trimmed[0]) tokenCursor++;
      const firstToken = tokenCursor;
      while (tokenCursor < tokens.length && (tokens[tokenCursor]?.end ?? 0) <= trimmed[1]) tokenCursor++;
      if (tokenCursor === firstToken) continue; // punctuation or emoji only
      sentences.push({
        text: text.slice(trimmed[0], trimmed[1]),
        start: trimmed[0],
        end: trimmed[1],
        firstToken,
        endToken: tokenCursor,
      });
    }
  }
  return sentences;
}

function splitLongClause(text: string, start: number, end: number, tokens: readonly Token[]): Array<[number, number]> {
  const words = tokens.filter((t) => t.start >= start && t.end <= end).length;
  if (words <= MAX_SENTENCE_WORDS) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  let cursor = start;
  const slice = text.slice(start, end);
  // A transcript with no punctuation at all still has spoken joints: "…so we…", "…and now…".
  const breaks = /[,;:.]/u.test(slice) ? CLAUSE_BREAK : SPOKEN_BREAK;
  for (const match of slice.matchAll(breaks)) {
    const at = start + match.index;
    if (at - cursor < 40) continue; // avoid splitting off tiny fragments
    pieces.push([cursor, at]);
    cursor = at;
  }
  pieces.push([cursor, end]);
  return pieces;
}

function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return s < e ? [s, e] : null;
}

/**
 * Words per sentence as the candidate punctuated them, before long sentences are split into
 * clauses: this is what tells a run-on answer from a structured one.
 */
export function punctuatedSentenceLengths(text: string, tokens: readonly Token[]): number[] {
  const lengths: number[] = [];
  let count = 0;
  let cursor = 0;
  for (const t of tokens) {
    if (/[.!?…]\s|\n/u.test(text.slice(cursor, t.start)) && count > 0) {
      lengths.push(count);
      count = 0;
    }
    count++;
    cursor = t.end;
  }
  if (count > 0) lengths.push(count);
  return lengths;
}

/** Curly apostrophes as straight ones. Same length, so offsets found in the result still hold. */
export function foldQuotes(text: string): string {
  return text.replace(/[’‘]/gu, "'");
}
