import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useMigrationDatabase } from '../../helpers/migration-database';

describe('migration 0003-recording-details on a real database file', () => {
  const db = useMigrationDatabase();

  it('keeps recordings written before it and gives them the new columns with defaults', async () => {
    await db.migrateBefore('0003-recording-details');
    db.handle.sqlite
      .prepare(
        `INSERT INTO recordings (id, status, mode, mime_type, file_name, bytes_written, recovered, created_at, updated_at)
         VALUES ('rec-00000001', 'ready', 'audio', 'audio/webm', 'rec-00000001.webm', 1234, 1, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')`,
      )
      .run();
    await db.migrateThrough('0003-recording-details');
    const row = await db.handle.db
      .selectFrom('recordings')
      .selectAll()
      .where('id', '=', 'rec-00000001')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      bytes_written: 1234,
      recovered: 1,
      question_id: null,
      question_text: null,
      chunk_count: 0,
      notice_dismissed: 0,
    });
  });

  it('answers the recovered-recordings notice from its index', async () => {
    await db.migrateThrough('0003-recording-details');
    const plan = db.handle.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM recordings WHERE recovered = 1 AND notice_dismissed = 0`)
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/recordings_recovered_notice/);
  });

  it('can be rolled back', async () => {
    await db.migrateThrough('0003-recording-details');
    const m0003 = db.migration('0003-recording-details');
    await m0003.down?.(db.handle.db as Kysely<unknown>);
    const columns = (db.handle.sqlite.prepare(`PRAGMA table_info(recordings)`).all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('notice_dismissed');
    expect(columns).toContain('bytes_written');
  });
});
