import { STOP_WORDS } from '../text/stopwords';
import { tokenize } from '../text/tokenize';
import type { WordVectors } from './word-vectors';

/**
 * Meaning of a text as the weighted average of its words' vectors. Frequent words say less about
 * the topic, so each word is weighted by a / (a + p(word)) with p from its frequency rank (Zipf's
 * law): "the" counts for almost nothing, "warehouse" almost fully. Stop words are skipped.
 */
export type Meaning = Float32Array;

const SMOOTHING = 1e-3;

export function meaningOf(vectors: WordVectors, text: string): Meaning | null {
  return meaningOfWords(
    vectors,
    tokenize(text).map((t) => t.lower),
  );
}

export function meaningOfWords(vectors: WordVectors, words: readonly string[]): Meaning | null {
  const out = new Float32Array(vectors.dimensions);
  const harmonic = Math.log(vectors.size) + 0.58;
  let used = 0;
  for (const raw of words) {
    if (STOP_WORDS.has(raw) || raw.length < 2 || /^\d+$/u.test(raw)) continue;
    const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    const rank = vectors.rank(word);
    if (rank < 0) continue;
    const p = 1 / ((rank + 1) * harmonic);
    vectors.addTo(out, rank, SMOOTHING / (SMOOTHING + p));
    used++;
  }
  return used === 0 ? null : normalize(out);
}

function normalize(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n === 0) return v;
  for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) / n;
  return v;
}

export function cosine(a: Meaning, b: Meaning): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}
