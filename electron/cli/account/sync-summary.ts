import type { MainServices } from '../../main/services';
import { createOutboxQueue } from '../../main/sync/outbox-queue';
import { readSyncMeta } from '../../main/sync/sync-meta';

export interface SyncSummary {
  pending: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

/**
 * pending / lastSyncAt / lastError for `coach account status`, read from where the sync engine
 * keeps them (the outbox and app_meta) without starting the engine and its timers in a one-shot command.
 */
export async function syncSummaryForStatus(services: MainServices): Promise<SyncSummary> {
  const [pending, meta] = await Promise.all([createOutboxQueue(services.db).pendingCount(), readSyncMeta(services.db)]);
  return { pending, ...meta };
}
