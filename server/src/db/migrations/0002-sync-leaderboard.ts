import { sql, type Kysely } from 'kysely';

const statements = [
  // Keyed by (user, attempt id): the desktop's id makes sync idempotent without letting one
  // account's ids collide with another's.
  `CREATE TABLE attempts (
     user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     id uuid NOT NULL,
     question_id text NOT NULL,
     category text NOT NULL,
     score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
     mode text NOT NULL CHECK (mode IN ('text', 'audio', 'video')),
     duration_sec integer NOT NULL CHECK (duration_sec >= 0),
     completed_at timestamptz NOT NULL,
     received_at timestamptz NOT NULL,
     PRIMARY KEY (user_id, id)
   )`,
  `CREATE INDEX attempts_user_completed ON attempts (user_id, completed_at)`,
  `CREATE TABLE leaderboard_stats (
     bucket text NOT NULL,
     category text NOT NULL,
     user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     points integer NOT NULL CHECK (points >= 0),
     attempts integer NOT NULL CHECK (attempts >= 0),
     listed boolean NOT NULL,
     PRIMARY KEY (bucket, category, user_id)
   )`,
  // The leaderboard reads the top of this index and counts the rows above the caller in it.
  `CREATE INDEX leaderboard_rank ON leaderboard_stats (bucket, category, points DESC, user_id) WHERE listed`,
  `CREATE INDEX leaderboard_stats_user ON leaderboard_stats (user_id)`,
  // The caller's rank is an index-only count, which needs a current visibility map; sync updates
  // rows all day, so vacuum this table after 1% churn rather than the default 20%.
  `ALTER TABLE leaderboard_stats SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS leaderboard_stats').execute(db);
  await sql.raw('DROP TABLE IF EXISTS attempts').execute(db);
}
