import { describe, expect, it } from 'vitest';
import { weekStart, weekday } from '../../../shared/domain/reports/day-math';
import type { DayStat } from '../../../shared/domain/reports/report-schema';
import { bucketStats, buildTrends, chooseBucket, emptyStat } from '../../../shared/domain/reports/trends';

/** A day on which every answer scored `score` (content = score, no delivery). */
function day(date: string, attempts: number, score: number, extra: Partial<DayStat> = {}): DayStat {
  return {
    ...emptyStat(date),
    attempts,
    overallSum: attempts * score,
    best: score,
    contentSum: attempts * score,
    contentN: attempts,
    ...extra,
  };
}

describe('day math', () => {
  it('finds the Monday of any day, across a year end', () => {
    expect(weekday('2026-11-23')).toBe(0);
    expect(weekday('2026-11-29')).toBe(6);
    expect(weekStart('2026-11-26')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});

describe('buckets', () => {
  it('draws up to 60 days by day and longer spans by week', () => {
    expect(chooseBucket('2026-10-01', '2026-11-29')).toBe('day');
    expect(chooseBucket('2026-09-01', '2026-11-29')).toBe('week');
  });

  it('adds days into Monday-based weeks and keeps the best score', () => {
    const weeks = bucketStats([day('2026-11-23', 2, 60), day('2026-11-26', 1, 90), day('2026-11-30', 1, 40)], 'week');
    expect(weeks.map((w) => [w.day, w.attempts, w.overallSum, w.best])).toEqual([
      ['2026-11-23', 3, 210, 90],
      ['2026-11-30', 1, 40, 40],
    ]);
  });
});

describe('buildTrends', () => {
  it('averages each bucket and smooths with an answer-weighted trailing average', () => {
    const { scoreTrend } = buildTrends(
      [day('2026-11-01', 1, 40), day('2026-11-02', 3, 80), day('2026-11-10', 1, 60)],
      'day',
    );
    expect(scoreTrend.map((p) => p.average)).toEqual([40, 80, 60]);
    // 7-day window: 1 Nov alone; 1–2 Nov weighted (40 + 3×80) / 4; 10 Nov only itself (1–2 Nov fell out).
    expect(scoreTrend.map((p) => p.movingAverage)).toEqual([40, 70, 60]);
    expect(scoreTrend[1]).toMatchObject({ start: '2026-11-02', end: '2026-11-02', attempts: 3, best: 80 });
  });

  it('leaves a sub-skill null where no answer had it (delivery of typed answers)', () => {
    const { subskills } = buildTrends(
      [day('2026-11-01', 2, 50), day('2026-11-02', 1, 70, { deliverySum: 65, deliveryN: 1 })],
      'day',
    );
    expect(subskills.map((p) => p.delivery)).toEqual([null, 65]);
    expect(subskills.map((p) => p.content)).toEqual([50, 70]);
  });

  it('reports pace only from spoken answers and fillers from all', () => {
    const { voice } = buildTrends(
      [day('2026-11-01', 4, 50, { wpmSum: 300, wpmN: 2, fillerSum: 10, fillerN: 4 })],
      'day',
    );
    expect(voice).toEqual([
      { start: '2026-11-01', end: '2026-11-01', wpm: 150, spokenAnswers: 2, fillerPer100: 2.5, answers: 4 },
    ]);
  });

  it('is empty with no answers', () => {
    expect(buildTrends([], 'week')).toEqual({ scoreTrend: [], subskills: [], voice: [] });
  });
});

describe('day numbers', () => {
  it('agree with the calendar across leap years, centuries and the epoch', async () => {
    const { dayFromNumber, dayNumber } = await import('../../../shared/domain/reports/day-math');
    for (let n = -62_000; n <= 157_000; n += 97) {
      // 1800 to 2400
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayFromNumber(n)).toBe(iso);
      expect(dayNumber(iso)).toBe(n);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayFromNumber(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dayFromNumber(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
  });
});
