import type { MainServices } from '../../main/services';
import { syncEngineFor } from '../../main/sync/sync-for-services';

export interface SyncSummary {
  pending: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

/** pending / lastSyncAt / lastError for `coach account status`, as the sync engine reports them. */
export async function syncSummaryForStatus(services: MainServices): Promise<SyncSummary> {
  const { pending, lastSyncAt, lastError } = await syncEngineFor(services).status();
  return { pending, lastSyncAt, lastError };
}
