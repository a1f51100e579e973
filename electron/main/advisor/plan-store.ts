import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { z } from 'zod';
import { planProgress, type PlanAttempt } from '../../../shared/domain/advisor/plan-progress';
import type { PlanProposal } from '../../../shared/domain/advisor/plan-types';
import { PlanItemView, PlanKind, type PlanView } from '../../../shared/ipc/channels/advisor';
import type { Database } from '../db/schema';

const PlanDetails = z.object({
  summary: z.string().default(''),
  category: z.string().nullable().default(null),
  sessionId: z.string().nullable().default(null),
});
const PlanItems = z.array(PlanItemView);

type PlanRow = Selectable<Database['plans']>;

function parseJson<T>(schema: z.ZodType<T>, json: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** The answers to a plan's questions since it started (covering index attempts_question_scores). */
async function attemptsSince(db: Kysely<Database>, ids: readonly string[], since: string): Promise<PlanAttempt[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('attempts')
    .select(['question_id', 'overall', 'created_at'])
    .where('question_id', 'in', [...ids])
    .where('created_at', '>=', since)
    .execute();
  return rows.map((r) => ({ questionId: r.question_id ?? '', score: r.overall, createdAt: r.created_at }));
}

/** A stored plan with its progress; marks it completed (and closes its session) once every item is done. */
export async function planView(db: Kysely<Database>, row: PlanRow, now: Date): Promise<PlanView> {
  const details = parseJson(PlanDetails, row.details, { summary: '', category: null, sessionId: null });
  const items = parseJson(PlanItems, row.items, []);
  const progress = planProgress(
    items,
    row.created_at,
    await attemptsSince(
      db,
      items.map((i) => i.questionId),
      row.created_at,
    ),
  );
  let status = row.status;
  if (status === 'active' && progress.complete) {
    status = 'completed';
    const at = now.toISOString();
    await db.updateTable('plans').set({ status, updated_at: at }).where('id', '=', row.id).execute();
    if (details.sessionId) {
      await db
        .updateTable('sessions')
        .set({ status: 'completed', ended_at: at })
        .where('id', '=', details.sessionId)
        .where('status', '=', 'active')
        .execute();
    }
  }
  return {
    id: row.id,
    kind: PlanKind.parse(row.kind),
    title: row.title,
    summary: details.summary,
    category: details.category,
    status,
    createdAt: row.created_at,
    sessionId: details.sessionId,
    items: items.map((item, i) => ({
      ...item,
      done: progress.items[i]?.done ?? false,
      score: progress.items[i]?.score ?? null,
      answeredAt: progress.items[i]?.answeredAt ?? null,
    })),
    progress: {
      done: progress.done,
      total: progress.total,
      complete: progress.complete,
      averageScore: progress.averageScore,
    },
  };
}

export async function findPlan(db: Kysely<Database>, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Started plans that are not archived, newest first. */
export async function listPlans(db: Kysely<Database>, limit = 8): Promise<PlanRow[]> {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('status', 'in', ['active', 'completed'])
    .orderBy('created_at', 'desc')
    .orderBy(sql`rowid`, 'desc')
    .limit(limit)
    .execute();
}

/** A practice session (kind "plan") for the plan's questions. */
export async function openPlanSession(
  db: Kysely<Database>,
  planId: string,
  questionIds: readonly string[],
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('sessions')
    .values({
      id,
      kind: 'plan',
      status: 'active',
      config: JSON.stringify({ questionIds }),
      plan_id: planId,
      started_at: now.toISOString(),
      ended_at: null,
    })
    .execute();
  return id;
}

/**
 * Stores a proposal as a started plan, archiving any earlier active plan of the same kind (one
 * plan of each kind runs at a time), and opens its practice session.
 */
export async function storePlan(
  db: Kysely<Database>,
  proposal: PlanProposal,
  now: Date,
): Promise<{ row: PlanRow; sessionId: string }> {
  const id = randomUUID();
  const at = now.toISOString();
  const sessionId = randomUUID();
  await db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('plans')
      .select('id')
      .where('kind', '=', proposal.kind)
      .where('status', '=', 'active')
      .execute();
    if (previous.length) {
      const ids = previous.map((p) => p.id);
      await trx.updateTable('plans').set({ status: 'archived', updated_at: at }).where('id', 'in', ids).execute();
      await trx
        .updateTable('sessions')
        .set({ status: 'abandoned', ended_at: at })
        .where('plan_id', 'in', ids)
        .where('status', '=', 'active')
        .execute();
    }
    await trx
      .insertInto('plans')
      .values({
        id,
        kind: proposal.kind,
        title: proposal.title,
        details: JSON.stringify({ summary: proposal.summary, category: proposal.category, sessionId }),
        items: JSON.stringify(proposal.items),
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId,
        kind: 'plan',
        status: 'active',
        config: JSON.stringify({ questionIds: proposal.items.map((i) => i.questionId) }),
        plan_id: id,
        started_at: at,
        ended_at: null,
      })
      .execute();
  });
  const row = await findPlan(db, id);
  if (!row) throw new Error('the plan just stored is missing');
  return { row, sessionId };
}

export async function setPlanSession(db: Kysely<Database>, row: PlanRow, sessionId: string): Promise<void> {
  const details = parseJson(PlanDetails, row.details, { summary: '', category: null, sessionId: null });
  await db
    .updateTable('plans')
    .set({ details: JSON.stringify({ ...details, sessionId }) })
    .where('id', '=', row.id)
    .execute();
}
