import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

/**
 * The layout of a data export, raised when an older app could no longer read a newer export
 * correctly (not for new tables or columns: those an import fills in or ignores).
 */
export const EXPORT_FORMAT = 1;

/** manifest.json at the root of a data export. Exports made before `format` and `schema` existed are format 1. */
export const ExportManifest = z.object({
  format: z.number().int().min(1).default(1),
  app: z.object({ name: z.string().max(100), version: z.string().min(1).max(50) }),
  exportedAt: z.iso.datetime({ offset: true }),
  /** The newest database migration of the exporting app (e.g. "0006-ai"); null when unknown. */
  schema: z.string().max(100).nullable().default(null),
  /** Table name → rows written. */
  tables: z.record(z.string(), z.number().int().min(0)),
  recordings: z.number().int().min(0),
});
export type ExportManifest = z.output<typeof ExportManifest>;

/** The newest migration applied to a database, from the migrator's own table. */
export function latestMigration(sqlite: BetterSqlite3.Database): string | null {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`)
    .get();
  if (!table) return null;
  const row = sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').get() as
    { name: string } | undefined;
  return row?.name ?? null;
}
