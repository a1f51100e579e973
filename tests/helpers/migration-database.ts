import path from 'node:path';
import type { Kysely, Migration } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../electron/main/db/connection';
import { migrateToLatest, type MigrationReport } from '../../electron/main/db/migrate';
import { migrations } from '../../electron/main/db/migrations';
import { makeTempDir } from './temp-dir';

export interface MigrationDatabase {
  /** A fresh database file for each test (closed and removed after it). */
  readonly handle: DatabaseHandle;
  /** Applies every migration that sorts before `name` (the database as an older app left it). */
  migrateBefore(name: string): Promise<MigrationReport>;
  /** Applies every migration up to and including `name`. */
  migrateThrough(name: string): Promise<MigrationReport>;
  /** The migration itself, to call its down(). */
  migration(name: string): Migration;
}

/** Call inside a describe(): registers the hooks that open and remove the test's database file. */
export function useMigrationDatabase(): MigrationDatabase {
  let dir: ReturnType<typeof makeTempDir> | undefined;
  let handle: DatabaseHandle | undefined;

  beforeEach(() => {
    dir = makeTempDir();
    handle = openDatabase({ file: path.join(dir.path, 'test.sqlite') });
  });
  afterEach(async () => {
    await handle?.close();
    dir?.remove();
    handle = undefined;
  });

  const current = (): DatabaseHandle => {
    if (!handle) throw new Error('useMigrationDatabase: the database is open only inside a test');
    return handle;
  };
  return {
    get handle() {
      return current();
    },
    migrateBefore: (name) =>
      migrateToLatest(
        current().db as Kysely<unknown>,
        migrations.filter(([n]) => n < name),
      ),
    migrateThrough: (name) =>
      migrateToLatest(
        current().db as Kysely<unknown>,
        migrations.filter(([n]) => n <= name),
      ),
    migration: (name) => {
      const found = migrations.find(([n]) => n === name)?.[1];
      if (!found) throw new Error(`No migration named ${name}`);
      return found;
    },
  };
}
