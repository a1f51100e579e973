import { sql, type Kysely } from 'kysely';
import type { SavedQuestion } from '../../../shared/ipc/channels/saved';
import type { Database } from '../db/schema';
import { toQuestionSummary, type SummaryRow } from './question-mapping';

type SavedRow = SummaryRow & { note: string; saved_at: string; attempt_count: number; last_score: number | null };

export async function listSaved(db: Kysely<Database>): Promise<SavedQuestion[]> {
  const result = await sql<SavedRow>`
    SELECT q.id, q.source, q.category, q.type, q.difficulty, q.text, q.tags, q.roles,
      (q.model_answer IS NOT NULL) AS has_model_answer, 1 AS saved,
      s.note, s.created_at AS saved_at,
      (SELECT count(*) FROM attempts a WHERE a.question_id = q.id) AS attempt_count,
      (SELECT a.overall FROM attempts a WHERE a.question_id = q.id ORDER BY a.created_at DESC, a.rowid DESC LIMIT 1) AS last_score
    FROM saved_questions s JOIN questions q ON q.id = s.question_id
    ORDER BY s.created_at DESC, s.rowid DESC`.execute(db);
  return result.rows.map((r) => ({
    question: toQuestionSummary(r),
    note: r.note,
    savedAt: r.saved_at,
    attemptCount: r.attempt_count,
    lastScore: r.last_score,
  }));
}

/** Returns false for an unknown question. Saving twice keeps the first date, and the note unless a new one is given. */
export async function saveQuestion(
  db: Kysely<Database>,
  questionId: string,
  note: string | undefined,
  now: Date,
): Promise<boolean> {
  const exists = await db.selectFrom('questions').select('id').where('id', '=', questionId).executeTakeFirst();
  if (!exists) return false;
  await db
    .insertInto('saved_questions')
    .values({ question_id: questionId, note: note ?? '', created_at: now.toISOString() })
    .onConflict((oc) =>
      note === undefined ? oc.column('question_id').doNothing() : oc.column('question_id').doUpdateSet({ note }),
    )
    .execute();
  return true;
}

export async function removeSaved(db: Kysely<Database>, questionId: string): Promise<boolean> {
  const result = await db.deleteFrom('saved_questions').where('question_id', '=', questionId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Returns false when the question is not saved. */
export async function setSavedNote(db: Kysely<Database>, questionId: string, note: string): Promise<boolean> {
  const result = await db
    .updateTable('saved_questions')
    .set({ note })
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
