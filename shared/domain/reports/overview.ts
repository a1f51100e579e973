import { buildActivity, CALENDAR_WEEKS } from './activity';
import { buildCategoryReports, type CategoryTotals } from './categories';
import { daysInclusive, shiftDay } from './day-math';
import { buildInsights } from './insights';
import type { ActivityDay, Bucket, DayStat, ReportsOverview } from './report-schema';
import { buildTrends, chooseBucket, mean, totalStat } from './trends';

/** With no data and no start date, a report covers the last 30 days. */
export const DEFAULT_SPAN_DAYS = 30;
/** The practice calendar shows the report's period, at least a quarter and at most a year. */
const MIN_CALENDAR_WEEKS = 13;

export function calendarWeeks(range: ResolvedRange): number {
  return Math.min(CALENDAR_WEEKS, Math.max(MIN_CALENDAR_WEEKS, Math.ceil(daysInclusive(range.from, range.to) / 7) + 1));
}

export interface OverviewInput {
  today: string;
  filters: { category?: string | null; from?: string | null; to?: string | null };
  bucket?: Bucket | 'auto';
  /**
   * Per-day totals (narrowed to the category filter), any order. They must cover the report's
   * dates; days outside them are ignored.
   */
  days: readonly DayStat[];
  /**
   * Every practice day with its number of answers (narrowed to the category, not to the dates),
   * for the streaks and the calendar; taken from `days` when not given.
   */
  practiceDays?: readonly ActivityDay[];
  /** Per-category totals within the dates; see buildCategoryReports. */
  categoryTotals: readonly CategoryTotals[];
  questionCounts: ReadonlyMap<string, number>;
  sampleAttempts: number;
}

export interface ResolvedRange {
  from: string;
  to: string;
}

/** The dates a report covers: as asked, else from the first practice day (or 30 days back) to today. */
export function resolveRange(filters: OverviewInput['filters'], today: string, firstDay: string | null): ResolvedRange {
  const to = filters.to ?? today;
  const from = filters.from ?? (firstDay && firstDay <= to ? firstDay : shiftDay(to, -(DEFAULT_SPAN_DAYS - 1)));
  return { from, to };
}

const within = (days: readonly DayStat[], from: string, to: string): DayStat[] =>
  days.filter((d) => d.day >= from && d.day <= to);

/** The Reports screen and the PDF in one value: trends, calendar, categories and insights. */
export function buildOverview(input: OverviewInput): ReportsOverview {
  const sorted = [...input.days].filter((d) => d.attempts > 0).sort((a, b) => (a.day < b.day ? -1 : 1));
  const practice = [...(input.practiceDays ?? sorted.map((d) => ({ day: d.day, attempts: d.attempts })))]
    .filter((d) => d.attempts > 0)
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  const range = resolveRange(input.filters, input.today, practice[0]?.day ?? null);
  const inRange = within(sorted, range.from, range.to);
  const bucket = !input.bucket || input.bucket === 'auto' ? chooseBucket(range.from, range.to) : input.bucket;
  const total = totalStat(inRange);
  const activity = buildActivity(
    practice.filter((d) => d.day <= range.to),
    range.to,
    input.today,
    calendarWeeks(range),
  );
  const categories = buildCategoryReports(input.categoryTotals, input.questionCounts, input.filters.category);
  const last30 = totalStat(within(inRange, shiftDay(range.to, -29), range.to));
  const previous30 = totalStat(within(inRange, shiftDay(range.to, -59), shiftDay(range.to, -30)));
  return {
    today: input.today,
    filters: { category: input.filters.category ?? null, from: range.from, to: range.to },
    bucket,
    totals: {
      attempts: total.attempts,
      average: mean(total.overallSum, total.attempts),
      best: total.attempts ? total.best : null,
      activeDays: inRange.length,
      firstDay: inRange[0]?.day ?? null,
      lastDay: inRange.at(-1)?.day ?? null,
      spokenAnswers: total.wpmN,
    },
    ...buildTrends(inRange, bucket),
    activity,
    categories,
    insights: buildInsights({ total, last30, previous30, categories, activity }),
    sampleAttempts: input.sampleAttempts,
  };
}
