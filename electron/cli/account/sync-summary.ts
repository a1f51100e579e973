import type { MainServices } from '../../main/services';

export interface SyncSummary {
  pending: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

/**
 * pending / lastSyncAt / lastError for `coach account status`. Until the sync engine (issue 9,
 * electron/main/sync) reports its own status, the outbox is all there is to read: answers waiting
 * to be sent, never sent, no error. The sync engine replaces this body with its status.
 */
export async function syncSummaryForStatus(services: MainServices): Promise<SyncSummary> {
  const row = await services.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('pending'))
    .where('entity', '=', 'attempt')
    .executeTakeFirst();
  return { pending: Number(row?.pending ?? 0), lastSyncAt: null, lastError: null };
}
