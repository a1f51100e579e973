import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { SerialPGliteDialect } from './pglite-dialect';

export type DialectName = 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the tables live. */
  schema: string;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface PostgresOptions {
  url: string;
  /** Tables live in this schema (created if missing): lets tests and benches share one database. */
  schema?: string | null;
  poolSize?: number;
}

// pg returns int8 (count(*), sum()) as strings; PGlite returns numbers. Our counts fit a double,
// so read them as numbers on both dialects.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function connectPostgres(options: PostgresOptions): Promise<DatabaseHandle> {
  const schema = options.schema ?? null;
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  if (schema !== null) {
    // Created before the pool so every pooled connection can put it on its search_path.
    const admin = new pg.Client({ connectionString: options.url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // Opening a connection costs PostgreSQL a process fork and costs the requests that wait on it
    // tens of milliseconds; with the default 10 s idle timeout a steady service keeps closing
    // connections it needs again at the next burst. Keep the pool warm instead.
    idleTimeoutMillis: 5 * 60_000,
    types: pgTypes,
    ...(schema !== null ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    schema: schema ?? 'public',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** dataDir null: in memory (tests). Otherwise the folder holding the embedded database. */
export async function connectPGlite(dataDir: string | null): Promise<DatabaseHandle> {
  if (dataDir !== null) mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = dataDir === null ? await PGlite.create() : await PGlite.create(path.resolve(dataDir));
  const db = new Kysely<Database>({ dialect: new SerialPGliteDialect(client) });
  return {
    db,
    dialect: 'pglite',
    schema: 'public',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
