import { sql, type Kysely } from 'kysely';
import type { CategoryTotals } from '../../../../shared/domain/reports/categories';
import { shiftDay } from '../../../../shared/domain/reports/day-math';
import { buildOverview, resolveRange } from '../../../../shared/domain/reports/overview';
import type { Bucket, DayStat, ReportsOverview } from '../../../../shared/domain/reports/report-schema';
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

/** Every day with practice, narrowed to a category when asked (streaks need all the days). */
export async function reportDays(db: Kysely<Database>, category?: string | null): Promise<DayStat[]> {
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
  if (category) query = query.where('category', '=', category);
  return query.execute();
}

/** Per-category totals between two days, with the part from the 30 days ending `to`. */
export async function reportCategoryTotals(db: Kysely<Database>, from: string, to: string, category?: string | null): Promise<CategoryTotals[]> {
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

export async function sampleAttemptCount(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('attempts').select(sql<number>`count(*)`.as('n')).where('is_sample', '=', 1).executeTakeFirstOrThrow();
  return row.n;
}

export async function reportsOverview(db: Kysely<Database>, query: OverviewQuery, today: string): Promise<ReportsOverview> {
  const [days, counts, samples] = await Promise.all([reportDays(db, query.category), questionCounts(db), sampleAttemptCount(db)]);
  const range = resolveRange(query, today, days[0]?.day ?? null);
  const categoryTotals = await reportCategoryTotals(db, range.from, range.to, query.category);
  return buildOverview({
    today,
    filters: { category: query.category ?? null, from: range.from, to: range.to },
    bucket: query.bucket ?? 'auto',
    days,
    categoryTotals,
    questionCounts: counts,
    sampleAttempts: samples,
  });
}
