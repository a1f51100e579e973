import { QUESTION_FILLER_WORDS } from '../text/stopwords';
import { tokenize } from '../text/tokenize';
import { cosine, meaningOfWords, type Meaning } from './meaning';
import type { WordVectors } from './word-vectors';

/**
 * Meaning-based checks over the shipped word vectors: how close an answer is to the question it
 * was asked compared with the bank's other questions (the off-topic baseline), and which sentence
 * best matches a key point. Built once per evaluator (milliseconds); every call is pure.
 *
 * Vectors are centred on the bank's average before comparing: averaged word vectors of any two
 * interview texts are similar ("team", "customer", "time"), and what tells topics apart is how a
 * text differs from that average.
 */
export interface SemanticModel {
  meaning(text: string, skipQuestionWords?: boolean): Meaning | null;
  /** How much `answer` is about the question rather than another one; null when it cannot tell. */
  relevance(question: { text: string; context: string | null }, answer: Meaning): SemanticRelevance | null;
}

export interface SemanticRelevance {
  /** 0–1. */
  score: number;
  /** Similarity to this question minus the 90th percentile of its similarity to the others. */
  margin: number;
  /** Bank questions whose model answers stood in for a free-text question's missing context. */
  borrowedFrom: string[];
}

interface BaselineEntry {
  text: string;
  question: Meaning | null;
  full: Meaning | null;
}

/** A free-text question this close to a bank question borrows that question's model answer and key points. */
const BORROW_SIMILARITY = 0.6;
/** Margins from "no closer than to other questions" (0) to "clearly this question" (1). */
const MARGIN_LOW = -0.02;
const MARGIN_SPAN = 0.14;

export function createSemanticModel(vectors: WordVectors): SemanticModel {
  const raw = (text: string, skipQuestionWords: boolean): Meaning | null =>
    meaningOfWords(
      vectors,
      tokenize(text)
        .map((t) => t.lower)
        .filter((w) => !skipQuestionWords || !QUESTION_FILLER_WORDS.has(w)),
    );
  const rawBaseline = vectors.baseline.map((b) => raw(`${b.text} ${b.context}`, true));
  const centre = new Float32Array(vectors.dimensions);
  let n = 0;
  for (const v of rawBaseline) {
    if (!v) continue;
    n++;
    for (let i = 0; i < centre.length; i++) centre[i] = (centre[i] ?? 0) + (v[i] ?? 0);
  }
  for (let i = 0; i < centre.length; i++) centre[i] = (centre[i] ?? 0) / Math.max(1, n);

  const centred = (v: Meaning | null): Meaning | null => {
    if (!v) return null;
    const out = new Float32Array(v.length);
    let norm = 0;
    for (let i = 0; i < v.length; i++) {
      const x = (v[i] ?? 0) - (centre[i] ?? 0);
      out[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return null;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / norm;
    return out;
  };
  const meaning = (text: string, skipQuestionWords = false): Meaning | null => centred(raw(text, skipQuestionWords));

  const baseline: BaselineEntry[] = vectors.baseline.map((b, i) => ({
    text: b.text,
    question: meaning(b.text, true),
    full: centred(rawBaseline[i] ?? null),
  }));

  function marginAgainstBaseline(
    answer: Meaning,
    target: Meaning,
    full: boolean,
    skip: ReadonlySet<string>,
  ): number | null {
    const others: number[] = [];
    for (const b of baseline) {
      const v = full ? b.full : b.question;
      if (v && !skip.has(b.text)) others.push(cosine(answer, v));
    }
    if (others.length < 20) return null;
    others.sort((x, y) => y - x);
    const p90 = others[Math.floor(others.length * 0.1)] ?? 0;
    return cosine(answer, target) - p90;
  }

  return {
    meaning,
    relevance(question, answer) {
      const own = meaning(question.text, true);
      let context = question.context;
      const borrowedFrom: string[] = [];
      if (context === null && own) {
        // A free-text question borrows the context of the bank questions that ask the same thing.
        const near = baseline
          .map((b, i) => ({ b, i, s: b.question ? cosine(own, b.question) : -1 }))
          .filter((x) => x.s >= BORROW_SIMILARITY)
          .sort((x, y) => y.s - x.s)
          .slice(0, 2);
        if (near.length > 0) {
          context = near.map((x) => vectors.baseline[x.i]?.context ?? '').join(' ');
          for (const x of near) borrowedFrom.push(x.b.text);
        }
      }
      const skip = new Set([question.text, ...borrowedFrom]);
      // Against the question with its context (model answer, key points) when it has one: the
      // question's words alone are too few to tell its topic from the others'.
      const margins: number[] = [];
      const full = context === null ? null : meaning(`${question.text} ${context}`, true);
      const target = full ?? own;
      const m = target ? marginAgainstBaseline(answer, target, full !== null, skip) : null;
      if (m !== null) margins.push(m);
      if (margins.length === 0) return null;
      const margin = Math.max(...margins);
      const score = Math.max(0, Math.min(1, (margin - MARGIN_LOW) / MARGIN_SPAN));
      return { score: Math.round(score * 100) / 100, margin: Math.round(margin * 1000) / 1000, borrowedFrom };
    },
  };
}
