import type { Kysely } from 'kysely';
import type { SyncRejection } from '../../../shared/sync/attempt';
import type { Database } from '../db/schema';

/** One outbox row waiting to be sent: the attempt's id and its score-only item as stored. */
export interface PendingItem {
  rowId: number;
  attemptId: string;
  payload: string;
}

export interface DeliveryResult {
  /** Rows the service stored now or had already: they leave the outbox. */
  delivered: readonly string[];
  /** Rows the service refused: they move to sync_rejections with the reason. */
  rejected: readonly SyncRejection[];
}

/**
 * The outbox as the sync engine reads it. Only attempts are synced; the outbox is the truth, so a
 * row leaves it only in the same transaction that records what the service said about it.
 */
export interface OutboxQueue {
  pendingCount(): Promise<number>;
  /** The oldest `limit` rows, in the order they were written. */
  oldest(limit: number): Promise<PendingItem[]>;
  /** Removes delivered rows and moves refused ones to the rejections; returns how many left the outbox. */
  settle(batch: readonly PendingItem[], result: DeliveryResult, at: Date): Promise<number>;
}

export function createOutboxQueue(db: Kysely<Database>): OutboxQueue {
  return {
    async pendingCount() {
      const row = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity', '=', 'attempt')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async oldest(limit) {
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'entity_id', 'payload'])
        .where('entity', '=', 'attempt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ rowId: r.id, attemptId: r.entity_id, payload: r.payload }));
    },

    async settle(batch, result, at) {
      // The service echoes ids as sent; matching ignores case so an upper-cased echo still counts.
      const byId = new Map(batch.map((item) => [item.attemptId.toLowerCase(), item]));
      const delivered = result.delivered.flatMap((id) => byId.get(id.toLowerCase()) ?? []);
      const refused = result.rejected.flatMap((r) => {
        const item = r.id === null ? undefined : byId.get(r.id.toLowerCase());
        return item ? [{ item, rejection: r }] : [];
      });
      if (delivered.length === 0 && refused.length === 0) return 0;
      return db.transaction().execute(async (trx) => {
        for (const { item, rejection } of refused) {
          await trx
            .insertInto('sync_rejections')
            .values({
              attempt_id: item.attemptId,
              reason: rejection.reason,
              message: rejection.message,
              payload: item.payload,
              rejected_at: at.toISOString(),
            })
            .onConflict((oc) =>
              oc.column('attempt_id').doUpdateSet((eb) => ({
                reason: eb.ref('excluded.reason'),
                message: eb.ref('excluded.message'),
                payload: eb.ref('excluded.payload'),
                rejected_at: eb.ref('excluded.rejected_at'),
              })),
            )
            .execute();
        }
        const rowIds = [...new Set([...delivered, ...refused.map((r) => r.item)].map((item) => item.rowId))];
        const removed = await trx.deleteFrom('outbox').where('id', 'in', rowIds).executeTakeFirst();
        return Number(removed.numDeletedRows);
      });
    },
  };
}
