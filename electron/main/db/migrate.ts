import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../../../shared/ipc/result';
import { migrations as knownMigrations } from './migrations';

const MIGRATION_TABLE = 'kysely_migration';

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: ReadonlyArray<readonly [string, Migration]>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.list);
  }
}

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

export async function migrateToLatest(
  db: Kysely<unknown>,
  list: ReadonlyArray<readonly [string, Migration]> = knownMigrations,
): Promise<MigrationReport> {
  const known = list.map(([name]) => name);
  assertKnownPrefix(await appliedMigrationNames(db), known);
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(list) });
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
