import { sql, type Kysely } from 'kysely';

/**
 * Score sync (issue 9): answers the account service refused, moved out of the outbox so they are
 * never resent in a loop, and kept with the service's reason until the user dismisses them.
 * No foreign key to attempts: a refusal stays readable (and dismissable) whatever happens to the
 * attempt; a reset clears the table with the rest of the history.
 */
const statements = [
  `CREATE TABLE sync_rejections (
     attempt_id TEXT PRIMARY KEY,
     reason TEXT NOT NULL,
     message TEXT NOT NULL,
     payload TEXT NOT NULL,
     rejected_at TEXT NOT NULL
   ) WITHOUT ROWID`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sync_rejections`.execute(db);
}
