import { sql, type Kysely } from 'kysely';

/**
 * A registration creates the account pending until the emailed code comes back, so the
 * registration endpoint can answer an existing email exactly like a new one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE users ADD COLUMN pending_since timestamptz').execute(db);
  await sql.raw('CREATE INDEX users_pending ON users (pending_since) WHERE pending_since IS NOT NULL').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS users_pending').execute(db);
  await sql.raw('ALTER TABLE users DROP COLUMN IF EXISTS pending_since').execute(db);
}
