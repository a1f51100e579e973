import type { Analysis } from './analyze';
import { heardSpeech } from '../voice/speech-presence';
import { briefDelivery, scoreDelivery, type DeliveryResult } from './measures/delivery';
import { per100 } from './measures/finding';
import { brevityFactor, lengthFactor } from './measures/length';

export interface Scores {
  overall: number;
  content: number;
  structure: number;
  language: number;
  delivery: DeliveryResult | null;
  keyPointCoverage: number;
}

/** The answer is about something else (see measures/relevance.ts). */
export function isOffTopic(a: Analysis): boolean {
  return a.relevance.offTopic;
}

/**
 * What an overall score means to an interviewer. Shown in the UI next to the score, and the
 * reason for the caps below: an answer caught gaming the checks cannot be "solid".
 */
export const SCORE_BANDS = [
  { min: 90, label: 'Excellent', meaning: 'Would stand out: specific, well told, fully answers the question.' },
  { min: 75, label: 'Strong', meaning: 'A hire-level answer: clear, relevant and backed by real detail.' },
  { min: 60, label: 'Acceptable', meaning: 'Answers the question, but an interviewer would probe for more detail.' },
  { min: 40, label: 'Weak', meaning: 'Too vague or incomplete to count in your favour.' },
  { min: 0, label: 'Not an answer yet', meaning: 'Off the question, empty of content, or written to game the checks.' },
] as const;

export type ScoreBand = (typeof SCORE_BANDS)[number];

export function scoreBand(overall: number): ScoreBand {
  return SCORE_BANDS.find((b) => overall >= b.min) ?? SCORE_BANDS[4];
}

/**
 * What the local check cannot judge, for the UI to say next to the score: it reads how a
 * technical or design answer is explained, not whether its facts are right.
 */
export function factsNotChecked(questionType: string): string | null {
  return questionType === 'technical' || questionType === 'design'
    ? 'The local check does not verify technical facts: it scores how clearly and concretely you explain, not whether the explanation is correct.'
    : null;
}

/** Highest overall score for an answer a gaming guard caught, or one that insults people. */
export const CAUGHT_CAP = 55;

function coversKeyPoints(a: Analysis): boolean {
  const given = a.keyPoints.filter((k) => !k.derived);
  return given.length > 0 && given.filter((k) => k.covered).length / given.length >= 0.75;
}

export function scoreAnalysis(a: Analysis): Scores {
  const words = a.wordCount;
  const kpCount = a.keyPoints.length;
  const keyPointCoverage = kpCount === 0 ? 0 : a.keyPoints.filter((k) => k.covered).length / kpCount;
  let kpScore = kpCount === 0 ? 0.5 : a.keyPoints.reduce((s, k) => s + k.score, 0) / kpCount;
  // A free-text question's "key points" are only its own words; an answer that means what the
  // question asks addresses them whatever words it uses.
  const semantic = a.relevance.semantic;
  if (semantic && a.keyPoints.every((k) => k.derived)) kpScore = Math.max(kpScore, 0.8 * semantic.score);

  // Content: what the answer says.
  const specificsTarget = Math.max(2, Math.round(words / 60));
  const specifics = clamp01(a.specifics.length / specificsTarget - Math.min(0.3, a.vague.length * 0.06));
  const concrete = concreteShare(a);
  const derived = a.keyPoints.every((k) => k.derived);
  let content = derived
    ? 0.25 * kpScore + 0.3 * specifics + 0.3 * a.relevance.score + 0.15 * concrete
    : 0.4 * kpScore + 0.22 * specifics + 0.23 * a.relevance.score + 0.15 * concrete;
  // Stand-ins for detail ("some impact", "best practices") cover points without saying anything.
  content *= 1 - Math.min(0.3, 0.1 * Math.max(0, per100(a.vague.length, words) - 0.5));
  // What a guard caught is not content: a list of key terms "covers" every key point.
  for (const g of a.gaming) content *= 1 - 0.6 * g.severity;

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
  let language =
    100 -
    Math.min(45, per100(grammarIssues, words) * 9) -
    Math.min(35, Math.max(0, per100(a.fillers.length, words) - 1) * 5) -
    Math.min(15, Math.max(0, per100(a.hedges.length, words) - 1.5) * 4) -
    Math.min(45, a.negative.length * 15) -
    (a.shouting ? 40 : 0);
  language *= brevityFactor(words);

  // A recording with no speech has no delivery to score (its pace would read 0 words per minute).
  const delivery =
    a.voice && heardSpeech(a.voice)
      ? briefDelivery(scoreDelivery(a.voice, per100(a.fillers.length, words), a.transcriptWpm), words)
      : null;

  const c = content * 100;
  const st = structure * 100;
  const l = Math.max(0, language);
  // Structure and language are easy to get right with nothing to say, so they count only as far
  // as the content earns them: an answer with no content cannot be carried by its form.
  const earned = clamp01((c - 25) / 45);
  let overall = delivery
    ? 0.45 * c + earned * (0.2 * st + 0.2 * l + 0.15 * delivery.score)
    : 0.5 * c + earned * (0.25 * st + 0.25 * l);
  overall *= lengthFactor(words, a.ideal);
  // Relevance is a gate: a fluent answer to another question is not a partly good answer.
  const gated = a.relevance.semantic === null ? a.relevance.score < 0.45 && !coversKeyPoints(a) : a.relevance.offTopic;
  if (gated) overall *= 0.3 + Math.min(0.45, a.relevance.score) * (0.7 / 0.45);
  overall -= Math.min(30, a.negative.length * 8);
  const caught = a.gaming.some((g) => g.severity >= 0.5) || a.negative.length >= 2;
  if (caught) overall = Math.min(overall, CAUGHT_CAP);

  return {
    overall: toScore(overall),
    content: toScore(c),
    structure: toScore(st),
    language: toScore(l),
    delivery,
    keyPointCoverage: Math.round(keyPointCoverage * 100) / 100,
  };
}

/** Share of sentences that carry a concrete detail, scaled so half of them is full marks. */
function concreteShare(a: Analysis): number {
  if (a.sentences.length === 0) return 0;
  const withDetail = a.sentences.filter((s) => a.specifics.some((f) => f.start >= s.start && f.end <= s.end)).length;
  return clamp01(withDetail / a.sentences.length / 0.5);
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
