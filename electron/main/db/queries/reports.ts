import { sql, type Kysely } from 'kysely';
import type { CategoryTotals } from '../../../../shared/domain/reports/categories';
import { shiftDay } from '../../../../shared/domain/reports/day-math';
import { buildOverview, resolveRange } from '../../../../shared/domain/reports/overview';
import type { ActivityDay, Bucket, DayStat, ReportsOverview } from '../../../../shared/domain/reports/report-schema';
import type { Database } from '../schema';

/**
 * Everything the Reports screen, the dashboard chart and the PDF read comes from attempt_stats
 * (per day and category, kept by triggers; migration 0004): a few thousand rows at most, so a
 * report on 100,000 attempts costs the same as one on a hundred.
 */

export interface OverviewQuery {
  category?: string | null;
  from?: string | null;
  to?: string | null;
  bucket?: Bucket | 'auto';
}

/** Per-day totals between two days, narrowed to a category when asked. */
export async function reportDays(
  db: Kysely<Database>,
  range: { from?: string | null; to?: string | null } = {},
  category?: string | null,
): Promise<DayStat[]> {
  let query = db
    .selectFrom('attempt_stats')
    .select([
      'local_day as day',
      sql<number>`sum(attempts)`.as('attempts'),
      sql<number>`sum(overall_sum)`.as('overallSum'),
      sql<number>`max(overall_best)`.as('best'),
      sql<number>`sum(content_sum)`.as('contentSum'),
      sql<number>`sum(content_n)`.as('contentN'),
      sql<number>`sum(structure_sum)`.as('structureSum'),
      sql<number>`sum(structure_n)`.as('structureN'),
      sql<number>`sum(language_sum)`.as('languageSum'),
      sql<number>`sum(language_n)`.as('languageN'),
      sql<number>`sum(delivery_sum)`.as('deliverySum'),
      sql<number>`sum(delivery_n)`.as('deliveryN'),
      sql<number>`sum(wpm_sum)`.as('wpmSum'),
      sql<number>`sum(wpm_n)`.as('wpmN'),
      sql<number>`sum(filler_sum)`.as('fillerSum'),
      sql<number>`sum(filler_n)`.as('fillerN'),
    ])
    .groupBy('local_day')
    .orderBy('local_day');
  if (range.from) query = query.where('local_day', '>=', range.from);
  if (range.to) query = query.where('local_day', '<=', range.to);
  if (category) query = query.where('category', '=', category);
  return query.execute();
}

/**
 * Every practice day and its answers, for streaks and the calendar: the foundation's per-day
 * table (a row a day) for all categories, the per-category totals for one.
 */
export async function practiceDays(db: Kysely<Database>, category?: string | null): Promise<ActivityDay[]> {
  if (!category)
    return db
      .selectFrom('attempt_days')
      .select(['local_day as day', 'attempts'])
      .where('attempts', '>', 0)
      .orderBy('local_day')
      .execute();
  return db
    .selectFrom('attempt_stats')
    .select(['local_day as day', 'attempts'])
    .where('category', '=', category)
    .orderBy('local_day')
    .execute();
}

/** Per-category totals between two days, with the part from the 30 days ending `to`. */
export async function reportCategoryTotals(
  db: Kysely<Database>,
  from: string,
  to: string,
  category?: string | null,
): Promise<CategoryTotals[]> {
  const last30From = shiftDay(to, -29);
  let query = db
    .selectFrom('attempt_stats')
    .select([
      'category',
      sql<number>`sum(attempts)`.as('attempts'),
      sql<number>`sum(overall_sum)`.as('overallSum'),
      sql<number>`max(overall_best)`.as('best'),
      sql<number>`sum(CASE WHEN local_day >= ${last30From} THEN attempts ELSE 0 END)`.as('last30Attempts'),
      sql<number>`sum(CASE WHEN local_day >= ${last30From} THEN overall_sum ELSE 0 END)`.as('last30Sum'),
    ])
    .where('local_day', '>=', from)
    .where('local_day', '<=', to)
    .groupBy('category');
  if (category) query = query.where('category', '=', category);
  return query.execute();
}

/** Live questions per category (bank and the user's own). */
export async function questionCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('questions')
    .select(['category', sql<number>`count(*)`.as('n')])
    .where('archived', '=', 0)
    .groupBy('category')
    .execute();
  return new Map(rows.map((r) => [r.category, r.n]));
}

/**
 * How many sample answers there are. The generator records the number it wrote (app_meta
 * "sample_attempts"); the EXISTS check keeps a stale number from showing once they are gone
 * (a reset or delete-all removes the answers without touching app_meta). Counting 100,000
 * sample rows on every report would cost more than the rest of the report.
 */
export async function sampleAttemptCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_meta')
    .select(sql<number>`CAST(value AS INTEGER)`.as('n'))
    .where('key', '=', SAMPLE_COUNT_KEY)
    .where(sql<boolean>`EXISTS (SELECT 1 FROM attempts WHERE is_sample = 1)`)
    .executeTakeFirst();
  if (row) return row.n;
  // Sample rows written another way (or before the number was kept): count them.
  const exists = await db.selectFrom('attempts').select('id').where('is_sample', '=', 1).limit(1).executeTakeFirst();
  if (!exists) return 0;
  return (
    await db
      .selectFrom('attempts')
      .select(sql<number>`count(*)`.as('n'))
      .where('is_sample', '=', 1)
      .executeTakeFirstOrThrow()
  ).n;
}

export const SAMPLE_COUNT_KEY = 'sample_attempts';

export async function reportsOverview(
  db: Kysely<Database>,
  query: OverviewQuery,
  today: string,
): Promise<ReportsOverview> {
  const practice = await practiceDays(db, query.category);
  const range = resolveRange(query, today, practice[0]?.day ?? null);
  const [days, categoryTotals, counts, samples] = await Promise.all([
    reportDays(db, range, query.category),
    reportCategoryTotals(db, range.from, range.to, query.category),
    questionCounts(db),
    sampleAttemptCount(db),
  ]);
  return buildOverview({
    today,
    filters: { category: query.category ?? null, from: range.from, to: range.to },
    bucket: query.bucket ?? 'auto',
    days,
    practiceDays: practice,
    categoryTotals,
    questionCounts: counts,
    sampleAttempts: samples,
  });
}
