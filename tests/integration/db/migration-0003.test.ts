import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../electron/main/db/connection';
import { migrateToLatest } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { makeTempDir } from '../../helpers/temp-dir';

const before0003 = migrations.filter(([name]) => name < '0003-recording-details');
const upTo0003 = migrations.filter(([name]) => name <= '0003-recording-details');

describe('migration 0003-recording-details on a real database file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let handle: DatabaseHandle;

  beforeEach(() => {
    dir = makeTempDir();
    handle = openDatabase({ file: path.join(dir.path, 'test.sqlite') });
  });
  afterEach(async () => {
    await handle.close();
    dir.remove();
  });

  it('keeps recordings written before it and gives them the new columns with defaults', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, before0003);
    handle.sqlite
      .prepare(
        `INSERT INTO recordings (id, status, mode, mime_type, file_name, bytes_written, recovered, created_at, updated_at)
         VALUES ('rec-00000001', 'ready', 'audio', 'audio/webm', 'rec-00000001.webm', 1234, 1, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')`,
      )
      .run();
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0003);
    const row = await handle.db
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
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0003);
    const plan = handle.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM recordings WHERE recovered = 1 AND notice_dismissed = 0`)
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/recordings_recovered_notice/);
  });

  it('can be rolled back', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0003);
    const m0003 = upTo0003.find(([name]) => name === '0003-recording-details')?.[1];
    await m0003?.down?.(handle.db as Kysely<unknown>);
    const columns = (handle.sqlite.prepare(`PRAGMA table_info(recordings)`).all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('notice_dismissed');
    expect(columns).toContain('bytes_written');
  });
});
