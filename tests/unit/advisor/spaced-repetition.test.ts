import { describe, expect, it } from 'vitest';
import { dueReviews, reviewState, type ReviewAnswer } from '../../../shared/domain/advisor/spaced-repetition';

const a = (score: number, day: string): ReviewAnswer => ({ score, day });

describe('spaced repetition for poorly answered questions', () => {
  it('leaves well-answered questions alone', () => {
    expect(reviewState([a(80, '2026-03-01'), a(70, '2026-03-02')])).toEqual({ status: 'none' });
  });

  it('brings a poor answer back the next day', () => {
    expect(reviewState([a(45, '2026-03-01')])).toMatchObject({
      status: 'learning',
      step: 0,
      dueDay: '2026-03-02',
      poorScore: 45,
    });
  });

  it('climbs 1, 3, 7, 14 days with passing answers on time, then graduates', () => {
    const h = [a(40, '2026-03-01'), a(65, '2026-03-02')];
    expect(reviewState(h)).toMatchObject({ step: 1, dueDay: '2026-03-05' });
    h.push(a(70, '2026-03-05'));
    expect(reviewState(h)).toMatchObject({ step: 2, dueDay: '2026-03-12' });
    h.push(a(70, '2026-03-13'));
    expect(reviewState(h)).toMatchObject({ step: 3, dueDay: '2026-03-27' });
    h.push(a(72, '2026-03-27'));
    expect(reviewState(h)).toMatchObject({ status: 'graduated', lastScore: 72 });
  });

  it('moves two steps for a great answer', () => {
    expect(reviewState([a(40, '2026-03-01'), a(90, '2026-03-02')])).toMatchObject({ step: 2, dueDay: '2026-03-09' });
  });

  it('does not advance on an early answer, and a poor answer starts the ladder again', () => {
    const early = reviewState([a(40, '2026-03-01'), a(65, '2026-03-02'), a(90, '2026-03-03')]);
    expect(early).toMatchObject({ step: 1, dueDay: '2026-03-05', lastScore: 90 });
    const reset = reviewState([a(40, '2026-03-01'), a(65, '2026-03-02'), a(50, '2026-03-06')]);
    expect(reset).toMatchObject({ step: 0, dueDay: '2026-03-07', poorDay: '2026-03-06' });
  });

  it('depends only on the answers since the latest poor one', () => {
    const full = [
      a(80, '2026-01-01'),
      a(30, '2026-01-02'),
      a(70, '2026-01-03'),
      a(40, '2026-02-01'),
      a(66, '2026-02-02'),
    ];
    expect(reviewState(full)).toEqual(reviewState(full.slice(3)));
  });

  it('lists due questions most overdue first and keeps the rest as upcoming', () => {
    const histories = new Map([
      ['q1', [a(50, '2026-03-01')]],
      ['q2', [a(30, '2026-03-08')]],
      ['q3', [a(55, '2026-03-09')]],
      ['q4', [a(90, '2026-03-01')]],
    ]);
    const { due, upcoming } = dueReviews(histories, '2026-03-09');
    expect(due.map((d) => [d.questionId, d.overdueDays])).toEqual([
      ['q1', 7],
      ['q2', 0],
    ]);
    expect(upcoming.map((d) => d.questionId)).toEqual(['q3']);
  });
});
