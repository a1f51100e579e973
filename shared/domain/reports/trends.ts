import { dayNumber, daysInclusive, shiftDay, weekStart } from './day-math';
import type { Bucket, DayStat, SubskillPoint, TrendPoint, VoicePoint } from './report-schema';

/** Days per bucket above which a trend is drawn by week rather than by day. */
export const DAILY_BUCKET_MAX_DAYS = 60;

/** Trailing window of the moving average: a week of days, or four weeks. */
export const MOVING_WINDOW_DAYS: Record<Bucket, number> = { day: 7, week: 28 };

export function chooseBucket(from: string, to: string): Bucket {
  return daysInclusive(from, to) <= DAILY_BUCKET_MAX_DAYS ? 'day' : 'week';
}

const FIELDS = [
  'attempts',
  'overallSum',
  'contentSum',
  'contentN',
  'structureSum',
  'structureN',
  'languageSum',
  'languageN',
  'deliverySum',
  'deliveryN',
  'wpmSum',
  'wpmN',
  'fillerSum',
  'fillerN',
] as const satisfies ReadonlyArray<keyof DayStat>;

export function emptyStat(day: string): DayStat {
  return {
    day,
    attempts: 0,
    overallSum: 0,
    best: 0,
    contentSum: 0,
    contentN: 0,
    structureSum: 0,
    structureN: 0,
    languageSum: 0,
    languageN: 0,
    deliverySum: 0,
    deliveryN: 0,
    wpmSum: 0,
    wpmN: 0,
    fillerSum: 0,
    fillerN: 0,
  };
}

/** Adds b into a (in place) and returns a. */
export function addStat(a: DayStat, b: DayStat): DayStat {
  if (b.attempts === 0) return a;
  a.best = a.attempts === 0 ? b.best : Math.max(a.best, b.best);
  for (const field of FIELDS) a[field] += b[field];
  return a;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
export const mean = (sum: number, n: number): number | null => (n > 0 ? round1(sum / n) : null);

/** Days grouped into day or week buckets, oldest first; empty buckets are left out. */
export function bucketStats(days: readonly DayStat[], bucket: Bucket): DayStat[] {
  const buckets = new Map<string, DayStat>();
  for (const d of days) {
    if (d.attempts === 0) continue;
    const key = bucket === 'day' ? d.day : weekStart(d.day);
    const into = buckets.get(key) ?? emptyStat(key);
    buckets.set(key, addStat(into, d));
  }
  return [...buckets.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

function bucketEnd(start: string, bucket: Bucket): string {
  return bucket === 'day' ? start : shiftDay(start, 6);
}

/**
 * Attempt-weighted moving average of the overall score over the trailing window ending on each
 * bucket's last day. Weighted by attempts so one lucky answer on a quiet day does not swing it.
 */
function movingAverages(days: readonly DayStat[], ends: readonly string[], windowDays: number): Array<number | null> {
  const sorted = days
    .filter((d) => d.attempts > 0)
    .map((d) => ({ n: dayNumber(d.day), sum: d.overallSum, count: d.attempts }))
    .sort((a, b) => a.n - b.n);
  const result: Array<number | null> = [];
  let lo = 0;
  let hi = 0;
  let sum = 0;
  let count = 0;
  for (const end of ends) {
    const endN = dayNumber(end);
    for (let d = sorted[hi]; d && d.n <= endN; d = sorted[++hi]) {
      sum += d.sum;
      count += d.count;
    }
    for (let d = sorted[lo]; lo < hi && d && d.n <= endN - windowDays; d = sorted[++lo]) {
      sum -= d.sum;
      count -= d.count;
    }
    result.push(mean(sum, count));
  }
  return result;
}

export interface Trends {
  scoreTrend: TrendPoint[];
  subskills: SubskillPoint[];
  voice: VoicePoint[];
}

export function buildTrends(days: readonly DayStat[], bucket: Bucket): Trends {
  const buckets = bucketStats(days, bucket);
  const ends = buckets.map((b) => bucketEnd(b.day, bucket));
  const moving = movingAverages(days, ends, MOVING_WINDOW_DAYS[bucket]);
  const scoreTrend: TrendPoint[] = buckets.map((b, i) => ({
    start: b.day,
    end: ends[i] ?? b.day,
    attempts: b.attempts,
    average: mean(b.overallSum, b.attempts),
    best: b.attempts ? b.best : null,
    movingAverage: moving[i] ?? null,
  }));
  const subskills: SubskillPoint[] = buckets.map((b, i) => ({
    start: b.day,
    end: ends[i] ?? b.day,
    content: mean(b.contentSum, b.contentN),
    structure: mean(b.structureSum, b.structureN),
    language: mean(b.languageSum, b.languageN),
    delivery: mean(b.deliverySum, b.deliveryN),
  }));
  const voice: VoicePoint[] = buckets.map((b, i) => ({
    start: b.day,
    end: ends[i] ?? b.day,
    wpm: mean(b.wpmSum, b.wpmN),
    spokenAnswers: b.wpmN,
    fillerPer100: mean(b.fillerSum, b.fillerN),
    answers: b.fillerN,
  }));
  return { scoreTrend, subskills, voice };
}

/** Everything in `days` added up. */
export function totalStat(days: readonly DayStat[]): DayStat {
  return days.reduce((acc, d) => (d.attempts ? addStat(acc, d) : acc), emptyStat(''));
}
