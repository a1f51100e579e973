import type { QuestionType } from '../../questions/bank-schema';

/**
 * Ideal answer length in words by question type: about one to two and a half minutes spoken
 * at 140 words per minute for stories, less for a motivation question.
 */
export const IDEAL_WORDS: Readonly<Record<QuestionType, { min: number; max: number }>> = {
  behavioral: { min: 130, max: 320 },
  situational: { min: 90, max: 260 },
  technical: { min: 70, max: 260 },
  design: { min: 140, max: 420 },
  motivational: { min: 70, max: 220 },
  case: { min: 100, max: 300 },
};

/** Below this share of the ideal minimum an answer is "too short" and says so in feedback. */
export const TOO_SHORT_RATIO = 0.6;
/** Above this multiple of the ideal maximum an answer is "too long". */
export const TOO_LONG_RATIO = 1.6;

/**
 * Multiplier on the overall score for length: 1 from the "too short" line up to twice the ideal
 * maximum, less below it. A concise answer (70–90 words for a story) is not penalised for its
 * length: if it is thin, its content score says so.
 */
export function lengthFactor(words: number, ideal: { min: number; max: number }): number {
  const enough = ideal.min * TOO_SHORT_RATIO;
  if (words >= enough) return words > ideal.max * 2 ? 0.9 : 1;
  return 0.35 + 0.65 * Math.pow(words / enough, 0.8);
}

/**
 * Multiplier on the form sub-scores (language, delivery) of very short answers: "I did it." has
 * no mistakes in it and may be said at a perfect pace, but shows nothing of how the candidate
 * writes or speaks, so it cannot earn top marks for either. Full credit from BRIEF_WORDS words.
 */
export const BRIEF_WORDS = 50;
export function brevityFactor(words: number): number {
  return Math.min(1, 0.4 + (0.6 * Math.max(0, words)) / BRIEF_WORDS);
}

export const SPEAKING_WPM = { low: 130, high: 160 } as const;

export function wordsPerMinute(words: number, durationSec: number | undefined): number | null {
  if (durationSec === undefined || durationSec <= 0) return null;
  return Math.round((words / durationSec) * 60);
}
