import type { Analysis } from './analyze';
import { scoreDelivery, type DeliveryResult } from './measures/delivery';
import { per100 } from './measures/finding';
import { lengthFactor } from './measures/length';

export interface Scores {
  overall: number;
  content: number;
  structure: number;
  language: number;
  delivery: DeliveryResult | null;
  keyPointCoverage: number;
}

/** Below this relevance an answer is treated as off-topic: feedback says so and the score drops. */
export const OFF_TOPIC_RELEVANCE = 0.35;

/**
 * An answer that covers most of the question's own key points is on topic even when it shares few
 * words with the question ("improved a process" answered with "cut the time claims took").
 */
export function isOffTopic(a: Analysis): boolean {
  return a.relevance.score < OFF_TOPIC_RELEVANCE && !coversKeyPoints(a);
}
function coversKeyPoints(a: Analysis): boolean {
  const given = a.keyPoints.filter((k) => !k.derived);
  return given.length > 0 && given.filter((k) => k.covered).length / given.length >= 0.75;
}

export function scoreAnalysis(a: Analysis): Scores {
  const words = a.wordCount;
  const kpCount = a.keyPoints.length;
  const keyPointCoverage = kpCount === 0 ? 0 : a.keyPoints.filter((k) => k.covered).length / kpCount;
  const kpScore = kpCount === 0 ? 0.5 : a.keyPoints.reduce((s, k) => s + k.score, 0) / kpCount;

  // Content: what the answer says.
  const specificsTarget = Math.max(2, Math.round(words / 60));
  const specifics = clamp01(a.specifics.length / specificsTarget - Math.min(0.3, a.vague.length * 0.06));
  const derived = a.keyPoints.every((k) => k.derived);
  const content = derived
    ? 0.3 * kpScore + 0.3 * specifics + 0.4 * a.relevance.score
    : 0.45 * kpScore + 0.25 * specifics + 0.3 * a.relevance.score;

  // Structure: how it is told.
  let structure: number;
  const org = a.organization;
  if (a.profile.type === 'behavioral') {
    const s = a.star;
    structure =
      (s.situation.present || s.task.present ? 0.25 : 0) +
      (s.task.present ? 0.1 : 0) +
      (s.action.present ? 0.35 : 0) +
      (s.result.present ? 0.3 : 0);
    if (s.weActions >= 3 && s.iActions * 2 < s.weActions) structure -= 0.1;
  } else {
    const parts = org.parts.length === 0 ? 1 : org.parts.filter((p) => p.present).length / org.parts.length;
    const signposts = Math.min(1, org.signposts / 2);
    const outcome = a.star.result.present || org.parts.at(-1)?.present === true ? 1 : 0;
    structure = 0.5 * parts + 0.25 * signposts + 0.25 * outcome;
  }
  if (runOn(a)) structure -= 0.15;
  if (a.sentences.length < 3 && words > 60) structure -= 0.1;
  structure = clamp01(structure) * Math.min(1, words / (a.ideal.min * 0.6));

  // Language: how it reads.
  const grammarIssues = a.grammar?.length ?? 0;
  const language =
    100 -
    Math.min(45, per100(grammarIssues, words) * 9) -
    Math.min(35, Math.max(0, per100(a.fillers.length, words) - 1) * 5) -
    Math.min(15, Math.max(0, per100(a.hedges.length, words) - 1.5) * 4) -
    Math.min(45, a.negative.length * 15);

  const delivery = a.voice ? scoreDelivery(a.voice, per100(a.fillers.length, words), a.transcriptWpm) : null;

  const c = content * 100;
  const st = structure * 100;
  const l = Math.max(0, language);
  let overall = delivery ? 0.4 * c + 0.22 * st + 0.23 * l + 0.15 * delivery.score : 0.45 * c + 0.25 * st + 0.3 * l;
  overall *= lengthFactor(words, a.ideal);
  if (a.relevance.score < 0.45 && !coversKeyPoints(a)) overall *= 0.45 + a.relevance.score * (0.55 / 0.45);
  overall -= Math.min(20, a.negative.length * 6);

  return {
    overall: toScore(overall),
    content: toScore(c),
    structure: toScore(st),
    language: toScore(l),
    delivery,
    keyPointCoverage: Math.round(keyPointCoverage * 100) / 100,
  };
}

/** One sentence carrying much of the answer reads as a wall of words. */
export function runOn(a: Analysis): boolean {
  return (
    a.organization.longestSentenceWords > 60 || (a.sentences.length > 0 && a.organization.averageSentenceWords > 35)
  );
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}
function toScore(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
