import type { Kysely } from 'kysely';
import type { DashboardSummary } from '../../../../shared/ipc/channels/dashboard';
import { addDays } from '../../../../shared/domain/stats/local-day';
import { computeStreaks } from '../../../../shared/domain/stats/streak';
import type { Database } from '../schema';

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

interface DayTotal {
  day: string;
  count: number;
  sum: number;
}

/** Totals, the last seven days and the streak all come from the per-day totals. */
function summarise(days: readonly DayTotal[], today: string) {
  const weekStart = addDays(today, -6);
  let count = 0;
  let sum = 0;
  let weekCount = 0;
  let weekSum = 0;
  for (const d of days) {
    count += d.count;
    sum += d.sum;
    if (d.day >= weekStart) {
      weekCount += d.count;
      weekSum += d.sum;
    }
  }
  return {
    count,
    average: count ? sum / count : null,
    weekCount,
    weekAverage: weekCount ? weekSum / weekCount : null,
    streaks: computeStreaks(
      days.map((d) => d.day),
      today,
    ),
  };
}

export async function dashboardSummary(db: Kysely<Database>, today: string): Promise<DashboardSummary> {
  const days = await db
    .selectFrom('attempt_days')
    .select(['local_day as day', 'attempts as count', 'score_sum as sum'])
    .execute();
  const recent = await db
    .selectFrom('attempts')
    .select(['id', 'question_text', 'category', 'mode', 'overall', 'created_at'])
    .orderBy('created_at', 'desc')
    .limit(5)
    .execute();
  const totals = summarise(days, today);
  return {
    totalAttempts: totals.count,
    averageScore: round1(totals.average),
    currentStreakDays: totals.streaks.current,
    longestStreakDays: totals.streaks.longest,
    attemptsLast7Days: totals.weekCount,
    averageLast7Days: round1(totals.weekAverage),
    lastPracticedAt: recent[0]?.created_at ?? null,
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
