import type { Kysely } from 'kysely';
import type { Database, NewRecording, RecordingRow, RecordingsTable } from '../schema';

export type RecordingPatch = Partial<
  Omit<RecordingsTable, 'id' | 'created_at' | 'bytes_written' | 'chunk_count' | 'recovered' | 'notice_dismissed'>
> & {
  bytes_written?: number;
  chunk_count?: number;
  recovered?: number;
  notice_dismissed?: number;
};

/** The recordings table: one row per recorded answer, whatever its state. */
export function recordingQueries(db: Kysely<Database>, now: () => Date) {
  const stamp = (): string => now().toISOString();
  return {
    async insert(row: Omit<NewRecording, 'created_at' | 'updated_at'> & { created_at?: string }): Promise<void> {
      const at = stamp();
      await db
        .insertInto('recordings')
        .values({ ...row, created_at: row.created_at ?? at, updated_at: at })
        .execute();
    },

    get(id: string): Promise<RecordingRow | undefined> {
      return db.selectFrom('recordings').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async update(id: string, patch: RecordingPatch): Promise<void> {
      await db
        .updateTable('recordings')
        .set({ ...patch, updated_at: stamp() })
        .where('id', '=', id)
        .execute();
    },

    /** Rows a crash left behind: still recording, or stopped but not yet processed. */
    unfinished(): Promise<RecordingRow[]> {
      return db
        .selectFrom('recordings')
        .selectAll()
        .where('status', 'in', ['recording', 'processing'])
        .orderBy('created_at')
        .execute();
    },

    /** Recordings whose processing failed for lack of disk space (their .part is kept). */
    failedForDiskSpace(): Promise<RecordingRow[]> {
      return db
        .selectFrom('recordings')
        .selectAll()
        .where('status', '=', 'failed')
        .where('error', 'like', '%not enough free disk space%')
        .execute();
    },

    list(options: { recoveredNotice: boolean; limit: number }): Promise<RecordingRow[]> {
      let query = db.selectFrom('recordings').selectAll();
      if (options.recoveredNotice) query = query.where('recovered', '=', 1).where('notice_dismissed', '=', 0);
      return query.orderBy('created_at', 'desc').limit(options.limit).execute();
    },

    async dismissRecoveredNotice(): Promise<number> {
      const result = await db
        .updateTable('recordings')
        .set({ notice_dismissed: 1, updated_at: stamp() })
        .where('recovered', '=', 1)
        .where('notice_dismissed', '=', 0)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Deletes the row; attempts.recording_id is set to NULL by its foreign key, so scores stay. */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('recordings').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    allIds(): Promise<Array<Pick<RecordingRow, 'id' | 'status'>>> {
      return db.selectFrom('recordings').select(['id', 'status']).execute();
    },
  };
}

export type RecordingQueries = ReturnType<typeof recordingQueries>;
