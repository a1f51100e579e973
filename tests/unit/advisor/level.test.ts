import { describe, expect, it } from 'vitest';
import type { SkillAssessment } from '../../../shared/domain/advisor/assess';
import { assessLevel } from '../../../shared/domain/advisor/level';

function cat(id: string, attempts: number, estimate: number): SkillAssessment {
  return {
    id,
    attempts,
    mean: estimate,
    estimate,
    low: estimate - 5,
    high: estimate + 5,
    trend: { label: 'unknown', change: null, window: 0, earlier: null, later: null },
    status: 'ok',
  };
}

describe('level', () => {
  it('starts everyone as a beginner and says what comes next', () => {
    const r = assessLevel({ totalAnswers: 0, recentAverage: null, categories: [] });
    expect(r.level).toBe('beginner');
    expect(r.next).toMatch(/10 more questions/);
  });

  it('keeps one excellent answer at beginner: too few to judge', () => {
    expect(assessLevel({ totalAnswers: 1, recentAverage: 95, categories: [] })).toMatchObject({
      level: 'beginner',
      reason: expect.stringMatching(/1 answer so far/),
    });
  });

  it('is beginner below a recent average of 60, intermediate from 60', () => {
    expect(assessLevel({ totalAnswers: 25, recentAverage: 59.9, categories: [] }).level).toBe('beginner');
    expect(assessLevel({ totalAnswers: 25, recentAverage: 60, categories: [] }).level).toBe('intermediate');
  });

  it('needs answers, average and four solid categories for advanced, and lists what is missing', () => {
    const three = [cat('a', 5, 80), cat('b', 5, 80), cat('c', 5, 80)];
    const r = assessLevel({ totalAnswers: 40, recentAverage: 82, categories: three });
    expect(r.level).toBe('intermediate');
    expect(r.next).toMatch(/1 more category/);
    expect(assessLevel({ totalAnswers: 40, recentAverage: 82, categories: [...three, cat('d', 3, 71)] }).level).toBe(
      'advanced',
    );
    expect(assessLevel({ totalAnswers: 29, recentAverage: 82, categories: [...three, cat('d', 3, 71)] }).level).toBe(
      'intermediate',
    );
  });
});
