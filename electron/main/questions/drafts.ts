import type { Kysely } from 'kysely';
import type { Draft } from '../../../shared/ipc/channels/drafts';
import type { Database } from '../db/schema';

export async function getDraft(db: Kysely<Database>, questionId: string): Promise<Draft | null> {
  const row = await db.selectFrom('drafts').selectAll().where('question_id', '=', questionId).executeTakeFirst();
  return row
    ? {
        questionId: row.question_id,
        answerText: row.answer_text,
        elapsedSec: row.elapsed_sec,
        updatedAt: row.updated_at,
      }
    : null;
}

/** Upserts the draft; an answer with nothing but whitespace removes it instead. Returns false for an unknown question. */
export async function saveDraft(
  db: Kysely<Database>,
  draft: { questionId: string; answerText: string; elapsedSec: number },
  now: Date,
): Promise<boolean> {
  if (draft.answerText.trim() === '') {
    await clearDraft(db, draft.questionId);
    return true;
  }
  const exists = await db.selectFrom('questions').select('id').where('id', '=', draft.questionId).executeTakeFirst();
  if (!exists) return false;
  const values = { answer_text: draft.answerText, elapsed_sec: draft.elapsedSec, updated_at: now.toISOString() };
  await db
    .insertInto('drafts')
    .values({ question_id: draft.questionId, ...values })
    .onConflict((oc) => oc.column('question_id').doUpdateSet(values))
    .execute();
  return true;
}

export async function clearDraft(db: Kysely<Database>, questionId: string): Promise<boolean> {
  const result = await db.deleteFrom('drafts').where('question_id', '=', questionId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
