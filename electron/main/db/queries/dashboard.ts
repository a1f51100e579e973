import { sql, type Kysely } from 'kysely';
import type { DashboardSummary } from '../../../../shared/ipc/channels/dashboard';
import { addDays } from '../../../../shared/domain/stats/local-day';
import { computeStreaks } from '../../../../shared/domain/stats/streak';
import type { Database } from '../schema';

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

export async function dashboardSummary(db: Kysely<Database>, today: string): Promise<DashboardSummary> {
  const weekStart = addDays(today, -6);
  const [totals, week, days, recent] = await Promise.all([
    db
      .selectFrom('attempts')
      .select([
        sql<number>`count(*)`.as('count'),
        sql<number | null>`avg(overall)`.as('average'),
        sql<string | null>`max(created_at)`.as('last'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('attempts')
      .where('local_day', '>=', weekStart)
      .select([sql<number>`count(*)`.as('count'), sql<number | null>`avg(overall)`.as('average')])
      .executeTakeFirstOrThrow(),
    db.selectFrom('attempts').select('local_day').distinct().execute(),
    db
      .selectFrom('attempts')
      .select(['id', 'question_text', 'category', 'mode', 'overall', 'created_at'])
      .orderBy('created_at', 'desc')
      .limit(5)
      .execute(),
  ]);
  const streaks = computeStreaks(
    days.map((d) => d.local_day),
    today,
  );
  return {
    totalAttempts: totals.count,
    averageScore: round1(totals.average),
    currentStreakDays: streaks.current,
    longestStreakDays: streaks.longest,
    attemptsLast7Days: week.count,
    averageLast7Days: round1(week.average),
    lastPracticedAt: totals.last,
    recent: recent.map((r) => ({
      id: r.id,
      questionText: r.question_text,
      category: r.category,
      mode: r.mode,
      overall: r.overall,
      createdAt: r.created_at,
    })),
  };
}
