import { sql, type Kysely } from 'kysely';

/**
 * Reports and sample data.
 *
 * Reports on 100,000 attempts must answer in milliseconds, so nothing a request reads is parsed
 * out of evaluation JSON per request:
 * - attempts.wpm and attempts.filler_per_100 hold the pace (spoken answers only: the linked
 *   recording's analysis, else the evaluation's words per minute) and the filler rate, derived
 *   once when the row is written. A writer may fill them itself (the sample generator does);
 *   otherwise the insert trigger derives them.
 * - attempt_stats holds per (local day, category) sums of every score, pace and filler figure,
 *   kept by triggers; trends, per-category scores, streaks and the calendar read a few thousand
 *   rows of it instead of every attempt.
 * - attempts_fts indexes question and answer text for the history search.
 * - sessions.is_sample marks the sample generator's mock interviews, so removing sample data is
 *   one DELETE per table.
 *
 * The derived columns are written only by the insert trigger, or by the update trigger when the
 * evaluation, recording or mode changes; attempt_stats triggers do not watch them, so that
 * internal UPDATE never counts a row twice.
 */

/** Pace of a spoken answer: what the recording measured, else the evaluation's estimate. */
const wpmOf = (row: string) => `CASE WHEN ${row}.mode IN ('audio', 'video') THEN coalesce(
    (SELECT CASE WHEN json_valid(analysis) THEN json_extract(analysis, '$.metrics.estimatedWpm') END FROM recordings WHERE id = ${row}.recording_id),
    CASE WHEN json_valid(${row}.evaluation) THEN json_extract(${row}.evaluation, '$.metrics.wpm') END) END`;
const fillerOf = (row: string) =>
  `CASE WHEN json_valid(${row}.evaluation) THEN json_extract(${row}.evaluation, '$.metrics.fillerPer100') END`;

/** One attempt's contribution to attempt_stats, as the VALUES of an upsert (read from the stored row). */
const CONTRIBUTION_COLUMNS = `local_day, category, attempts, overall_sum, overall_best,
  content_sum, content_n, structure_sum, structure_n, language_sum, language_n, delivery_sum, delivery_n,
  wpm_sum, wpm_n, filler_sum, filler_n`;
const contributionOf = (a: string) => `${a}.local_day, ${a}.category, 1, ${a}.overall, ${a}.overall,
  coalesce(${a}.content_score, 0), ${a}.content_score IS NOT NULL,
  coalesce(${a}.structure_score, 0), ${a}.structure_score IS NOT NULL,
  coalesce(${a}.language_score, 0), ${a}.language_score IS NOT NULL,
  coalesce(${a}.delivery_score, 0), ${a}.delivery_score IS NOT NULL,
  coalesce(${a}.wpm, 0), ${a}.wpm IS NOT NULL,
  coalesce(${a}.filler_per_100, 0), ${a}.filler_per_100 IS NOT NULL`;
const ADD_ON_CONFLICT = `ON CONFLICT (local_day, category) DO UPDATE SET
  attempts = attempts + 1,
  overall_sum = overall_sum + excluded.overall_sum,
  overall_best = max(overall_best, excluded.overall_best),
  content_sum = content_sum + excluded.content_sum, content_n = content_n + excluded.content_n,
  structure_sum = structure_sum + excluded.structure_sum, structure_n = structure_n + excluded.structure_n,
  language_sum = language_sum + excluded.language_sum, language_n = language_n + excluded.language_n,
  delivery_sum = delivery_sum + excluded.delivery_sum, delivery_n = delivery_n + excluded.delivery_n,
  wpm_sum = wpm_sum + excluded.wpm_sum, wpm_n = wpm_n + excluded.wpm_n,
  filler_sum = filler_sum + excluded.filler_sum, filler_n = filler_n + excluded.filler_n`;

