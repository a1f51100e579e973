import { sql, type Kysely } from 'kysely';
import type { SyncRejectionItem } from '../../../shared/ipc/channels/sync';
import type { Database } from '../db/schema';

/** Answers the service refused, as the account screen lists them, and their dismissal. */
export interface RejectionStore {
  count(): Promise<number>;
  /** Newest first. */
  list(): Promise<SyncRejectionItem[]>;
  dismiss(target: { attemptId: string } | { all: true }): Promise<number>;
}

export function createRejectionStore(db: Kysely<Database>): RejectionStore {
  return {
    async count() {
      const row = await db
        .selectFrom('sync_rejections')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async list() {
      const rows = await db
        .selectFrom('sync_rejections as r')
        .leftJoin('attempts as a', 'a.id', 'r.attempt_id')
        .select([
          'r.attempt_id',
          'r.reason',
          'r.message',
          'r.rejected_at',
          'a.question_text',
          'a.overall',
          'a.created_at',
        ])
        .orderBy('r.rejected_at', 'desc')
        .orderBy(sql`r.attempt_id`)
        .execute();
      return rows.map((r) => ({
        attemptId: r.attempt_id,
        questionText: r.question_text,
        score: r.overall === null ? null : Math.round(r.overall),
        answeredAt: r.created_at,
        reason: r.reason,
        message: r.message,
        rejectedAt: r.rejected_at,
      }));
    },

    async dismiss(target) {
      const query = db.deleteFrom('sync_rejections');
      const result = await (
        'all' in target ? query : query.where('attempt_id', '=', target.attemptId)
      ).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
