import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

export interface ResetCounts {
  removedAttempts: number;
  removedRecordings: number;
  /** Ids of the deleted recordings, whose files the caller removes after the commit. */
  recordingIds: string[];
}

/**
 * Deletes the user's practice history in one transaction, keeping the question bank.
 * Returns the recording ids so the caller can remove their files after the commit.
 */
export async function resetLocalData(db: Kysely<Database>): Promise<ResetCounts> {
  return db.transaction().execute((trx) => deleteLocalData(trx));
}

/** The deletes of resetLocalData inside a transaction the caller holds (an import's replace adds its rows in it). */
export async function deleteLocalData(trx: Transaction<Database>): Promise<ResetCounts> {
  const recordings = await trx.selectFrom('recordings').select('id').execute();
  const attempts = await trx.deleteFrom('attempts').executeTakeFirst();
  await trx.deleteFrom('recordings').execute();
  await trx.deleteFrom('sessions').execute();
  // Kept empty by the 0005 triggers already; cleared outright so a reset never leaves totals behind.
  await trx.deleteFrom('skill_totals').execute();
  await trx.deleteFrom('question_totals').execute();
  await trx.deleteFrom('plans').execute();
  await trx.deleteFrom('saved_questions').execute();
  await trx.deleteFrom('drafts').execute();
  await trx.deleteFrom('jobs').execute();
  await trx.deleteFrom('outbox').execute();
  await trx.deleteFrom('sync_rejections').execute();
  await trx.deleteFrom('leaderboard_cache').execute();
  await trx.deleteFrom('profile').execute();
  await trx.deleteFrom('chat_messages').execute();
  await trx.deleteFrom('questions').where('source', '!=', 'bank').execute();
  return {
    removedAttempts: Number(attempts.numDeletedRows),
    removedRecordings: recordings.length,
    recordingIds: recordings.map((r) => r.id),
  };
}
