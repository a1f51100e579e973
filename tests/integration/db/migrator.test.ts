import BetterSqlite3 from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../electron/main/db/connection';
import { backupDatabase } from '../../../electron/main/db/backup';
import { assertKnownPrefix, migrateToLatest } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { makeTempDir } from '../../helpers/temp-dir';

describe('migrator', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let file: string;
  let handle: DatabaseHandle;

  beforeEach(() => {
    dir = makeTempDir();
    file = path.join(dir.path, 'app.sqlite');
    handle = openDatabase({ file });
  });
  afterEach(async () => {
    await handle.close();
    dir.remove();
  });

  it('applies every migration once, and nothing on a second start', async () => {
    const first = await migrateToLatest(handle.db as Kysely<unknown>);
    expect(first.applied).toEqual(migrations.map(([name]) => name));
    await handle.close();
    handle = openDatabase({ file });
    const second = await migrateToLatest(handle.db as Kysely<unknown>);
    expect(second.applied).toEqual([]);
  });

  it('refuses a database written by a newer build with an unknown migration', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(
      handle.db,
    );
    await expect(migrateToLatest(handle.db as Kysely<unknown>)).rejects.toThrow(/different version of IntervYou/);
  });

  it('accepts only a prefix of the known list', () => {
    expect(() => assertKnownPrefix(['a'], ['a', 'b'])).not.toThrow();
    expect(() => assertKnownPrefix([], ['a'])).not.toThrow();
    expect(() => assertKnownPrefix(['b'], ['a', 'b'])).toThrow();
    expect(() => assertKnownPrefix(['a', 'b', 'c'], ['a', 'b'])).toThrow();
  });

  /** Every schema object's SQL and every table's rows: "exactly as before" means all of it. */
  function snapshot(): string {
    const sqlite = new BetterSqlite3(file, { readonly: true });
    try {
      const schema = sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all() as Array<{
        type: string;
        name: string;
      }>;
      const tables = schema.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_'));
      const rows = tables.map((t) => [t.name, sqlite.prepare(`SELECT * FROM "${t.name}"`).all()]);
      return JSON.stringify({ schema, rows });
    } finally {
      sqlite.close();
    }
  }

  const brokenUpgrade: readonly [string, Migration] = [
    '9000-broken-upgrade',
    {
      async up(db) {
        await db.schema
          .createTable('upgrade_notes')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .execute();
        await sql`INSERT INTO upgrade_notes (id) VALUES (1)`.execute(db);
        await sql`UPDATE questions SET text = 'half-migrated'`.execute(db);
        throw new Error('simulated failure half-way through the migration');
      },
    },
  ];
  const fixedUpgrade: readonly [string, Migration] = [
    '9000-broken-upgrade',
    {
      async up(db) {
        await db.schema
          .createTable('upgrade_notes')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .execute();
      },
    },
  ];

  it('leaves the database exactly as before when a migration fails half-way, and migrates once it is fixed', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>);
    await sql`INSERT INTO questions (id, source, category, type, difficulty, text, created_at) VALUES ('q-mine', 'custom', 'behavioral', 'behavioral', 'medium', 'My own question', '2026-12-01T00:00:00Z')`.execute(
      handle.db,
    );
    await handle.close();
    const before = snapshot();
    handle = openDatabase({ file });

    await expect(migrateToLatest(handle.db as Kysely<unknown>, [...migrations, brokenUpgrade])).rejects.toThrow(
      /9000-broken-upgrade failed, and the database was left as it was: simulated failure/,
    );
    await handle.close();
    expect(snapshot()).toBe(before);

    // The next start, with the migration fixed, applies it: no "table already exists" loop.
    handle = openDatabase({ file });
    const report = await migrateToLatest(handle.db as Kysely<unknown>, [...migrations, fixedUpgrade]);
    expect(report.applied).toEqual(['9000-broken-upgrade']);
    const text = await sql<{ text: string }>`SELECT text FROM questions WHERE id = 'q-mine'`.execute(handle.db);
    expect(text.rows[0]?.text).toBe('My own question');
  });

  it('backs up a database that holds data before migrating it (never a new one), keeping the newest three', async () => {
    const backups = path.join(dir.path, 'backups');
    const taken: string[] = [];
    const backup = async (pending: readonly string[]) => {
      taken.push(
        await backupDatabase(handle.sqlite, backups, {
          label: pending[0] ?? '',
          now: new Date(Date.UTC(2026, 11, 7, 10, 0, taken.length)),
        }),
      );
    };
    await migrateToLatest(handle.db as Kysely<unknown>, migrations.slice(0, 4), { beforeMigrating: backup });
    expect(taken).toEqual([]);

    await migrateToLatest(handle.db as Kysely<unknown>, migrations, { beforeMigrating: backup });
    expect(taken).toHaveLength(1);
    expect(path.basename(taken[0] ?? '')).toBe('intervyou-20261207T100000Z-before-0005-advisor.sqlite');
    // The backup is the database as it was: four migrations, a working SQLite file.
    const copy = new BetterSqlite3(taken[0] ?? '', { readonly: true });
    const applied = copy.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as Array<{ name: string }>;
    copy.close();
    expect(applied.map((row) => row.name)).toEqual(migrations.slice(0, 4).map(([name]) => name));

    for (let i = 0; i < 4; i++) await backup([`9${i}`]);
    expect(readdirSync(backups)).toHaveLength(3);
    expect(readdirSync(backups).sort()[0]).toMatch(/before-91\.sqlite$/);
  });
});
