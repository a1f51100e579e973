import { describe, expect, it } from 'vitest';
import { analyse, type AdvisorInput } from '../../../shared/domain/advisor/analysis';
import type { ScoreAggregate } from '../../../shared/domain/advisor/assess';
import {
  PLAN_SIZES,
  type PlanContext,
  type PlanQuestion,
  type QuestionHistory,
} from '../../../shared/domain/advisor/plan-types';
import { buildPlan } from '../../../shared/domain/advisor/plans';
import type { DueReview } from '../../../shared/domain/advisor/spaced-repetition';
import { QUESTION_CATEGORIES } from '../../../shared/domain/questions/bank-schema';

const DIFFS = ['easy', 'medium', 'hard'] as const;
const TYPES = ['behavioral', 'technical', 'motivational'] as const;

/** 12 categories × 6 questions; sales has none, to stand for a category without questions. */
function bank(): PlanQuestion[] {
  return QUESTION_CATEGORIES.filter((c) => c !== 'sales').flatMap((category) =>
    Array.from({ length: 6 }, (_, i) => ({
      id: `${category}-${i}`,
      category,
      difficulty: DIFFS[i % 3] ?? 'easy',
      type: category === 'hr-general' ? 'motivational' : (TYPES[i % 2] ?? 'behavioral'),
      text: `Question ${i} about ${category}`,
    })),
  );
}

function agg(scores: readonly number[]): ScoreAggregate {
  return {
    count: scores.length,
    sum: scores.reduce((s, x) => s + x, 0),
    sumSquares: scores.reduce((s, x) => s + x * x, 0),
  };
}

function context(scoresByCategory: Record<string, number[]>, extra: Partial<PlanContext> = {}): PlanContext {
  const input: AdvisorInput = {
    categories: Object.entries(scoresByCategory).map(([category, scores]) => ({
      category,
      scores: agg(scores),
      recent: scores,
    })),
    subskills: [],
    recentOverall: Object.values(scoresByCategory).flat(),
  };
  const a = analyse(input);
  return {
    today: '2026-03-10',
    questions: bank(),
    history: new Map<string, QuestionHistory>(),
    categories: a.categories,
    subskills: a.subskills,
    level: a.level.level,
    due: [],
    lastPractised: new Map(Object.keys(scoresByCategory).map((c) => [c, '2026-03-09'])),
    allCategories: QUESTION_CATEGORIES,
    totalAnswers: a.totalAnswers,
    ...extra,
  };
}

function ids(plan: { items: Array<{ questionId: string }> }): string[] {
  return plan.items.map((i) => i.questionId);
}

describe('plans with no attempts', () => {
  const ctx = context({});

  it('daily practice is a first look at five categories, opening with HR, easy first', () => {
    const plan = buildPlan('daily', ctx);
    expect(plan.unavailable).toBeNull();
    expect(plan.items).toHaveLength(PLAN_SIZES.daily);
    expect(new Set(plan.items.map((i) => i.category)).size).toBe(5);
    expect(plan.items[0]?.category).toBe('hr-general');
    expect(plan.items.every((i) => i.difficulty === 'easy')).toBe(true);
    expect(plan.items[0]?.reason).toMatch(/A first look at HR and general/);
  });

  it('weak areas says it needs answers first, and offers nothing to start', () => {
    const plan = buildPlan('weak-areas', ctx);
    expect(plan.items).toEqual([]);
    expect(plan.unavailable).toMatch(/No answers yet.*3 answers in a category/);
  });

  it('advanced prep and mastery still work, with hard questions and easy-first respectively', () => {
    const adv = buildPlan('advanced', ctx);
    expect(adv.items.length).toBe(PLAN_SIZES.advanced);
    expect(adv.items.every((i) => i.difficulty === 'hard')).toBe(true);
    expect(adv.summary).toMatch(/intermediate/);
    const mastery = buildPlan('mastery', ctx);
    expect(mastery.category).toBe('behavioral');
    expect(mastery.items.map((i) => i.difficulty).slice(0, 2)).toEqual(['easy', 'easy']);
  });
});

