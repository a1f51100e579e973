import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { migrations as knownMigrations } from './migrations/index';

const MIGRATION_TABLE = 'kysely_migration';

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: ReadonlyArray<readonly [string, Migration]>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.list);
  }
}

export class UnknownMigrationError extends Error {
  constructor(name: string) {
    super(
      `The database has migration "${name}" applied, which this build does not know: it was written by a ` +
        'newer or different version of the account service. Deploy that version, or point DATABASE_URL elsewhere.',
    );
    this.name = 'UnknownMigrationError';
  }
}

async function appliedMigrationNames<DB>(db: Kysely<DB>, schema: string): Promise<string[]> {
  const qualified = `${schema}.${MIGRATION_TABLE}`;
  const { rows } = await sql<{ exists: boolean }>`select to_regclass(${qualified}) is not null as exists`.execute(db);
  if (!rows[0]?.exists) return [];
  const applied = await sql<{ name: string }>`select name from ${sql.table(qualified)} order by name`.execute(db);
  return applied.rows.map((r) => r.name);
}

/** Running on a database with migrations this build does not know could corrupt it, so refuse. */
export function assertKnownPrefix(applied: readonly string[], known: readonly string[]): void {
  applied.forEach((name, index) => {
    if (known[index] !== name) throw new UnknownMigrationError(name);
  });
}

export interface MigrationReport {
  applied: string[];
  total: number;
}

/**
 * Brings the database up to date. Safe with several instances starting at once: Kysely's
 * migrator holds a PostgreSQL advisory lock while it works.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  /** The schema the tables live in. Named explicitly: Kysely would otherwise find another schema's migration table. */
  schema = 'public',
  list: ReadonlyArray<readonly [string, Migration]> = knownMigrations,
): Promise<MigrationReport> {
  const known = list.map(([name]) => name);
  assertKnownPrefix(await appliedMigrationNames(db, schema), known);
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(list), migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    total: known.length,
  };
}
