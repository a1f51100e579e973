import type { Kysely } from 'kysely';
import type { Database, NewAttempt } from '../db/schema';
import { syncItemFor } from './sync-item';

/**
 * Writes an attempt and its outbox row (the score-only item the sync engine sends) in one
 * transaction, so an answer is never stored without being queued for sync. The item is built
 * (and validated) first, so a bad one fails here rather than in a later sync.
 */
export async function storeAttempt(db: Kysely<Database>, row: NewAttempt): Promise<void> {
  const payload = JSON.stringify(syncItemFor(row));
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('attempts').values(row).execute();
    await trx
      .insertInto('outbox')
      .values({ entity: 'attempt', entity_id: row.id, op: 'upsert', payload, created_at: row.created_at })
      .execute();
  });
}
