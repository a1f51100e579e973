import { sql, type Kysely } from 'kysely';

/**
 * Access tokens carry the user's token version; sign-out, a password reset and a detected token
 * theft raise it, so access tokens issued before stop working without waiting for their expiry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE users DROP COLUMN IF EXISTS token_version').execute(db);
}
