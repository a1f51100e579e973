import { sql, type Kysely } from 'kysely';

/**
 * The advisor, badges and mock interviews on 100,000 attempts.
 *
 * Scanning every attempt costs hundreds of milliseconds on a large history, so what the advisor
 * reads is kept by triggers as the attempts change:
 * - skill_totals: per category, the count, sum and sum of squares of the overall score and of
 *   each sub-score (the advisor's means and 95% intervals), and the latest answer's day.
 * - question_totals: per question, answers, best, the latest answer (time, score, day) and the
 *   time of the latest poor answer — what the plans and the spaced-repetition reviews start from.
 *   A poor answer is one below 60; shared/domain/advisor/spaced-repetition.ts POOR_SCORE says the
 *   same, and a test keeps the two in step.
 * - attempts_question_scores: a covering index for one question's answers in time order, read
 *   for due reviews and when a delete has to recompute a question's totals.
 * Deletes recompute a total only when the deleted row held it (the best, the latest), so
 * removing a whole history stays linear in practice.
 */
const POOR = 60;
const SKILLS = ['content', 'structure', 'language', 'delivery'] as const;

const skillColumns = SKILLS.map((s) => `${s}_n INTEGER NOT NULL, ${s}_sum REAL NOT NULL, ${s}_sq REAL NOT NULL`).join(
  ',\n     ',
);
const skillNames = SKILLS.map((s) => `${s}_n, ${s}_sum, ${s}_sq`).join(', ');
const skillValues = (row: string) =>
  SKILLS.map(
    (s) =>
      `${row}.${s}_score IS NOT NULL, coalesce(${row}.${s}_score, 0), coalesce(${row}.${s}_score, 0) * coalesce(${row}.${s}_score, 0)`,
  ).join(', ');
const skillAdd = SKILLS.map(
  (s) =>
    `${s}_n = ${s}_n + excluded.${s}_n, ${s}_sum = ${s}_sum + excluded.${s}_sum, ${s}_sq = ${s}_sq + excluded.${s}_sq`,
).join(',\n    ');
const skillRemove = SKILLS.map(
  (s) =>
    `${s}_n = ${s}_n - (old.${s}_score IS NOT NULL), ${s}_sum = ${s}_sum - coalesce(old.${s}_score, 0), ${s}_sq = ${s}_sq - coalesce(old.${s}_score, 0) * coalesce(old.${s}_score, 0)`,
).join(',\n    ');

const addSkill = `INSERT INTO skill_totals (category, attempts, overall_sum, overall_sq, ${skillNames}, last_at, last_day)
  VALUES (new.category, 1, new.overall, new.overall * new.overall, ${skillValues('new')}, new.created_at, new.local_day)
  ON CONFLICT (category) DO UPDATE SET
    attempts = attempts + 1,
    overall_sum = overall_sum + excluded.overall_sum,
    overall_sq = overall_sq + excluded.overall_sq,
    ${skillAdd},
    last_day = CASE WHEN excluded.last_at >= last_at THEN excluded.last_day ELSE last_day END,
    last_at = max(last_at, excluded.last_at);`;

const removeSkill = `UPDATE skill_totals SET
    attempts = attempts - 1,
    overall_sum = overall_sum - old.overall,
    overall_sq = overall_sq - old.overall * old.overall,
    ${skillRemove},
    last_day = CASE WHEN old.created_at < last_at THEN last_day ELSE coalesce(
      (SELECT local_day FROM attempts WHERE category = old.category ORDER BY created_at DESC LIMIT 1), '') END,
    last_at = CASE WHEN old.created_at < last_at THEN last_at ELSE coalesce(
      (SELECT max(created_at) FROM attempts WHERE category = old.category), '') END
  WHERE category = old.category;
  DELETE FROM skill_totals WHERE category = old.category AND attempts <= 0;`;

const addQuestion = `INSERT INTO question_totals (question_id, attempts, best, last_at, last_score, last_day, last_poor_at)
  SELECT new.question_id, 1, new.overall, new.created_at, new.overall, new.local_day, CASE WHEN new.overall < ${POOR} THEN new.created_at END
  WHERE new.question_id IS NOT NULL
  ON CONFLICT (question_id) DO UPDATE SET
    attempts = attempts + 1,
    best = max(best, excluded.best),
    last_score = CASE WHEN excluded.last_at >= last_at THEN excluded.last_score ELSE last_score END,
    last_day = CASE WHEN excluded.last_at >= last_at THEN excluded.last_day ELSE last_day END,
    last_at = max(last_at, excluded.last_at),
    last_poor_at = CASE WHEN excluded.last_poor_at IS NOT NULL AND (last_poor_at IS NULL OR excluded.last_poor_at > last_poor_at)
      THEN excluded.last_poor_at ELSE last_poor_at END;`;

