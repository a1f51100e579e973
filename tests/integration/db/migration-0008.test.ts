import { describe, expect, it } from 'vitest';
import { useMigrationDatabase } from '../../helpers/migration-database';
import { resetLocalData } from '../../../electron/main/db/queries/reset';

describe('migration 0008-sync on a real database file', () => {
  const db = useMigrationDatabase();

  it('keeps the outbox of an older app and adds a refusals table, one row per attempt', async () => {
    await db.migrateBefore('0008-sync');
    db.handle.sqlite
      .prepare(
        `INSERT INTO outbox (entity, entity_id, op, payload, created_at) VALUES ('attempt', 'att-1', 'upsert', '{}', '2026-11-01T10:00:00Z')`,
      )
      .run();
    await db.migrateThrough('0008-sync');

    expect(await db.handle.db.selectFrom('outbox').select('entity_id').execute()).toEqual([{ entity_id: 'att-1' }]);
    const insert = db.handle.sqlite.prepare(
      `INSERT INTO sync_rejections (attempt_id, reason, message, payload, rejected_at) VALUES ('att-1', 'invalid', 'bad', '{}', 'now')`,
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });

  it('is emptied by a reset with the rest of the history, and its down() removes it', async () => {
    await db.migrateThrough('0008-sync');
    db.handle.sqlite
      .prepare(
        `INSERT INTO sync_rejections (attempt_id, reason, message, payload, rejected_at) VALUES ('att-1', 'invalid', 'bad', '{}', 'now')`,
      )
      .run();
    await resetLocalData(db.handle.db);
    expect(await db.handle.db.selectFrom('sync_rejections').selectAll().execute()).toEqual([]);

    await db.migration('0008-sync').down?.(db.handle.db);
    expect(() => db.handle.sqlite.prepare('SELECT * FROM sync_rejections').all()).toThrow(/no such table/);
  });
});