/** Adds the stored row with this rowid to its (day, category) totals. */
const addRow = (rowid: string) => `INSERT INTO attempt_stats (${CONTRIBUTION_COLUMNS})
  SELECT ${contributionOf('a')} FROM attempts a WHERE a.rowid = ${rowid} AND true
  ${ADD_ON_CONFLICT};`;

/** Takes the old row out of its totals; the best score is recomputed only when the old row held it. */
const REMOVE_OLD = `UPDATE attempt_stats SET
    attempts = attempts - 1,
    overall_sum = overall_sum - old.overall,
    content_sum = content_sum - coalesce(old.content_score, 0), content_n = content_n - (old.content_score IS NOT NULL),
    structure_sum = structure_sum - coalesce(old.structure_score, 0), structure_n = structure_n - (old.structure_score IS NOT NULL),
    language_sum = language_sum - coalesce(old.language_score, 0), language_n = language_n - (old.language_score IS NOT NULL),
    delivery_sum = delivery_sum - coalesce(old.delivery_score, 0), delivery_n = delivery_n - (old.delivery_score IS NOT NULL),
    wpm_sum = wpm_sum - coalesce(old.wpm, 0), wpm_n = wpm_n - (old.wpm IS NOT NULL),
    filler_sum = filler_sum - coalesce(old.filler_per_100, 0), filler_n = filler_n - (old.filler_per_100 IS NOT NULL),
    overall_best = CASE WHEN old.overall < overall_best THEN overall_best ELSE coalesce(
      (SELECT max(overall) FROM attempts WHERE local_day = old.local_day AND category = old.category AND rowid <> old.rowid), 0) END
  WHERE local_day = old.local_day AND category = old.category;
  DELETE FROM attempt_stats WHERE local_day = old.local_day AND category = old.category AND attempts <= 0;`;

const WATCHED =
  'local_day, category, mode, overall, content_score, structure_score, language_score, delivery_score, evaluation, recording_id';

