import type { QuestionProfile } from '../question-profile';
import { isCommonConcept } from '../text/common-words';
import type { SemanticRelevance } from '../semantics/semantic-model';
import type { ConceptIndex } from './key-points';

/** Below this lexical relevance, with no support from meaning or key points, an answer is off-topic. */
export const OFF_TOPIC_LEXICAL = 0.35;
/** With word vectors, an answer is off-topic only when words and meaning both say so. */
export const OFF_TOPIC_WITH_MEANING = { lexical: 0.5, semantic: 0.35 } as const;

/**
 * Words and meaning together. Words miss a story told in the interviewer's terms rather than the
 * question's ("pick lists" for "process"); meaning misses a story from an unusual domain. Either
 * can show that an answer is on topic; it is off-topic only when neither does.
 */
export function combineRelevance(
  lexical: { score: number; missingQuestionConcepts: string[] },
  semantic: SemanticRelevance | null,
  /** Share of the question's own (not derived) key points covered; null when it has none. */
  keyPointShare: number | null,
): RelevanceResult {
  const share = keyPointShare ?? 0;
  if (semantic === null) {
    const offTopic = lexical.score < OFF_TOPIC_LEXICAL && share < 0.75;
    return { ...lexical, lexical: lexical.score, semantic, offTopic };
  }
  // With meaning to confirm it, half the key points covered is enough to call an answer on topic.
  const offTopic =
    lexical.score < OFF_TOPIC_WITH_MEANING.lexical && semantic.score < OFF_TOPIC_WITH_MEANING.semantic && share < 0.5;
  const score = offTopic
    ? (lexical.score + semantic.score) / 2
    : Math.max(lexical.score, 0.3 * lexical.score + 0.7 * semantic.score);
  return {
    score: Math.round(score * 100) / 100,
    missingQuestionConcepts: lexical.missingQuestionConcepts,
    lexical: lexical.score,
    semantic,
    offTopic,
  };
}

export interface RelevanceResult {
  /** 0–1: how much the answer is about what was asked. */
  score: number;
  /** By the words the answer shares with the question, its key points and its topic. */
  lexical: number;
  /** By meaning against the bank's other questions; null without word vectors. */
  semantic: SemanticRelevance | null;
  /** The answer is about something else: the overall score is gated and feedback says so. */
  offTopic: boolean;
  /** Question words the answer never touches, for the feedback message. */
  missingQuestionConcepts: string[];
}

/**
 * Relevance combines three views, each 0–1: how many of the question's own content words the
 * answer uses, how much of the key points' vocabulary it uses, and how much of the answer stays
 * within the topic's vocabulary at all. An off-topic answer fails all three.
 */
export function measureRelevance(
  profile: QuestionProfile,
  index: ConceptIndex,
  answerContentConcepts: readonly string[],
  questionWordsByConcept: ReadonlyMap<string, string>,
): { score: number; missingQuestionConcepts: string[] } {
  const q = [...profile.questionConcepts];
  const qHits = q.filter((c) => index.has(c));
  // Short questions have two or three content words and a good answer may rephrase one of them.
  const recallQ = q.length === 0 ? 0.6 : Math.min(1, qHits.length / Math.max(1, q.length * 0.6));

  // Key-point words that any answer would use say little; judge by the distinctive ones.
  const allK = [...profile.keyPointConcepts];
  const distinctive = allK.filter((c) => !isCommonConcept(c));
  const k = distinctive.length >= 3 ? distinctive : allK;
  const kHits = k.filter((c) => index.has(c)).length;
  // Nobody uses every word of every cue: a third of them already means the points are addressed.
  const recallK = k.length === 0 ? null : Math.min(1, kHits / Math.max(2, k.length * 0.3));

  // With key points the topic vocabulary is rich enough to judge by distinctive words alone, which
  // tells an answer to this question from a fluent answer to another one. A free-text question
  // has only its own words and the category's, so every word counts.
  const telling = allK.length > 0 ? answerContentConcepts.filter((c) => !isCommonConcept(c)) : answerContentConcepts;
  const inTopic = telling.filter((c) => profile.topicConcepts.has(c)).length;
  const density = telling.length === 0 ? 0 : inTopic / telling.length;
  const densityScore = Math.min(1, density / 0.22);

  const score =
    recallK === null ? 0.55 * recallQ + 0.45 * densityScore : 0.35 * recallQ + 0.35 * recallK + 0.3 * densityScore;
  const missingQuestionConcepts = q.filter((c) => !index.has(c)).map((c) => questionWordsByConcept.get(c) ?? c);
  return { score: Math.round(Math.min(1, score) * 100) / 100, missingQuestionConcepts };
}
