import type { ProfileKeyPoint } from '../question-profile';
import { contentConcepts } from '../question-profile';
import { isCommonConcept } from '../text/common-words';
import type { Sentence } from '../text/tokenize';
import { cosine, type Meaning } from '../semantics/meaning';

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

/** Meaning of each sentence and of each key point, when the word vectors are loaded. */
export interface KeyPointMeanings {
  sentences: ReadonlyArray<Meaning | null>;
  keyPoint(kp: ProfileKeyPoint): Meaning | null;
}

/** A sentence this close in meaning to a key point covers it, whatever its words. */
export const KEY_POINT_COVERED = 0.55;
/** Below this similarity no sentence is quoted as meaning the key point. */
export const KEY_POINT_QUOTABLE = 0.3;

export function matchKeyPoints(
  keyPoints: readonly ProfileKeyPoint[],
  index: ConceptIndex,
  sentences: readonly Sentence[],
  meanings: KeyPointMeanings | null = null,
  questionConcepts: ReadonlySet<string> = new Set(),
): KeyPointResult[] {
  return keyPoints.map((kp) => {
    const lexical = matchByWords(kp, index, sentences, questionConcepts);
    const cueHits = sentencesWithCues(kp, index, sentences);
    const target = meanings?.keyPoint(kp) ?? null;
    // Each sentence's match to the point: its meaning, plus a bonus when it holds one of the cues.
    const sims = sentences.map((_, i) => {
      const m = meanings?.sentences[i];
      return target && m ? cosine(m, target) : 0;
    });
    const match = sims.map(
      (sim, i) => sim + (cueHits[i] ? CUE_BONUS : 0) + (cueHits[i] ? pointWordShare(kp, index, sentences[i]) * 0.1 : 0),
    );
    let bestAt = -1;
    match.forEach((m, i) => {
      if (bestAt === -1 || m > (match[bestAt] ?? 0)) bestAt = i;
    });
    const best = bestAt === -1 ? 0 : (sims[bestAt] ?? 0);
    const bestSim = Math.max(0, ...sims);
    const covered = lexical.covered || (target !== null && bestSim >= KEY_POINT_COVERED);
    const semanticScore = target ? Math.max(0, Math.min(1, (bestSim - 0.25) / (KEY_POINT_COVERED - 0.25))) : 0;
    const result: KeyPointResult = {
      text: kp.text,
      covered,
      score: covered ? 1 : Math.max(lexical.score, semanticScore * 0.8),
      derived: kp.derived,
    };
    // The quote is the sentence that best matches the point — by meaning, and by holding its cues —
    // not the first one that shares a word with it; none when nothing matches well enough.
    const quotable = bestAt !== -1 && (cueHits[bestAt] === true || best >= KEY_POINT_QUOTABLE);
    const quote = quotable ? sentences[bestAt]?.text : lexical.evidence;
    if (covered && quote !== undefined) result.evidence = quote;
    return result;
  });
}

/** Added to a sentence's similarity when it holds one of the point's cue phrases. */
const CUE_BONUS = 0.15;

/** For each sentence: does it hold one of the key point's cue phrases? */
function sentencesWithCues(kp: ProfileKeyPoint, index: ConceptIndex, sentences: readonly Sentence[]): boolean[] {
  const hits = sentences.map(() => false);
  for (const cue of kp.cues) {
    const concepts = [...new Set(contentConcepts(cue))];
    if (concepts.length === 0) continue;
    for (const p of phrasePositions(concepts, index)) {
      const i = sentences.findIndex((s) => p >= s.firstToken && p < s.endToken);
      if (i !== -1) hits[i] = true;
    }
  }
  return hits;
}

/** Share of the point's own content words that a sentence uses. */
function pointWordShare(kp: ProfileKeyPoint, index: ConceptIndex, s: Sentence | undefined): number {
  if (!s) return 0;
  const concepts = [...new Set(contentConcepts(kp.text, true))];
  if (concepts.length === 0) return 0;
  const inside = concepts.filter((c) => (index.get(c) ?? []).some((p) => p >= s.firstToken && p < s.endToken));
  return inside.length / concepts.length;
}

