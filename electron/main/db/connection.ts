import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface OpenDatabaseOptions {
  /** Path to the SQLite file, or ':memory:'. */
  file: string;
  /**
   * Path to a better_sqlite3.node built for the running runtime. Electron passes its own build
   * (see scripts/build-electron-native.mjs); Node (tests, CLI, browser host) uses the default.
   */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  const sqlite = new BetterSqlite3(options.file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
  });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not left readable in free pages.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    // Kysely's destroy() closes the better-sqlite3 handle it was given.
    close: () => db.destroy(),
  };
}
