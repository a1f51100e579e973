import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../shared/domain/advisor/plan-progress';

describe('plan progress', () => {
  const items = [{ questionId: 'q1' }, { questionId: 'q2' }, { questionId: 'q3' }];
  const start = '2026-03-01T10:00:00.000Z';

  it('counts an item done when its question is answered after the plan started, anywhere', () => {
    const p = planProgress(items, start, [
      { questionId: 'q1', score: 60, createdAt: '2026-03-01T09:59:59.000Z' },
      { questionId: 'q2', score: 70, createdAt: '2026-03-01T10:05:00.000Z' },
      { questionId: 'q2', score: 80, createdAt: '2026-03-02T10:05:00.000Z' },
    ]);
    expect(p).toMatchObject({ done: 1, total: 3, complete: false, averageScore: 80 });
    expect(p.items.map((i) => i.done)).toEqual([false, true, false]);
  });

  it('is complete when every item is done', () => {
    const p = planProgress(
      items,
      start,
      items.map((i) => ({ questionId: i.questionId, score: 50, createdAt: '2026-03-03T00:00:00.000Z' })),
    );
    expect(p.complete).toBe(true);
  });

  it('an empty plan is never complete', () => {
    expect(planProgress([], start, []).complete).toBe(false);
  });
});