describe('plans with one attempt', () => {
  it('cannot find weak areas yet but the daily plan avoids repeating the category just practised', () => {
    const ctx = context({ conflict: [45] });
    expect(buildPlan('weak-areas', ctx).unavailable).toMatch(/you have 1 in all/);
    const daily = buildPlan('daily', ctx);
    expect(daily.items).toHaveLength(PLAN_SIZES.daily);
    expect(daily.items[0]?.reason).toMatch(/haven't practised/);
  });
});

describe('plans from a practice history', () => {
  const history = {
    conflict: [40, 45, 50, 42, 48],
    sales: [35, 40, 38, 41],
    teamwork: [85, 88, 90, 86],
    leadership: [75, 78, 72, 80],
    behavioral: [70, 72, 74],
  };

  it('improve weak areas targets the reliably weak categories that have questions, with reasons', () => {
    const plan = buildPlan('weak-areas', context(history));
    expect(plan.unavailable).toBeNull();
    expect(new Set(plan.items.map((i) => i.category))).toEqual(new Set(['conflict']));
    expect(plan.items[0]?.reason).toMatch(/Conflict is weak: estimate \d+ \(95% range \d+–\d+\) from 5 answers/);
    expect(plan.summary).toMatch(/Conflict/);
  });

  it('daily practice puts due reviews first and says why', () => {
    const due: DueReview[] = [
      {
        questionId: 'product-4',
        step: 0,
        dueDay: '2026-03-05',
        overdueDays: 5,
        lastScore: 41,
        lastDay: '2026-03-04',
        poorScore: 41,
        poorDay: '2026-03-04',
      },
    ];
    const plan = buildPlan('daily', context(history, { due }));
    expect(plan.items[0]).toMatchObject({
      questionId: 'product-4',
      reason: expect.stringMatching(
        /Due for another try: you scored 41 on 4 Mar 2026 \(review 1 of 4, 5 days overdue\)/,
      ),
    });
    expect(plan.items.some((i) => i.category === 'conflict' && /weak area/.test(i.reason))).toBe(true);
    expect(new Set(ids(plan)).size).toBe(plan.items.length);
  });

  it('advanced prep leaves out weak categories', () => {
    const plan = buildPlan('advanced', context(history));
    expect(plan.items.some((i) => i.category === 'conflict')).toBe(false);
  });

  it('category mastery skips questions already mastered and goes easy to hard', () => {
    const ctx = context(history, {
      history: new Map([
        ['teamwork-0', { attempts: 2, lastScore: 90, lastDay: '2026-03-01', bestScore: 90 }],
        ['teamwork-1', { attempts: 1, lastScore: 60, lastDay: '2026-03-01', bestScore: 60 }],
      ]),
    });
    const plan = buildPlan('mastery', ctx, { category: 'teamwork' });
    expect(ids(plan)).not.toContain('teamwork-0');
    expect(plan.items.find((i) => i.questionId === 'teamwork-1')?.reason).toMatch(/Best so far 60 — aim for 80/);
    const order = plan.items.map((i) => ['easy', 'medium', 'hard'].indexOf(i.difficulty));
    expect(order).toEqual([...order].sort());
    expect(plan.summary).toMatch(/10 answers in Teamwork averaging 80/);
  });

  it('category mastery of a category with no questions says so and offers nothing to start', () => {
    const plan = buildPlan('mastery', context(history), { category: 'sales' });
    expect(plan.items).toEqual([]);
    expect(plan.unavailable).toMatch(/no questions in Sales yet/);
  });

  it('is the same plan for the same day and data', () => {
    const ctx = context(history);
    expect(buildPlan('daily', ctx)).toEqual(buildPlan('daily', ctx));
  });

  it('never repeats a question and fills to size when the bank allows', () => {
    for (const kind of ['daily', 'weak-areas', 'advanced', 'mastery'] as const) {
      const plan = buildPlan(kind, context(history));
      expect(new Set(ids(plan)).size, kind).toBe(plan.items.length);
    }
  });
});

describe('plans with an empty bank', () => {
  it('daily practice explains there is nothing to practise', () => {
    const plan = buildPlan('daily', context({ conflict: [50, 50, 50] }, { questions: [] }));
    expect(plan.unavailable).toMatch(/no questions/);
  });
});
