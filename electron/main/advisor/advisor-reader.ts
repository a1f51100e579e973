import { sql, type Kysely } from 'kysely';
import type { AdvisorInput } from '../../../shared/domain/advisor/analysis';
import type { ScoreAggregate } from '../../../shared/domain/advisor/assess';
import { SUBSKILLS } from '../../../shared/domain/advisor/labels';
import type { PlanQuestion, QuestionHistory } from '../../../shared/domain/advisor/plan-types';
import type { ReviewAnswer } from '../../../shared/domain/advisor/spaced-repetition';
import { LEVEL_WINDOW, TREND_WINDOW } from '../../../shared/domain/advisor/thresholds';
import type { Database } from '../db/schema';

/**
 * Reads what the advisor needs from SQLite. Every query here touches trigger-kept totals
 * (skill_totals, question_totals; see migration 0005) or a few rows through an index, never a
 * scan of all attempts.
 */

export interface AdvisorData {
  input: AdvisorInput;
  /** Category → day of the latest answer. */
  lastPractised: Map<string, string>;
}

type SkillTotalsRow = Database['skill_totals'];

function aggregate(n: number, sum: number, sq: number): ScoreAggregate {
  return { count: Number(n), sum: Number(sum), sumSquares: Number(sq) };
}

export async function readAdvisorData(db: Kysely<Database>): Promise<AdvisorData> {
  const totals = (await db.selectFrom('skill_totals').selectAll().execute()) as SkillTotalsRow[];
  const recentByCategory = await Promise.all(
    totals.map(async (t) => {
      const rows = await db
        .selectFrom('attempts')
        .select('overall')
        .where('category', '=', t.category)
        .orderBy('created_at', 'desc')
        .limit(TREND_WINDOW)
        .execute();
      return rows.map((r) => r.overall).reverse();
    }),
  );
  const recent = (
    await db
      .selectFrom('attempts')
      .select(['overall', 'content_score', 'structure_score', 'language_score', 'delivery_score'])
      .orderBy('created_at', 'desc')
      .limit(Math.max(LEVEL_WINDOW, TREND_WINDOW * 3))
      .execute()
  ).reverse();

  const subskills = SUBSKILLS.map((skill) => {
    const scores = totals.reduce<ScoreAggregate>(
      (acc, t) => ({
        count: acc.count + Number(t[`${skill}_n`]),
        sum: acc.sum + Number(t[`${skill}_sum`]),
        sumSquares: acc.sumSquares + Number(t[`${skill}_sq`]),
      }),
      { count: 0, sum: 0, sumSquares: 0 },
    );
    const recentScores = recent.flatMap((r) => {
      const v = r[`${skill}_score`];
      return v === null ? [] : [v];
    });
    return { skill, scores, recent: recentScores.slice(-TREND_WINDOW) };
  }).filter((s) => s.scores.count > 0);

  return {
    input: {
      categories: totals.map((t, i) => ({
        category: t.category,
        scores: aggregate(t.attempts, t.overall_sum, t.overall_sq),
        recent: recentByCategory[i] ?? [],
      })),
      subskills,
      recentOverall: recent.map((r) => r.overall),
    },
    lastPractised: new Map(totals.map((t) => [t.category, t.last_day])),
  };
}

/** Live questions (bank and the user's own) as the plans see them. */
export async function readPlanQuestions(db: Kysely<Database>): Promise<PlanQuestion[]> {
  const rows = await db
    .selectFrom('questions')
    .select(['id', 'category', 'difficulty', 'type', 'text'])
    .where('archived', '=', 0)
    .orderBy('id')
    .execute();
  return rows;
}

export async function readQuestionHistory(db: Kysely<Database>): Promise<Map<string, QuestionHistory>> {
  const rows = await db
    .selectFrom('question_totals')
    .select(['question_id', 'attempts', 'best', 'last_score', 'last_day'])
    .execute();
  return new Map(
    rows.map((r) => [
      r.question_id,
      { attempts: Number(r.attempts), bestScore: r.best, lastScore: r.last_score, lastDay: r.last_day },
    ]),
  );
}

/**
 * For each question with a poor answer, the answers since the latest poor one (oldest first):
 * all that spaced repetition needs (see spaced-repetition.ts). CROSS JOIN keeps question_totals
 * as the outer loop (SQLite's join-order hint), so each question reads a short range of the
 * covering index attempts_question_scores, whose order (created_at, then rowid) is the answer order.
 */
export async function readReviewHistories(db: Kysely<Database>): Promise<Map<string, ReviewAnswer[]>> {
  const rows = await sql<{ question_id: string; overall: number; local_day: string }>`
    SELECT t.question_id, a.overall, a.local_day
    FROM question_totals t
    CROSS JOIN attempts a ON a.question_id = t.question_id AND a.created_at >= t.last_poor_at
    WHERE t.last_poor_at IS NOT NULL
    ORDER BY t.question_id, a.created_at`.execute(db);
  const map = new Map<string, ReviewAnswer[]>();
  for (const r of rows.rows) {
    const list = map.get(r.question_id);
    const answer = { score: r.overall, day: r.local_day };
    if (list) list.push(answer);
    else map.set(r.question_id, [answer]);
  }
  return map;
}
