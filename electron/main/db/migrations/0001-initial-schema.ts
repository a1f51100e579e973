import { sql, type Kysely } from 'kysely';

const statements = [
  `CREATE TABLE profile (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     display_name TEXT NOT NULL,
     target_role TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE questions (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL CHECK (source IN ('bank', 'custom', 'generated')),
     category TEXT NOT NULL,
     type TEXT NOT NULL,
     difficulty TEXT NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),
     text TEXT NOT NULL,
     key_points TEXT NOT NULL DEFAULT '[]',
     model_answer TEXT,
     tags TEXT NOT NULL DEFAULT '[]',
     roles TEXT NOT NULL DEFAULT '[]',
     bank_version TEXT,
     archived INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX questions_category ON questions (category, difficulty)`,
  `CREATE VIRTUAL TABLE questions_fts USING fts5(
     text, tags, category, key_points,
     content = 'questions', content_rowid = 'rowid',
     tokenize = 'porter unicode61'
   )`,
  `CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
     INSERT INTO questions_fts (rowid, text, tags, category, key_points)
     VALUES (new.rowid, new.text, new.tags, new.category, new.key_points);
   END`,
  `CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
     INSERT INTO questions_fts (questions_fts, rowid, text, tags, category, key_points)
     VALUES ('delete', old.rowid, old.text, old.tags, old.category, old.key_points);
   END`,
  `CREATE TRIGGER questions_fts_update AFTER UPDATE ON questions BEGIN
     INSERT INTO questions_fts (questions_fts, rowid, text, tags, category, key_points)
     VALUES ('delete', old.rowid, old.text, old.tags, old.category, old.key_points);
     INSERT INTO questions_fts (rowid, text, tags, category, key_points)
     VALUES (new.rowid, new.text, new.tags, new.category, new.key_points);
   END`,
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('practice', 'mock', 'video', 'plan')),
     status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'abandoned')),
     config TEXT NOT NULL DEFAULT '{}',
     plan_id TEXT REFERENCES plans (id) ON DELETE SET NULL,
     started_at TEXT NOT NULL,
     ended_at TEXT
   )`,
  `CREATE INDEX sessions_kind_status ON sessions (kind, status, started_at)`,
  `CREATE TABLE recordings (
     id TEXT PRIMARY KEY,
     attempt_id TEXT,
     status TEXT NOT NULL CHECK (status IN ('recording', 'processing', 'ready', 'recovered', 'failed')),
     mode TEXT NOT NULL CHECK (mode IN ('audio', 'video')),
     mime_type TEXT NOT NULL,
     file_name TEXT NOT NULL,
     bytes_written INTEGER NOT NULL DEFAULT 0,
     duration_sec REAL,
     analysis TEXT,
     error TEXT,
     recovered INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE INDEX recordings_status ON recordings (status)`,
  `CREATE TABLE attempts (
     id TEXT PRIMARY KEY,
     session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
     question_id TEXT REFERENCES questions (id) ON DELETE SET NULL,
     question_text TEXT NOT NULL,
     category TEXT NOT NULL,
     mode TEXT NOT NULL CHECK (mode IN ('text', 'audio', 'video')),
     answer_text TEXT NOT NULL,
     duration_sec REAL,
     overall REAL NOT NULL CHECK (overall BETWEEN 0 AND 100),
     content_score REAL,
     structure_score REAL,
     language_score REAL,
     delivery_score REAL,
     evaluation TEXT NOT NULL,
     evaluator_kind TEXT NOT NULL,
     evaluator_version TEXT NOT NULL,
     recording_id TEXT REFERENCES recordings (id) ON DELETE SET NULL,
     local_day TEXT NOT NULL,
     is_sample INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX attempts_created ON attempts (created_at)`,
  // Per-day totals kept by triggers: the dashboard and streaks read a few hundred rows, not every attempt.
  `CREATE TABLE attempt_days (
     local_day TEXT PRIMARY KEY,
     attempts INTEGER NOT NULL,
     score_sum REAL NOT NULL
   ) WITHOUT ROWID`,
  `CREATE TRIGGER attempt_days_insert AFTER INSERT ON attempts BEGIN
     INSERT INTO attempt_days (local_day, attempts, score_sum) VALUES (new.local_day, 1, new.overall)
     ON CONFLICT (local_day) DO UPDATE SET attempts = attempts + 1, score_sum = score_sum + excluded.score_sum;
   END`,
  `CREATE TRIGGER attempt_days_delete AFTER DELETE ON attempts BEGIN
     UPDATE attempt_days SET attempts = attempts - 1, score_sum = score_sum - old.overall WHERE local_day = old.local_day;
     DELETE FROM attempt_days WHERE local_day = old.local_day AND attempts <= 0;
   END`,
  `CREATE TRIGGER attempt_days_update AFTER UPDATE OF local_day, overall ON attempts BEGIN
     UPDATE attempt_days SET attempts = attempts - 1, score_sum = score_sum - old.overall WHERE local_day = old.local_day;
     DELETE FROM attempt_days WHERE local_day = old.local_day AND attempts <= 0;
     INSERT INTO attempt_days (local_day, attempts, score_sum) VALUES (new.local_day, 1, new.overall)
     ON CONFLICT (local_day) DO UPDATE SET attempts = attempts + 1, score_sum = score_sum + excluded.score_sum;
   END`,
  `CREATE INDEX attempts_category_created ON attempts (category, created_at)`,
  `CREATE INDEX attempts_question ON attempts (question_id, created_at)`,
  `CREATE INDEX attempts_session ON attempts (session_id)`,
  `CREATE TABLE saved_questions (
     question_id TEXT PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
     note TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL
   )`,
  `CREATE TABLE plans (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('daily', 'weak-areas', 'advanced', 'mastery')),
     title TEXT NOT NULL,
     details TEXT NOT NULL DEFAULT '{}',
     items TEXT NOT NULL DEFAULT '[]',
     status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'archived')),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE jobs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL,
     payload TEXT NOT NULL DEFAULT '{}',
     status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
     tries INTEGER NOT NULL DEFAULT 0,
     run_after TEXT NOT NULL,
     last_error TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE INDEX jobs_ready ON jobs (status, run_after)`,
  `CREATE TABLE outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     entity TEXT NOT NULL,
     entity_id TEXT NOT NULL,
     op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
     payload TEXT NOT NULL,
     tries INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     last_error TEXT,
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX outbox_next ON outbox (next_attempt_at, id)`,
  `CREATE TABLE leaderboard_cache (
     key TEXT PRIMARY KEY,
     payload TEXT NOT NULL,
     fetched_at TEXT NOT NULL
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'attempt_days',
    'leaderboard_cache',
    'outbox',
    'jobs',
    'saved_questions',
    'attempts',
    'recordings',
    'sessions',
    'questions_fts',
    'questions',
    'plans',
    'profile',
  ];
  for (const table of tables) await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
}
