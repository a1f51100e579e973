import { describe, expect, it } from 'vitest';
import { computeBadges, type BadgeInput } from '../../../shared/domain/badges/badges';

const empty: BadgeInput = {
  totalAnswers: 0,
  longestStreakDays: 0,
  categories: [],
  mocksCompleted: 0,
  firstAnswersAverage: null,
  latestAnswersAverage: null,
};

function badge(input: BadgeInput, id: string) {
  const b = computeBadges(input).find((x) => x.id === id);
  if (!b) throw new Error(`no badge ${id}`);
  return b;
}

describe('badges', () => {
  it('shows every badge unearned, each with its rule, before any practice', () => {
    const all = computeBadges(empty);
    expect(all.map((b) => b.id)).toEqual([
      'first-answer',
      'streak-3',
      'streak-7',
      'streak-30',
      'category-master',
      'mock-1',
      'mock-5',
      'big-improvement',
    ]);
    expect(all.every((b) => !b.earned && b.rule.length > 10)).toBe(true);
  });

  it('earns the first-answer badge with one answer', () => {
    expect(badge({ ...empty, totalAnswers: 1 }, 'first-answer')).toMatchObject({
      earned: true,
      progress: { current: 1, target: 1 },
    });
  });

  it('earns streak badges from the longest streak and shows progress toward the next', () => {
    const input = { ...empty, totalAnswers: 9, longestStreakDays: 8 };
    expect(badge(input, 'streak-3').earned).toBe(true);
    expect(badge(input, 'streak-7').earned).toBe(true);
    expect(badge(input, 'streak-30')).toMatchObject({
      earned: false,
      progress: { current: 8, target: 30 },
      detail: '8 of 30 days',
    });
  });

  it('masters a category with 10 answers averaging 80, not 9, not 79', () => {
    const near = {
      ...empty,
      categories: [
        { category: 'sales', answers: 9, average: 90 },
        { category: 'conflict', answers: 12, average: 79 },
      ],
    };
    expect(badge(near, 'category-master').earned).toBe(false);
    const done = { ...empty, categories: [{ category: 'sales', answers: 10, average: 80 }] };
    expect(badge(done, 'category-master')).toMatchObject({ earned: true, detail: 'Mastered: Sales' });
  });

  it('counts completed mock interviews', () => {
    expect(badge({ ...empty, mocksCompleted: 1 }, 'mock-1').earned).toBe(true);
    expect(badge({ ...empty, mocksCompleted: 4 }, 'mock-5')).toMatchObject({
      earned: false,
      detail: '4 of 5 mock interviews',
    });
  });

  it('needs twenty answers and +15 points for the big improvement', () => {
    expect(badge({ ...empty, totalAnswers: 12 }, 'big-improvement').detail).toMatch(/Needs 20 answers \(you have 12\)/);
    expect(
      badge({ ...empty, totalAnswers: 40, firstAnswersAverage: 50, latestAnswersAverage: 64 }, 'big-improvement')
        .earned,
    ).toBe(false);
    expect(
      badge({ ...empty, totalAnswers: 40, firstAnswersAverage: 50, latestAnswersAverage: 65 }, 'big-improvement')
        .earned,
    ).toBe(true);
  });
});
