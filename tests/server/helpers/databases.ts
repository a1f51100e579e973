import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectPGlite, connectPostgres, type DatabaseHandle } from '../../../server/src/db/connect';
import { migrateToLatest } from '../../../server/src/db/migrate';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and removes everything the test created. */
  drop(): Promise<void>;
}

/**
 * A fresh schema in the shared test database, so test files (and other suites) can run in
 * parallel without seeing each other's rows.
 */
export async function openPostgresTestDatabase(
  label: string,
  migrate = true,
): Promise<TestDatabase & { schema: string }> {
  const schema = `srv_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const handle = await connectPostgres({ url: TEST_DATABASE_URL, schema, poolSize: 5 });
  const drop = async () => {
    await handle.close();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await admin.end();
    }
  };
  try {
    if (migrate) await migrateToLatest(handle.db, handle.schema);
  } catch (error) {
    await drop();
    throw error;
  }
  return { ...handle, schema, drop };
}

/** An in-memory PGlite, the embedded database a configuration-free run uses. */
export async function openPGliteTestDatabase(migrate = true): Promise<TestDatabase> {
  const handle = await connectPGlite(null);
  if (migrate) await migrateToLatest(handle.db, handle.schema);
  return { ...handle, drop: () => handle.close() };
}

export interface DialectCase {
  name: 'postgres' | 'pglite';
  open(label: string): Promise<TestDatabase>;
}

/** The data layer is tested on both dialects the service runs on. */
export const DIALECTS: DialectCase[] = [
  { name: 'postgres', open: (label) => openPostgresTestDatabase(label) },
  { name: 'pglite', open: () => openPGliteTestDatabase() },
];
