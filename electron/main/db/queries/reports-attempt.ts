import { sql, type Kysely } from 'kysely';
import type { HistoryAttempt } from '../../../../shared/ipc/channels/reports';
import { AppError } from '../../../../shared/ipc/result';
import { toAttemptDetail } from '../../attempts/attempt-mapping';
import type { Database } from '../schema';

/** One past attempt with its session (a mock interview's question 3 of 5) and other tries at the question. */
export async function historyAttempt(db: Kysely<Database>, id: string): Promise<HistoryAttempt> {
  const row = await db.selectFrom('attempts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That answer is not in your history any more.');
  let session: HistoryAttempt['session'] = null;
  if (row.session_id) {
    const s = await db
      .selectFrom('sessions')
      .select(['id', 'kind', 'started_at'])
      .where('id', '=', row.session_id)
      .executeTakeFirst();
    if (s) {
      const siblings = await db
        .selectFrom('attempts')
        .select('id')
        .where('session_id', '=', s.id)
        .orderBy('created_at')
        .orderBy(sql`rowid`)
        .execute();
      session = {
        id: s.id,
        kind: s.kind,
        startedAt: s.started_at,
        position: siblings.findIndex((a) => a.id === row.id) + 1,
        of: siblings.length,
      };
    }
  }
  const sameQuestion = row.question_id
    ? await db
        .selectFrom('attempts')
        .select(['id', 'overall', 'created_at as createdAt'])
        .where('question_id', '=', row.question_id)
        .orderBy('created_at')
        .limit(50)
        .execute()
    : [{ id: row.id, overall: row.overall, createdAt: row.created_at }];
  return { attempt: toAttemptDetail(row), isSample: row.is_sample === 1, session, sameQuestion };
}