/** The latest remaining answer to old.question_id, by time then insertion order. */
const latest = (column: string) =>
  `(SELECT ${column} FROM attempts WHERE question_id = old.question_id ORDER BY created_at DESC, rowid DESC LIMIT 1)`;

const removeQuestion = `UPDATE question_totals SET
    attempts = attempts - 1,
    best = CASE WHEN old.overall < best THEN best ELSE coalesce((SELECT max(overall) FROM attempts WHERE question_id = old.question_id), 0) END,
    last_score = CASE WHEN old.created_at < last_at THEN last_score ELSE coalesce(${latest('overall')}, 0) END,
    last_day = CASE WHEN old.created_at < last_at THEN last_day ELSE coalesce(${latest('local_day')}, '') END,
    last_at = CASE WHEN old.created_at < last_at THEN last_at ELSE coalesce(${latest('created_at')}, '') END,
    last_poor_at = CASE WHEN old.overall >= ${POOR} OR old.created_at < last_poor_at THEN last_poor_at
      ELSE (SELECT max(created_at) FROM attempts WHERE question_id = old.question_id AND overall < ${POOR}) END
  WHERE question_id = old.question_id AND old.question_id IS NOT NULL;
  DELETE FROM question_totals WHERE question_id = old.question_id AND attempts <= 0;`;

const WATCHED =
  'question_id, category, overall, content_score, structure_score, language_score, delivery_score, created_at, local_day';

const statements = [
  `CREATE TABLE skill_totals (
     category TEXT PRIMARY KEY,
     attempts INTEGER NOT NULL,
     overall_sum REAL NOT NULL,
     overall_sq REAL NOT NULL,
     ${skillColumns},
     last_at TEXT NOT NULL,
     last_day TEXT NOT NULL
   ) WITHOUT ROWID`,
  `CREATE TABLE question_totals (
     question_id TEXT PRIMARY KEY,
     attempts INTEGER NOT NULL,
     best REAL NOT NULL,
     last_at TEXT NOT NULL,
     last_score REAL NOT NULL,
     last_day TEXT NOT NULL,
     last_poor_at TEXT
   ) WITHOUT ROWID`,
  `CREATE INDEX attempts_question_scores ON attempts (question_id, created_at, overall, local_day)`,
  // Plans by status for the advisor's list of started plans.
  `CREATE INDEX plans_status ON plans (status, created_at)`,
  // Backfill from what is there.
  `INSERT INTO skill_totals (category, attempts, overall_sum, overall_sq, ${skillNames}, last_at, last_day)
   SELECT category, count(*), sum(overall), sum(overall * overall),
     ${SKILLS.map((s) => `count(${s}_score), coalesce(sum(${s}_score), 0), coalesce(sum(${s}_score * ${s}_score), 0)`).join(', ')},
     max(created_at), (SELECT local_day FROM attempts b WHERE b.category = a.category ORDER BY created_at DESC LIMIT 1)
   FROM attempts a GROUP BY category`,
  `INSERT INTO question_totals (question_id, attempts, best, last_at, last_score, last_day, last_poor_at)
   SELECT question_id, count(*), max(overall), max(created_at),
     (SELECT overall FROM attempts b WHERE b.question_id = a.question_id ORDER BY created_at DESC, rowid DESC LIMIT 1),
     (SELECT local_day FROM attempts b WHERE b.question_id = a.question_id ORDER BY created_at DESC, rowid DESC LIMIT 1),
     max(CASE WHEN overall < ${POOR} THEN created_at END)
   FROM attempts a WHERE question_id IS NOT NULL GROUP BY question_id`,
  `CREATE TRIGGER advisor_totals_insert AFTER INSERT ON attempts BEGIN
     ${addSkill}
     ${addQuestion}
   END`,
  `CREATE TRIGGER advisor_totals_delete AFTER DELETE ON attempts BEGIN
     ${removeSkill}
     ${removeQuestion}
   END`,
  `CREATE TRIGGER advisor_totals_update AFTER UPDATE OF ${WATCHED} ON attempts BEGIN
     ${removeSkill}
     ${removeQuestion}
     ${addSkill}
     ${addQuestion}
   END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['advisor_totals_update', 'advisor_totals_delete', 'advisor_totals_insert']) {
    await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  }
  await sql.raw('DROP INDEX IF EXISTS plans_status').execute(db);
  await sql.raw('DROP INDEX IF EXISTS attempts_question_scores').execute(db);
  await sql.raw('DROP TABLE IF EXISTS question_totals').execute(db);
  await sql.raw('DROP TABLE IF EXISTS skill_totals').execute(db);
}
