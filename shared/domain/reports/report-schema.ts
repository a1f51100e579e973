import { z } from 'zod';

/** A local calendar day, YYYY-MM-DD. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-26');
export type Day = z.infer<typeof Day>;

export const CategoryFilter = z
  .string()
  .trim()
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a category slug such as "sales"');

/** What every report can be narrowed to. Absent or null means "all". */
export const ReportFilters = z
  .object({
    category: CategoryFilter.nullable().optional(),
    from: Day.nullable().optional(),
    to: Day.nullable().optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The start date is after the end date', path: ['to'] });
export type ReportFilters = z.input<typeof ReportFilters>;

export const Bucket = z.enum(['day', 'week']);
export type Bucket = z.infer<typeof Bucket>;

/** One day's (or one category-day's) totals as stored in attempt_stats. */
export interface DayStat {
  day: string;
  attempts: number;
  overallSum: number;
  best: number;
  contentSum: number;
  contentN: number;
  structureSum: number;
  structureN: number;
  languageSum: number;
  languageN: number;
  deliverySum: number;
  deliveryN: number;
  wpmSum: number;
  wpmN: number;
  fillerSum: number;
  fillerN: number;
}

const Avg = z.number().nullable();

export const TrendPoint = z.object({
  /** First day of the bucket (a Monday for weeks). */
  start: Day,
  end: Day,
  attempts: z.number().int(),
  average: Avg,
  best: Avg,
  /** Attempt-weighted average over the trailing window (7 days, or 4 weeks) ending with this bucket. */
  movingAverage: Avg,
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const SubskillPoint = z.object({
  start: Day,
  end: Day,
  content: Avg,
  structure: Avg,
  language: Avg,
  delivery: Avg,
});
export type SubskillPoint = z.infer<typeof SubskillPoint>;

export const VoicePoint = z.object({
  start: Day,
  end: Day,
  /** Average speaking pace of the bucket's spoken answers. */
  wpm: Avg,
  spokenAnswers: z.number().int(),
  fillerPer100: Avg,
  answers: z.number().int(),
});
export type VoicePoint = z.infer<typeof VoicePoint>;

export const ActivityDay = z.object({ day: Day, attempts: z.number().int() });
export type ActivityDay = z.infer<typeof ActivityDay>;

export const Activity = z.object({
  /** Every day of the calendar window, oldest first, zeros included. */
  days: z.array(ActivityDay),
  from: Day,
  to: Day,
  activeDays: z.number().int(),
  attempts: z.number().int(),
  currentStreak: z.number().int(),
  longestStreak: z.number().int(),
  /** The busiest day in the window; null when there was none. */
  busiestDay: ActivityDay.nullable(),
});
export type Activity = z.infer<typeof Activity>;

const Period = z.object({ attempts: z.number().int(), average: Avg });

export const CategoryReport = z.object({
  category: z.string(),
  /** Live questions in the bank and the user's own, so an empty category still shows. */
  questions: z.number().int(),
  attempts: z.number().int(),
  average: Avg,
  best: Avg,
  last30: Period,
  before30: Period,
  /** last30.average − before30.average, when both exist. */
  change: Avg,
});
export type CategoryReport = z.infer<typeof CategoryReport>;

export const Totals = z.object({
  attempts: z.number().int(),
  average: Avg,
  best: Avg,
  activeDays: z.number().int(),
  firstDay: Day.nullable(),
  lastDay: Day.nullable(),
  spokenAnswers: z.number().int(),
});
export type Totals = z.infer<typeof Totals>;

export const Insight = z.object({
  tone: z.enum(['good', 'neutral', 'attention']),
  text: z.string(),
});
export type Insight = z.infer<typeof Insight>;

export const ReportsOverview = z.object({
  today: Day,
  filters: z.object({ category: z.string().nullable(), from: Day.nullable(), to: Day.nullable() }),
  bucket: Bucket,
  totals: Totals,
  scoreTrend: z.array(TrendPoint),
  subskills: z.array(SubskillPoint),
  voice: z.array(VoicePoint),
  activity: Activity,
  categories: z.array(CategoryReport),
  insights: z.array(Insight),
  /** Sample attempts in the whole history (the banner and badges say so). */
  sampleAttempts: z.number().int(),
});
export type ReportsOverview = z.infer<typeof ReportsOverview>;
