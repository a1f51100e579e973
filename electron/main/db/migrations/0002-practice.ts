import { sql, type Kysely } from 'kysely';

/**
 * Practice, part 1: a small key/value table for app state that belongs with the data (the
 * version of the question bank loaded into `questions`), and answer drafts, saved as the user
 * types so an answer survives a crash or restart.
 */
const statements = [
  `CREATE TABLE app_meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) WITHOUT ROWID`,
  `CREATE TABLE drafts (
     question_id TEXT PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
     answer_text TEXT NOT NULL,
     elapsed_sec REAL NOT NULL DEFAULT 0,
     updated_at TEXT NOT NULL
   )`,
  // Search, random picks and the category counts all skip archived rows and split bank from custom.
  `CREATE INDEX questions_source_archived ON questions (source, archived, category)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS questions_source_archived').execute(db);
  await sql.raw('DROP TABLE IF EXISTS drafts').execute(db);
  await sql.raw('DROP TABLE IF EXISTS app_meta').execute(db);
}
