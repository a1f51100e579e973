import { OTHER_LANGUAGE_STOP_WORDS, STOP_WORDS } from './text/stopwords';
import { tokenize } from './text/tokenize';

/** Longest answer the evaluator grades. The app cuts longer pastes with fitAnswerLength(). */
export const MAX_ANSWER_CHARS = 20_000;

export type AnswerProblemCode = 'invalid-input' | 'empty' | 'too-long' | 'no-words' | 'not-english';

/** Why an answer cannot be graded, with a message a candidate can act on. */
export class EvaluatorInputError extends Error {
  override readonly name = 'EvaluatorInputError';
  constructor(
    readonly code: AnswerProblemCode,
    message: string,
  ) {
    super(message);
  }
}

export type AnswerCheck = { ok: true } | { ok: false; code: AnswerProblemCode; message: string };

// Words that are function words elsewhere but ordinary English words too.
const SHARED_WITH_ENGLISH = new Set([
  'die',
  'con',
  'per',
  'non',
  'ma',
  'den',
  'war',
  'also',
  'son',
  'come',
  'men',
  'fast',
  'hat',
  'lo',
  'al',
  'sale',
  'sure',
  'pas',
  'ce',
  'est',
  'ha',
]);
const OTHER_ONLY = new Set(
  [...OTHER_LANGUAGE_STOP_WORDS].filter((w) => !STOP_WORDS.has(w) && !SHARED_WITH_ENGLISH.has(w)),
);

/**
 * Decides whether an answer can be graded. Cheap heuristics on purpose: letters mostly in Latin
 * script, and English function words outnumbering those of other common languages.
 */
export function checkAnswer(answer: string): AnswerCheck {
  if (answer.trim().length === 0) {
    return {
      ok: false,
      code: 'empty',
      message: 'Your answer is empty. Type or record an answer, then submit it for feedback.',
    };
  }
  if (answer.length > MAX_ANSWER_CHARS) {
    return {
      ok: false,
      code: 'too-long',
      message: `Your answer is ${formatCount(answer.length)} characters; answers are limited to ${formatCount(MAX_ANSWER_CHARS)}. Shorten it — an interview answer is rarely more than 600 words.`,
    };
  }
  const letters = answer.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) {
    return {
      ok: false,
      code: 'no-words',
      message:
        'Your answer has no words in it (only emoji, numbers or symbols). Write your answer in sentences to get feedback.',
    };
  }
  const latin = answer.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) {
    return { ok: false, code: 'not-english', message: notEnglishMessage };
  }
  const words = tokenize(answer).filter((t) => /\p{L}/u.test(t.lower));
  if (words.length >= 6) {
    const english = words.filter((t) => STOP_WORDS.has(t.lower)).length / words.length;
    const other = words.filter((t) => OTHER_ONLY.has(t.lower)).length / words.length;
    // A list of terms has no function words in any language: it is graded (and caught as a keyword
    // list) rather than turned away as a foreign language.
    const scarce = english < 0.05 && words.length >= 12 && !looksLikeTermList(answer, words.length);
    if ((other > english && other >= 0.12) || scarce) {
      return { ok: false, code: 'not-english', message: notEnglishMessage };
    }
  }
  return { ok: true };
}

function looksLikeTermList(answer: string, words: number): boolean {
  const fragments = answer.split(/[,.;:\n]+/u).filter((f) => /\p{L}/u.test(f)).length;
  return fragments > 0 && words / fragments <= 3.5;
}

const notEnglishMessage =
  'This answer does not look like English. The offline evaluator only grades English answers, so it would give you misleading grammar and content feedback — please answer in English.';

export interface FittedAnswer {
  text: string;
  truncated: boolean;
  originalLength: number;
  /** For the app to show when the answer was cut; null when nothing was removed. */
  message: string | null;
}

/**
 * Cuts an over-long paste to the limit at the last sentence end (or word break) before it, so
 * the candidate keeps whole sentences, and says what happened.
 */
export function fitAnswerLength(text: string, max: number = MAX_ANSWER_CHARS): FittedAnswer {
  if (text.length <= max) return { text, truncated: false, originalLength: text.length, message: null };
  const head = text.slice(0, max + 1);
  let cut = -1;
  for (const m of head.matchAll(/[.!?](?=\s)/gu)) if (m.index + 1 <= max) cut = m.index + 1;
  if (cut < max * 0.8) {
    const space = head.lastIndexOf(' ', max);
    cut = space > max * 0.8 ? space : max;
  }
  // Never split a surrogate pair (an emoji) in half.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const kept = text.slice(0, cut).trimEnd();
  return {
    text: kept,
    truncated: true,
    originalLength: text.length,
    message: `Your answer was ${formatCount(text.length)} characters, over the ${formatCount(max)}-character limit. Only the first ${formatCount(kept.length)} characters were kept (up to the last full sentence); the rest was not evaluated.`,
  };
}

/** 50000 → "50,000" without depending on the machine's locale. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
