import type { ProfileKeyPoint } from '../question-profile';
import { contentConcepts } from '../question-profile';
import type { Sentence } from '../text/tokenize';

export interface KeyPointResult {
  text: string;
  covered: boolean;
  /** 1 when covered; partial credit for a point only touched on, used in the content score. */
  score: number;
  evidence?: string;
  derived: boolean;
}

/** Concept positions in the answer, built once per answer and shared by every key point. */
export type ConceptIndex = ReadonlyMap<string, readonly number[]>;

export function indexConcepts(concepts: ReadonlyArray<string | null>): ConceptIndex {
  const index = new Map<string, number[]>();
  concepts.forEach((c, i) => {
    if (c === null) return;
    const list = index.get(c);
    if (list) list.push(i);
    else index.set(c, [i]);
  });
  return index;
}

// A cue phrase matches when all of its content words occur close together, in any order, so
// "reduced the churn" still meets the cue "churn reduction".
const PHRASE_SLACK = 4;

export function matchKeyPoints(
  keyPoints: readonly ProfileKeyPoint[],
  index: ConceptIndex,
  sentences: readonly Sentence[],
): KeyPointResult[] {
  const sentenceOf = (tokenIndex: number): Sentence | undefined =>
    sentences.find((s) => tokenIndex >= s.firstToken && tokenIndex < s.endToken);

  return keyPoints.map((kp) => {
    for (const cue of kp.cues) {
      const concepts = contentConcepts(cue);
      if (concepts.length === 0) continue;
      const at = findPhrase(concepts, index);
      if (at !== null) return covered(kp, sentenceOf(at)?.text);
    }
    // The point's own wording: enough of its content words in one sentence and its neighbours.
    const concepts = [...new Set(contentConcepts(kp.text, true))];
    if (concepts.length === 0) return { text: kp.text, covered: false, score: 0, derived: kp.derived };
    let best = 0;
    let bestSentence: Sentence | undefined;
    sentences.forEach((s, i) => {
      const from = sentences[i - 1]?.firstToken ?? s.firstToken;
      const to = sentences[i + 1]?.endToken ?? s.endToken;
      let hits = 0;
      for (const c of concepts) {
        if ((index.get(c) ?? []).some((p) => p >= from && p < to)) hits++;
      }
      if (hits > best) {
        best = hits;
        bestSentence = s;
      }
    });
    const needed = concepts.length === 1 ? 1 : Math.max(2, Math.ceil(concepts.length * 0.5));
    if (best >= needed) return covered(kp, bestSentence?.text);
    return { text: kp.text, covered: false, score: (best / concepts.length) * 0.5, derived: kp.derived };
  });

  function covered(kp: ProfileKeyPoint, evidence: string | undefined): KeyPointResult {
    const result: KeyPointResult = { text: kp.text, covered: true, score: 1, derived: kp.derived };
    if (evidence !== undefined) result.evidence = evidence;
    return result;
  }
}

/** Token position of the first place where all concepts occur within a small window, or null. */
function findPhrase(concepts: readonly string[], index: ConceptIndex): number | null {
  const unique = [...new Set(concepts)];
  const lists = unique.map((c) => index.get(c) ?? []);
  if (lists.some((l) => l.length === 0)) return null;
  const [first, ...rest] = lists;
  if (!first) return null;
  const window = unique.length + PHRASE_SLACK;
  for (const p of first) {
    if (rest.every((l) => l.some((q) => Math.abs(q - p) <= window))) return p;
  }
  return null;
}
