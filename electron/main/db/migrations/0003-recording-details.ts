import { sql, type Kysely } from 'kysely';

/**
 * Recordings, part 2: what the answer was about (so a recovered recording can say which question
 * it answered), how many chunks arrived, and whether the user has seen the "recovered" notice.
 */
const statements = [
  `ALTER TABLE recordings ADD COLUMN question_id TEXT`,
  `ALTER TABLE recordings ADD COLUMN question_text TEXT`,
  `ALTER TABLE recordings ADD COLUMN chunk_count INTEGER NOT NULL DEFAULT 0`,
  `ALTER TABLE recordings ADD COLUMN notice_dismissed INTEGER NOT NULL DEFAULT 0`,
  // The start-up notice asks for recovered recordings the user has not dismissed yet.
  `CREATE INDEX recordings_recovered_notice ON recordings (recovered, notice_dismissed)`,
  `CREATE INDEX recordings_created ON recordings (created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS recordings_created').execute(db);
  await sql.raw('DROP INDEX IF EXISTS recordings_recovered_notice').execute(db);
  for (const column of ['notice_dismissed', 'chunk_count', 'question_text', 'question_id']) {
    await sql.raw(`ALTER TABLE recordings DROP COLUMN ${column}`).execute(db);
  }
}
