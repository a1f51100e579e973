import { sql, type Kysely, type Migration } from 'kysely';
import { AppError } from '../../../shared/ipc/result';
import { migrations as knownMigrations } from './migrations';

const MIGRATION_TABLE = 'kysely_migration';

async function appliedMigrationNames(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await db
    .selectFrom(MIGRATION_TABLE as never)
    .select(['name' as never])
    .orderBy('timestamp' as never)
    .orderBy('name' as never)
    .execute();
  return rows.map((row) => String((row as { name: unknown }).name));
}

/**
 * Refuses a database whose applied migrations are not a prefix of the ones this build knows
 * (for instance one written by a newer version of the app): running on it could corrupt data.
 */
export function assertKnownPrefix(applied: readonly string[], known: readonly string[]): void {
  applied.forEach((name, index) => {
    if (known[index] !== name) {
      throw new AppError(
        'CONFLICT',
        `This data folder was written by a different version of IntervYou (unknown migration "${name}"). ` +
          'Update the app, or choose another data folder.',
      );
    }
  });
}

export interface MigrationReport {
  applied: string[];
  total: number;
}

export interface MigrateOptions {
  /**
   * Called once before a database that already holds data is migrated, with the names about to
   * run: the app takes a backup of the file here (see db/backup.ts).
   */
  beforeMigrating?: (pending: readonly string[]) => Promise<void>;
  now?: () => Date;
}

/**
 * Applies the pending migrations in one transaction: SQLite's DDL is transactional, so a
 * migration that fails half-way leaves the database exactly as it was before this start, and
 * the next start (with the migration fixed) simply tries again.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  list: ReadonlyArray<readonly [string, Migration]> = knownMigrations,
  options: MigrateOptions = {},
): Promise<MigrationReport> {
  const known = list.map(([name]) => name);
  const applied = await appliedMigrationNames(db);
  assertKnownPrefix(applied, known);
  const pending = list.slice(applied.length);
  if (pending.length === 0) return { applied: [], total: known.length };
  if (applied.length > 0) await options.beforeMigrating?.(pending.map(([name]) => name));

  const now = options.now ?? (() => new Date());
  let current = pending[0]?.[0] ?? '';
  try {
    await db.transaction().execute(async (trx) => {
      await sql`CREATE TABLE IF NOT EXISTS ${sql.table(MIGRATION_TABLE)} (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)`.execute(
        trx,
      );
      for (const [name, migration] of pending) {
        current = name;
        await migration.up(trx);
        await sql`INSERT INTO ${sql.table(MIGRATION_TABLE)} (name, timestamp) VALUES (${name}, ${now().toISOString()})`.execute(
          trx,
        );
      }
    });
  } catch (error) {
    throw new Error(
      `Database migration ${current} failed, and the database was left as it was: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return { applied: pending.map(([name]) => name), total: known.length };
}
