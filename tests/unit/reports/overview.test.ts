import { describe, expect, it } from 'vitest';
import { buildActivity } from '../../../shared/domain/reports/activity';
import { buildCategoryReports } from '../../../shared/domain/reports/categories';
import { buildOverview } from '../../../shared/domain/reports/overview';
import { paceReadiness, trendReadiness } from '../../../shared/domain/reports/readiness';
import type { DayStat } from '../../../shared/domain/reports/report-schema';
import { emptyStat } from '../../../shared/domain/reports/trends';
import { shiftDay } from '../../../shared/domain/reports/day-math';

const TODAY = '2026-11-26';
const day = (date: string, attempts: number, score: number, extra: Partial<DayStat> = {}): DayStat => ({
  ...emptyStat(date),
  attempts,
  overallSum: attempts * score,
  best: score,
  contentSum: attempts * score,
  contentN: attempts,
  structureSum: attempts * (score - 10),
  structureN: attempts,
  languageSum: attempts * score,
  languageN: attempts,
  fillerSum: attempts * 3,
  fillerN: attempts,
  ...extra,
});
const questions = new Map([
  ['behavioral', 40],
  ['sales', 30],
  ['leadership', 35],
]);

describe('buildOverview', () => {
  it('with no attempts: an honest zero state, every category listed, nothing to conclude', () => {
    const o = buildOverview({
      today: TODAY,
      filters: {},
      days: [],
      categoryTotals: [],
      questionCounts: questions,
      sampleAttempts: 0,
    });
    expect(o.totals).toEqual({
      attempts: 0,
      average: null,
      best: null,
      activeDays: 0,
      firstDay: null,
      lastDay: null,
      spokenAnswers: 0,
    });
    expect(o.filters).toEqual({ category: null, from: '2026-10-28', to: TODAY });
    expect(o.scoreTrend).toEqual([]);
    expect(o.insights).toEqual([]);
    expect(o.categories.map((c) => [c.category, c.questions, c.attempts, c.average])).toEqual([
      ['behavioral', 40, 0, null],
      ['leadership', 35, 0, null],
      ['sales', 30, 0, null],
    ]);
    expect(o.activity.attempts).toBe(0);
    expect(trendReadiness(o.totals.attempts, o.scoreTrend.length, o.bucket).message).toBe(
      'No answers in this period yet. Answer 3 questions to see a trend.',
    );
  });

  it('with one attempt: figures for it, and a trend that asks for two more answers', () => {
    const o = buildOverview({
      today: TODAY,
      filters: {},
      days: [day(TODAY, 1, 72)],
      categoryTotals: [{ category: 'sales', attempts: 1, overallSum: 72, best: 72, last30Attempts: 1, last30Sum: 72 }],
      questionCounts: questions,
      sampleAttempts: 0,
    });
    expect(o.totals).toMatchObject({
      attempts: 1,
      average: 72,
      best: 72,
      activeDays: 1,
      firstDay: TODAY,
      lastDay: TODAY,
    });
    expect(o.filters.from).toBe(TODAY);
    expect(o.bucket).toBe('day');
    expect(o.scoreTrend).toHaveLength(1);
    expect(o.activity.currentStreak).toBe(1);
    const readiness = trendReadiness(o.totals.attempts, o.scoreTrend.length, o.bucket);
    expect(readiness).toEqual({ ready: false, message: 'Answer 2 more questions to see a trend.' });
    expect(o.categories.find((c) => c.category === 'sales')).toMatchObject({
      attempts: 1,
      average: 72,
      best: 72,
      change: null,
    });
  });

  it('over months: weekly buckets, the 30-day change and the insights that follow from it', () => {
    const days: DayStat[] = [];
    for (let i = 0; i < 120; i += 2) days.push(day(shiftDay(TODAY, -i), 2, i < 30 ? 80 : 62));
    const o = buildOverview({
      today: TODAY,
      filters: {},
      days,
      categoryTotals: [
        { category: 'sales', attempts: 60, overallSum: 60 * 85, best: 95, last30Attempts: 15, last30Sum: 15 * 88 },
        { category: 'leadership', attempts: 60, overallSum: 60 * 55, best: 70, last30Attempts: 15, last30Sum: 15 * 60 },
      ],
      questionCounts: questions,
      sampleAttempts: 120,
    });
    expect(o.bucket).toBe('week');
    expect(o.scoreTrend.length).toBeGreaterThan(15);
    expect(o.insights.map((i) => i.text)).toEqual(
      expect.arrayContaining([
        'Your average is up 18 points in the last 30 days (80, from 62).',
        'Strongest category: Sales (average 85).',
        'Most room to grow: Leadership (average 55).',
        expect.stringMatching(/^Structure is your weakest sub-skill/),
        'Filler words average 3 per 100 words; a short silent pause works better than "um" or "like".',
      ]),
    );
    expect(o.categories.find((c) => c.category === 'leadership')?.change).toBe(6.7);
    expect(o.sampleAttempts).toBe(120);
  });

  it('narrows to the dates asked for but keeps the streak from all practice', () => {
    const days = [day('2026-11-24', 1, 50), day('2026-11-25', 1, 60), day(TODAY, 1, 70)];
    const o = buildOverview({
      today: TODAY,
      filters: { from: '2026-11-25', to: TODAY },
      days,
      categoryTotals: [],
      questionCounts: questions,
      sampleAttempts: 0,
    });
    expect(o.totals.attempts).toBe(2);
    expect(o.activity.currentStreak).toBe(3);
  });
});

describe('categories', () => {
  it('lists a category with no questions and no answers only when it is the filter', () => {
    expect(buildCategoryReports([], new Map(), 'teamwork')).toEqual([
      {
        category: 'teamwork',
        questions: 0,
        attempts: 0,
        average: null,
        best: null,
        last30: { attempts: 0, average: null },
        before30: { attempts: 0, average: null },
        change: null,
      },
    ]);
    expect(buildCategoryReports([], new Map([['teamwork', 0]]))).toEqual([]);
  });
});

describe('activity and readiness', () => {
  it('counts active days and the busiest day in the window', () => {
    const a = buildActivity(
      [
        { day: '2026-11-02', attempts: 3 },
        { day: '2026-11-03', attempts: 9 },
        { day: '2024-01-01', attempts: 4 },
      ],
      TODAY,
      TODAY,
    );
    expect(a).toMatchObject({
      activeDays: 2,
      attempts: 12,
      busiestDay: { day: '2026-11-03', attempts: 9 },
      currentStreak: 0,
      longestStreak: 2,
    });
    expect(a.from <= '2025-11-27').toBe(true);
  });

  it('asks for spoken answers before drawing pace', () => {
    expect(paceReadiness(0).ready).toBe(false);
    expect(paceReadiness(2).message).toBe('Record 1 more spoken answer to see your pace trend.');
    expect(paceReadiness(3).ready).toBe(true);
  });
});
