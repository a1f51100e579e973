import { describe, expect, it } from 'vitest';
import { assessAll, assessSkill, baselineOf, type ScoreAggregate } from '../../../shared/domain/advisor/assess';
import { MIN_ATTEMPTS, PRIOR_WEIGHT } from '../../../shared/domain/advisor/thresholds';

function agg(scores: readonly number[]): ScoreAggregate {
  return {
    count: scores.length,
    sum: scores.reduce((s, x) => s + x, 0),
    sumSquares: scores.reduce((s, x) => s + x * x, 0),
  };
}

describe('judging a category against the user’s own average', () => {
  const baseline = { mean: 70, sd: 12 };

  it('does not judge a category with fewer answers than the minimum', () => {
    const two = assessSkill({ id: 'sales', scores: agg([20, 25]), recent: [20, 25] }, baseline);
    expect(MIN_ATTEMPTS).toBeGreaterThan(2);
    expect(two.status).toBe('not-enough');
    expect(two.mean).toBe(22.5);
  });

  it('shrinks the estimate toward the overall average as if PRIOR_WEIGHT answers sat there', () => {
    const a = assessSkill({ id: 'sales', scores: agg([40, 40, 40, 40]), recent: [] }, baseline);
    expect(a.estimate).toBeCloseTo((4 * 40 + PRIOR_WEIGHT * 70) / (4 + PRIOR_WEIGHT), 1);
    expect(a.status).toBe('weak');
  });

  it('calls a category weak when its whole interval is below the average even if the score is passable', () => {
    const scores = Array.from({ length: 30 }, (_, i) => 62 + (i % 3));
    const a = assessSkill({ id: 'conflict', scores: agg(scores), recent: [] }, { mean: 75, sd: 10 });
    expect(a.estimate).toBeGreaterThan(60);
    expect(a.high).toBeLessThan(75);
    expect(a.status).toBe('weak');
  });

  it('does not call three scattered answers a weakness when the interval spans the average', () => {
    const a = assessSkill({ id: 'product', scores: agg([45, 90, 75]), recent: [] }, baseline);
    expect(a.low).toBeLessThan(70);
    expect(a.high).toBeGreaterThan(70);
    expect(a.status).toBe('ok');
  });

  it('calls a reliably high category strong', () => {
    const a = assessSkill({ id: 'teamwork', scores: agg([85, 88, 90, 86, 87]), recent: [] }, baseline);
    expect(a.status).toBe('strong');
  });

  it('orders judged skills weakest first and unjudged ones after', () => {
    const all = assessAll([
      { id: 'a', scores: agg([80, 82, 81]), recent: [] },
      { id: 'b', scores: agg([50]), recent: [] },
      { id: 'c', scores: agg([55, 52, 58]), recent: [] },
    ]);
    expect(all.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  it('has no baseline and no judgement without answers', () => {
    expect(baselineOf(agg([]))).toBeNull();
    expect(assessSkill({ id: 'x', scores: agg([]), recent: [] }, null)).toMatchObject({
      status: 'not-enough',
      mean: null,
      estimate: null,
    });
  });
});
