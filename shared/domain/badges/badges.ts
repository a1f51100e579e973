import { categoryLabel } from '../advisor/labels';
import {
  IMPROVEMENT_POINTS,
  IMPROVEMENT_WINDOW,
  MASTERY_ANSWERS,
  MASTERY_AVERAGE,
  MOCK_BADGES,
  STREAK_BADGES,
} from './badge-rules';

export interface CategoryTotals {
  category: string;
  answers: number;
  average: number;
}

/** Everything the badge rules look at; the main process reads it from SQLite in a few queries. */
export interface BadgeInput {
  totalAnswers: number;
  longestStreakDays: number;
  categories: readonly CategoryTotals[];
  mocksCompleted: number;
  /** Average of the first IMPROVEMENT_WINDOW answers ever, and of the latest ones; null with fewer answers than two windows. */
  firstAnswersAverage: number | null;
  latestAnswersAverage: number | null;
}

export type BadgeGroup = 'start' | 'streak' | 'mastery' | 'mock' | 'growth';

export interface Badge {
  id: string;
  group: BadgeGroup;
  title: string;
  /** The rule, as the user reads it. */
  rule: string;
  earned: boolean;
  progress: { current: number; target: number };
  /** What the progress means right now, e.g. "4 of 7 days". */
  detail: string;
}

function countBadge(
  id: string,
  group: BadgeGroup,
  title: string,
  rule: string,
  current: number,
  target: number,
  unit: (n: number) => string,
): Badge {
  const shown = Math.min(current, target);
  return {
    id,
    group,
    title,
    rule,
    earned: current >= target,
    progress: { current: shown, target },
    detail: `${shown} of ${unit(target)}`,
  };
}

const plural = (word: string) => (n: number) => `${n} ${n === 1 ? word : `${word}s`}`;

/** The category closest to mastery: mastered ones first, then by how much of the rule is met. */
function masteryCandidate(categories: readonly CategoryTotals[]): CategoryTotals | null {
  const progress = (c: CategoryTotals): number =>
    Math.min(c.answers / MASTERY_ANSWERS, 1) * 0.5 + Math.min(c.average / MASTERY_AVERAGE, 1) * 0.5;
  return (
    [...categories].sort(
      (a, b) => progress(b) - progress(a) || b.answers - a.answers || a.category.localeCompare(b.category),
    )[0] ?? null
  );
}

export function isMastered(c: CategoryTotals): boolean {
  return c.answers >= MASTERY_ANSWERS && c.average >= MASTERY_AVERAGE;
}

function masteryBadge(categories: readonly CategoryTotals[]): Badge {
  const mastered = categories.filter(isMastered);
  const rule = `Answer ${MASTERY_ANSWERS} questions in one category with an average of ${MASTERY_AVERAGE} or more.`;
  if (mastered.length > 0) {
    return {
      id: 'category-master',
      group: 'mastery',
      title: 'Category master',
      rule,
      earned: true,
      progress: { current: MASTERY_ANSWERS, target: MASTERY_ANSWERS },
      detail: `Mastered: ${mastered.map((c) => categoryLabel(c.category)).join(', ')}`,
    };
  }
  const best = masteryCandidate(categories);
  if (!best) {
    return {
      id: 'category-master',
      group: 'mastery',
      title: 'Category master',
      rule,
      earned: false,
      progress: { current: 0, target: MASTERY_ANSWERS },
      detail: 'No answers yet',
    };
  }
  const answers = Math.min(best.answers, MASTERY_ANSWERS);
  return {
    id: 'category-master',
    group: 'mastery',
    title: 'Category master',
    rule,
    earned: false,
    progress: { current: answers, target: MASTERY_ANSWERS },
    detail: `Closest: ${categoryLabel(best.category)} — ${answers} of ${MASTERY_ANSWERS} answers, average ${Math.round(best.average)} of ${MASTERY_AVERAGE}`,
  };
}

function improvementBadge(input: BadgeInput): Badge {
  const rule = `Raise the average of your latest ${IMPROVEMENT_WINDOW} answers ${IMPROVEMENT_POINTS} points above your first ${IMPROVEMENT_WINDOW}.`;
  const base = { id: 'big-improvement', group: 'growth' as const, title: 'Big improvement', rule };
  if (input.firstAnswersAverage === null || input.latestAnswersAverage === null) {
    const need = IMPROVEMENT_WINDOW * 2;
    return {
      ...base,
      earned: false,
      progress: { current: 0, target: IMPROVEMENT_POINTS },
      detail: `Needs ${need} answers (you have ${Math.min(input.totalAnswers, need)})`,
    };
  }
  const gain = Math.round(input.latestAnswersAverage - input.firstAnswersAverage);
  const shown = Math.max(0, Math.min(gain, IMPROVEMENT_POINTS));
  return {
    ...base,
    earned: gain >= IMPROVEMENT_POINTS,
    progress: { current: shown, target: IMPROVEMENT_POINTS },
    detail: `${gain >= 0 ? '+' : ''}${gain} points (first ${IMPROVEMENT_WINDOW}: ${Math.round(input.firstAnswersAverage)}, latest ${IMPROVEMENT_WINDOW}: ${Math.round(input.latestAnswersAverage)})`,
  };
}

/** Every badge, earned or not, in display order. */
export function computeBadges(input: BadgeInput): Badge[] {
  return [
    countBadge(
      'first-answer',
      'start',
      'First answer',
      'Answer your first interview question.',
      input.totalAnswers,
      1,
      plural('answer'),
    ),
    ...STREAK_BADGES.map((days) =>
      countBadge(
        `streak-${days}`,
        'streak',
        `${days}-day streak`,
        `Practise on ${days} days in a row.`,
        input.longestStreakDays,
        days,
        plural('day'),
      ),
    ),
    masteryBadge(input.categories),
    ...MOCK_BADGES.map((n) =>
      countBadge(
        `mock-${n}`,
        'mock',
        n === 1 ? 'First mock interview' : `${n} mock interviews`,
        `Complete ${n === 1 ? 'a mock interview' : `${n} mock interviews`}.`,
        input.mocksCompleted,
        n,
        plural('mock interview'),
      ),
    ),
    improvementBadge(input),
  ];
}