const statements = [
  `ALTER TABLE attempts ADD COLUMN wpm REAL`,
  `ALTER TABLE attempts ADD COLUMN filler_per_100 REAL`,
  `ALTER TABLE sessions ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0`,
  // Backfill: the one time evaluation JSON is read for every row.
  `UPDATE attempts SET wpm = ${wpmOf('attempts')}, filler_per_100 = ${fillerOf('attempts')}`,
  `CREATE TABLE attempt_stats (
     local_day TEXT NOT NULL,
     category TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     overall_sum REAL NOT NULL,
     overall_best REAL NOT NULL,
     content_sum REAL NOT NULL, content_n INTEGER NOT NULL,
     structure_sum REAL NOT NULL, structure_n INTEGER NOT NULL,
     language_sum REAL NOT NULL, language_n INTEGER NOT NULL,
     delivery_sum REAL NOT NULL, delivery_n INTEGER NOT NULL,
     wpm_sum REAL NOT NULL, wpm_n INTEGER NOT NULL,
     filler_sum REAL NOT NULL, filler_n INTEGER NOT NULL,
     PRIMARY KEY (local_day, category)
   ) WITHOUT ROWID`,
  `INSERT INTO attempt_stats (${CONTRIBUTION_COLUMNS})
   SELECT local_day, category, count(*), sum(overall), max(overall),
     coalesce(sum(content_score), 0), count(content_score), coalesce(sum(structure_score), 0), count(structure_score),
     coalesce(sum(language_score), 0), count(language_score), coalesce(sum(delivery_score), 0), count(delivery_score),
     coalesce(sum(wpm), 0), count(wpm), coalesce(sum(filler_per_100), 0), count(filler_per_100)
   FROM attempts GROUP BY local_day, category`,
  `CREATE TRIGGER attempt_stats_insert AFTER INSERT ON attempts BEGIN
     UPDATE attempts SET wpm = coalesce(wpm, ${wpmOf('new')}), filler_per_100 = coalesce(filler_per_100, ${fillerOf('new')})
       WHERE rowid = new.rowid AND (new.filler_per_100 IS NULL OR (new.wpm IS NULL AND new.mode <> 'text'));
     ${addRow('new.rowid')}
   END`,
  `CREATE TRIGGER attempt_stats_delete AFTER DELETE ON attempts BEGIN
     ${REMOVE_OLD}
   END`,
  `CREATE TRIGGER attempt_stats_update AFTER UPDATE OF ${WATCHED} ON attempts BEGIN
     ${REMOVE_OLD}
     UPDATE attempts SET wpm = ${wpmOf('new')}, filler_per_100 = ${fillerOf('new')}
       WHERE rowid = new.rowid
         AND (old.evaluation IS NOT new.evaluation OR old.recording_id IS NOT new.recording_id OR old.mode IS NOT new.mode);
     ${addRow('new.rowid')}
   END`,
  // History: filtered pages in date order read this index alone until they have a page of rows.
  `CREATE INDEX attempts_history ON attempts (created_at, local_day, category, mode, overall, is_sample)`,
  // The best score of a (day, category) after a delete.
  `CREATE INDEX attempts_day_category ON attempts (local_day, category, overall)`,
  // "Is there sample data?" and "remove it" without scanning real attempts.
  `CREATE INDEX attempts_sample ON attempts (is_sample) WHERE is_sample = 1`,
  `CREATE INDEX sessions_sample ON sessions (is_sample) WHERE is_sample = 1`,
  // The history search. External content keyed by rowid, like questions_fts; the app never
  // VACUUMs (which could renumber rowids); if it ever does, rebuild with
  // INSERT INTO attempts_fts (attempts_fts) VALUES ('rebuild').
  `CREATE VIRTUAL TABLE attempts_fts USING fts5(
     question_text, answer_text,
     content = 'attempts', content_rowid = 'rowid',
     tokenize = 'porter unicode61'
   )`,
  `INSERT INTO attempts_fts (attempts_fts) VALUES ('rebuild')`,
  `CREATE TRIGGER attempts_fts_insert AFTER INSERT ON attempts BEGIN
     INSERT INTO attempts_fts (rowid, question_text, answer_text) VALUES (new.rowid, new.question_text, new.answer_text);
   END`,
  `CREATE TRIGGER attempts_fts_delete AFTER DELETE ON attempts BEGIN
     INSERT INTO attempts_fts (attempts_fts, rowid, question_text, answer_text) VALUES ('delete', old.rowid, old.question_text, old.answer_text);
   END`,
  `CREATE TRIGGER attempts_fts_update AFTER UPDATE OF question_text, answer_text ON attempts BEGIN
     INSERT INTO attempts_fts (attempts_fts, rowid, question_text, answer_text) VALUES ('delete', old.rowid, old.question_text, old.answer_text);
     INSERT INTO attempts_fts (rowid, question_text, answer_text) VALUES (new.rowid, new.question_text, new.answer_text);
   END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of [
    'attempts_fts_update',
    'attempts_fts_delete',
    'attempts_fts_insert',
    'attempt_stats_update',
    'attempt_stats_delete',
    'attempt_stats_insert',
  ]) {
    await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  }
  await sql.raw('DROP TABLE IF EXISTS attempts_fts').execute(db);
  for (const index of ['sessions_sample', 'attempts_sample', 'attempts_day_category', 'attempts_history']) {
    await sql.raw(`DROP INDEX IF EXISTS ${index}`).execute(db);
  }
  await sql.raw('DROP TABLE IF EXISTS attempt_stats').execute(db);
  await sql.raw('ALTER TABLE sessions DROP COLUMN is_sample').execute(db);
  await sql.raw('ALTER TABLE attempts DROP COLUMN filler_per_100').execute(db);
  await sql.raw('ALTER TABLE attempts DROP COLUMN wpm').execute(db);
}
