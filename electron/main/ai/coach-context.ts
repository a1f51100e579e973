import type { Kysely } from 'kysely';
import type { CoachContext } from '../../../shared/ai/chat';
import type { Database } from '../db/schema';

const SKILLS = ['content', 'structure', 'language', 'delivery'] as const;

/** Weak areas and recent scores from the totals the advisor keeps: summaries, no answer text. */
export async function readCoachContext(db: Kysely<Database>): Promise<CoachContext> {
  const totals = await db.selectFrom('skill_totals').selectAll().execute();
  const weakAreas = totals
    .filter((t) => t.attempts > 0)
    .map((t) => ({ category: t.category, average: t.overall_sum / t.attempts, answers: t.attempts }))
    .sort((a, b) => a.average - b.average)
    .slice(0, 3);
  const skills = SKILLS.flatMap((skill) => {
    const n = totals.reduce((sum, t) => sum + Number(t[`${skill}_n`]), 0);
    const total = totals.reduce((sum, t) => sum + Number(t[`${skill}_sum`]), 0);
    return n > 0 ? [{ skill, average: total / n }] : [];
  });
  const recent = await db
    .selectFrom('attempts')
    .select(['id', 'category', 'overall', 'local_day'])
    .orderBy('created_at', 'desc')
    .limit(5)
    .execute();
  return {
    weakAreas,
    skills,
    recent: recent.map((r) => ({ category: r.category, score: r.overall, day: r.local_day })),
    lastAttemptId: recent[0]?.id ?? null,
  };
}
