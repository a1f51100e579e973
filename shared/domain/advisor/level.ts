import type { SkillAssessment } from './assess';
import {
  ADVANCED_AVERAGE,
  ADVANCED_CATEGORY_SCORE,
  ADVANCED_MIN_ANSWERS,
  ADVANCED_MIN_CATEGORIES,
  BEGINNER_BELOW,
  BEGINNER_MAX_ANSWERS,
  LEVEL_WINDOW,
  MIN_ATTEMPTS,
} from './thresholds';

export type Level = 'beginner' | 'intermediate' | 'advanced';

export interface LevelInput {
  totalAnswers: number;
  /** Average of the last LEVEL_WINDOW answers; null with none. */
  recentAverage: number | null;
  categories: readonly SkillAssessment[];
}

export interface LevelResult {
  level: Level;
  /** Why this level, in a sentence. */
  reason: string;
  /** What would move the user up, or null at the top. */
  next: string | null;
}

/** The user's level by the rules in thresholds.ts. */
export function assessLevel(input: LevelInput): LevelResult {
  const avg = input.recentAverage;
  const solid = input.categories.filter(
    (c) => c.attempts >= MIN_ATTEMPTS && (c.estimate ?? 0) >= ADVANCED_CATEGORY_SCORE,
  );
  if (input.totalAnswers < BEGINNER_MAX_ANSWERS || avg === null) {
    const left = BEGINNER_MAX_ANSWERS - input.totalAnswers;
    return {
      level: 'beginner',
      reason:
        input.totalAnswers === 0
          ? 'No answers yet, so everyone starts here.'
          : `${input.totalAnswers} ${input.totalAnswers === 1 ? 'answer' : 'answers'} so far — too few to judge more than that.`,
      next: `Answer ${left} more ${left === 1 ? 'question' : 'questions'} with a recent average of ${BEGINNER_BELOW} or more to reach intermediate.`,
    };
  }
  if (avg < BEGINNER_BELOW) {
    return {
      level: 'beginner',
      reason: `Your last ${Math.min(LEVEL_WINDOW, input.totalAnswers)} answers average ${Math.round(avg)}.`,
      next: `Bring your recent average to ${BEGINNER_BELOW} to reach intermediate.`,
    };
  }
  const advancedGaps: string[] = [];
  if (input.totalAnswers < ADVANCED_MIN_ANSWERS)
    advancedGaps.push(`${ADVANCED_MIN_ANSWERS - input.totalAnswers} more answers`);
  if (avg < ADVANCED_AVERAGE) advancedGaps.push(`a recent average of ${ADVANCED_AVERAGE} (now ${Math.round(avg)})`);
  if (solid.length < ADVANCED_MIN_CATEGORIES) {
    const need = ADVANCED_MIN_CATEGORIES - solid.length;
    advancedGaps.push(
      `${need} more ${need === 1 ? 'category' : 'categories'} scoring ${ADVANCED_CATEGORY_SCORE}+ over ${MIN_ATTEMPTS} answers`,
    );
  }
  if (advancedGaps.length === 0) {
    return {
      level: 'advanced',
      reason: `Your last ${LEVEL_WINDOW} answers average ${Math.round(avg)}, with ${solid.length} categories at ${ADVANCED_CATEGORY_SCORE}+.`,
      next: null,
    };
  }
  return {
    level: 'intermediate',
    reason: `Your last ${Math.min(LEVEL_WINDOW, input.totalAnswers)} answers average ${Math.round(avg)}.`,
    next: `For advanced: ${joinWords(advancedGaps)}.`,
  };
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