function matchByWords(
  kp: ProfileKeyPoint,
  index: ConceptIndex,
  sentences: readonly Sentence[],
  questionConcepts: ReadonlySet<string>,
): KeyPointResult {
  const sentenceOf = (tokenIndex: number): Sentence | undefined =>
    sentences.find((s) => tokenIndex >= s.firstToken && tokenIndex < s.endToken);
  {
    // A cue that is one everyday word ("data", "team") is weak evidence on its own: it covers the
    // point only if another of the point's words is used nearby.
    let weak: { at: number; concept: string } | null = null;
    for (const cue of kp.cues) {
      const concepts = contentConcepts(cue);
      if (concepts.length === 0) continue;
      const at = findPhrase(concepts, index);
      if (at === null) continue;
      const only = concepts.length === 1 ? concepts[0] : undefined;
      // A derived point's cues are the question's own words, so they are never weak.
      // So is the question's own topic word ("index" for a question about indexes): every answer says it.
      const weakCue = only !== undefined && (isCommonConcept(only) || questionConcepts.has(only));
      if (kp.derived || !weakCue) return covered(kp, sentenceOf(at)?.text);
      if (only !== undefined && sentenceOf(at) && actsOn(sentenceOf(at)?.text ?? '', cue)) {
        return covered(kp, sentenceOf(at)?.text);
      }
      if (only !== undefined) weak ??= { at, concept: only };
    }
    if (weak !== null) {
      const sentence = sentenceOf(weak.at);
      const i = sentence ? sentences.indexOf(sentence) : -1;
      const from = sentences[i - 1]?.firstToken ?? sentence?.firstToken ?? weak.at;
      const to = sentences[i + 1]?.endToken ?? sentence?.endToken ?? weak.at + 1;
      const others = new Set([...kp.cues.flatMap((c) => contentConcepts(c)), ...contentConcepts(kp.text, true)]);
      others.delete(weak.concept);
      const supported = [...others].some((c) => (index.get(c) ?? []).some((p) => p >= from && p < to));
      if (supported) return covered(kp, sentence?.text);
    }
    // The point's own wording: enough of its content words in one sentence and its neighbours.
    const concepts = [...new Set(contentConcepts(kp.text, true))];
    const weakScore = weak === null ? 0 : 0.4;
    if (concepts.length === 0) return { text: kp.text, covered: false, score: weakScore, derived: kp.derived };
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
    return {
      text: kp.text,
      covered: false,
      score: Math.max(weakScore, (best / concepts.length) * 0.5),
      derived: kp.derived,
    };
  }

  function covered(kp: ProfileKeyPoint, evidence: string | undefined): KeyPointResult {
    const result: KeyPointResult = { text: kp.text, covered: true, score: 1, derived: kp.derived };
    if (evidence !== undefined) result.evidence = evidence;
    return result;
  }
}

/**
 * The candidate is the one doing what the cue names: "we decided to cut", "I asked a colleague".
 * An everyday cue word then says what they did, not just what was around.
 */
function actsOn(sentence: string, cue: string): boolean {
  const word = cue
    .trim()
    .split(/\s+/u)[0]
    ?.toLowerCase()
    .replace(/[^a-z-]/gu, '');
  if (!word || word.length < 3) return false;
  const stemmed = word.replace(/(?:ed|ing|s)$/u, '');
  // The cue is the verb: "we cut", "I quickly planned", "we decided to cut" — not "we moved the data".
  return new RegExp(
    String.raw`\b(?:i|we)\s+(?:(?:also|then|first|quickly|jointly|together|decided to|had to|needed to|chose to|agreed to)\s+)?${stemmed}\w*`,
    'iu',
  ).test(sentence);
}

/** Token positions where all concepts occur within a small window. */
function phrasePositions(concepts: readonly string[], index: ConceptIndex): number[] {
  const lists = concepts.map((c) => index.get(c) ?? []);
  if (lists.some((l) => l.length === 0)) return [];
  const [first, ...rest] = lists;
  if (!first) return [];
  const window = concepts.length + PHRASE_SLACK;
  return first.filter((p) => rest.every((l) => l.some((q) => Math.abs(q - p) <= window)));
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
