import { sql, type Kysely } from 'kysely';

/**
 * The AI coach (issue 10):
 * - ai_usage: tokens per model request, for the month's totals in Settings.
 * - ai_reviews: the AI's rubric review of an attempt, stored beside the local evaluation (the
 *   recorded score stays the local one; the review is an annotation). Goes with its attempt.
 * - chat_messages: the coach chat, one row per message; a stopped or failed reply keeps what arrived.
 * - questions.generated_by: the model that wrote an AI-generated question (source 'generated').
 */
const statements = [
  `CREATE TABLE ai_usage (
     id INTEGER PRIMARY KEY,
     feature TEXT NOT NULL,
     model TEXT NOT NULL,
     prompt_tokens INTEGER NOT NULL CHECK (prompt_tokens >= 0),
     completion_tokens INTEGER NOT NULL CHECK (completion_tokens >= 0),
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX ai_usage_created ON ai_usage (created_at)`,
  `CREATE TABLE ai_reviews (
     attempt_id TEXT PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
     model TEXT NOT NULL,
     review TEXT NOT NULL,
     created_at TEXT NOT NULL
   )`,
  `CREATE TABLE chat_messages (
     id INTEGER PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
     content TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('complete', 'stopped', 'failed')),
     model TEXT,
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, id)`,
  `ALTER TABLE questions ADD COLUMN generated_by TEXT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE questions DROP COLUMN generated_by`.execute(db);
  await sql`DROP TABLE chat_messages`.execute(db);
  await sql`DROP TABLE ai_reviews`.execute(db);
  await sql`DROP TABLE ai_usage`.execute(db);
}
