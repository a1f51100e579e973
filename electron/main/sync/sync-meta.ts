import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

const LAST_SYNC_AT = 'sync.last_sync_at';
const LAST_ERROR = 'sync.last_error';

export interface SyncMeta {
  lastSyncAt: string | null;
  lastError: string | null;
}

/** The last successful sync and the last failure, kept in app_meta so they survive a restart. */
export async function readSyncMeta(db: Kysely<Database>): Promise<SyncMeta> {
  const rows = await db
    .selectFrom('app_meta')
    .select(['key', 'value'])
    .where('key', 'in', [LAST_SYNC_AT, LAST_ERROR])
    .execute();
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  return { lastSyncAt: value(LAST_SYNC_AT), lastError: value(LAST_ERROR) };
}

/** Writes the given fields; null removes one (no error since the last success). */
export async function writeSyncMeta(db: Kysely<Database>, patch: Partial<SyncMeta>, at: Date): Promise<void> {
  const entries: Array<[string, string | null]> = [];
  if (patch.lastSyncAt !== undefined) entries.push([LAST_SYNC_AT, patch.lastSyncAt]);
  if (patch.lastError !== undefined) entries.push([LAST_ERROR, patch.lastError]);
  if (entries.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const [key, value] of entries) {
      if (value === null) {
        await trx.deleteFrom('app_meta').where('key', '=', key).execute();
        continue;
      }
      await trx
        .insertInto('app_meta')
        .values({ key, value, updated_at: at.toISOString() })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at.toISOString() }))
        .execute();
    }
  });
}
