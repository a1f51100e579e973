import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { POOR_SCORE } from '../../../shared/domain/advisor/spaced-repetition';
import { attemptRow } from '../../helpers/attempts';
import { useMigrationDatabase } from '../../helpers/migration-database';

/** The totals as a full scan computes them: what the triggers must always agree with. */
function truth(sqlite: BetterSqlite3.Database) {
  const skills = sqlite
    .prepare(
      `SELECT category, count(*) AS attempts, sum(overall) AS overall_sum, sum(overall * overall) AS overall_sq,
         count(content_score) AS content_n, coalesce(sum(content_score), 0) AS content_sum, coalesce(sum(content_score * content_score), 0) AS content_sq,
         count(structure_score) AS structure_n, coalesce(sum(structure_score), 0) AS structure_sum,
         count(delivery_score) AS delivery_n, coalesce(sum(delivery_score), 0) AS delivery_sum,
         max(created_at) AS last_at
       FROM attempts GROUP BY category ORDER BY category`,
    )
    .all();
  const questions = sqlite
    .prepare(
      `SELECT question_id, count(*) AS attempts, max(overall) AS best, max(created_at) AS last_at,
         (SELECT overall FROM attempts b WHERE b.question_id = a.question_id ORDER BY created_at DESC, rowid DESC LIMIT 1) AS last_score,
         max(CASE WHEN overall < 60 THEN created_at END) AS last_poor_at
       FROM attempts a WHERE question_id IS NOT NULL GROUP BY question_id ORDER BY question_id`,
    )
    .all();
  return { skills, questions };
}

function stored(sqlite: BetterSqlite3.Database) {
  const skills = sqlite
    .prepare(
      `SELECT category, attempts, overall_sum, overall_sq, content_n, content_sum, content_sq, structure_n, structure_sum, delivery_n, delivery_sum, last_at
       FROM skill_totals ORDER BY category`,
    )
    .all();
  const questions = sqlite
    .prepare(
      `SELECT question_id, attempts, best, last_at, last_score, last_poor_at FROM question_totals ORDER BY question_id`,
    )
    .all();
  return { skills, questions };
}

function insertQuestions(sqlite: BetterSqlite3.Database, ids: readonly string[]): void {
  const insert = sqlite.prepare(
    `INSERT INTO questions (id, source, category, type, difficulty, text, created_at) VALUES (?, 'custom', 'conflict', 'behavioral', 'medium', ?, '2026-01-01T00:00:00Z')`,
  );
  for (const id of ids) insert.run(id, `Question ${id}`);
}

function insertAttempt(sqlite: BetterSqlite3.Database, row: ReturnType<typeof attemptRow>): void {
  const columns = Object.keys(row);
  sqlite
    .prepare(`INSERT INTO attempts (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`)
    .run(row);
}

describe('migration 0005-advisor on a real database file', () => {
  const db = useMigrationDatabase();

  it('agrees with the spaced-repetition rule on what a poor answer is', () => {
    expect(POOR_SCORE).toBe(60);
  });

  it('fills the totals from attempts written before it', async () => {
    await db.migrateBefore('0005-advisor');
    insertQuestions(db.handle.sqlite, ['q1', 'q2']);
    const t0 = Date.parse('2026-02-01T10:00:00Z');
    [55, 80, 40, 90].forEach((overall, i) =>
      insertAttempt(
        db.handle.sqlite,
        attemptRow({
          question_id: i % 2 ? 'q2' : 'q1',
          category: i < 2 ? 'conflict' : 'sales',
          overall,
          content_score: overall,
          at: new Date(t0 + i * 60_000),
        }),
      ),
    );
    await db.migrateThrough('0005-advisor');
    expect(stored(db.handle.sqlite)).toEqual(truth(db.handle.sqlite));
    const q1 = db.handle.sqlite.prepare(`SELECT * FROM question_totals WHERE question_id = 'q1'`).get();
    expect(q1).toMatchObject({
      attempts: 2,
      best: 55,
      last_score: 40,
      last_poor_at: new Date(t0 + 2 * 60_000).toISOString(),
    });
  });

  it('keeps the totals equal to a full recount through inserts, updates and deletes', async () => {
    await db.migrateThrough('0005-advisor');
    const ids = ['q1', 'q2', 'q3', 'q4'];
    insertQuestions(db.handle.sqlite, ids);
    const cats = ['conflict', 'sales', 'teamwork'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 300; i++) {
      insertAttempt(
        db.handle.sqlite,
        attemptRow({
          question_id: rand(5) === 0 ? null : (ids[rand(ids.length)] ?? null),
          category: cats[rand(cats.length)] ?? 'conflict',
          overall: 20 + rand(80),
          content_score: rand(4) === 0 ? null : 20 + rand(80),
          delivery_score: rand(2) === 0 ? null : 30 + rand(70),
          at: new Date(t0 + rand(90) * 86_400_000 + i),
        }),
      );
    }
    expect(stored(db.handle.sqlite)).toEqual(truth(db.handle.sqlite));

    const rowids = (): number[] =>
      (db.handle.sqlite.prepare('SELECT rowid AS r FROM attempts').all() as Array<{ r: number }>).map((x) => x.r);
    for (let i = 0; i < 60; i++) {
      const all = rowids();
      const target = all[rand(all.length)];
      switch (i % 4) {
        case 0:
          db.handle.sqlite.prepare('UPDATE attempts SET overall = ? WHERE rowid = ?').run(rand(100), target);
          break;
        case 1:
          db.handle.sqlite
            .prepare('UPDATE attempts SET question_id = ?, category = ? WHERE rowid = ?')
            .run(ids[rand(ids.length)], cats[rand(cats.length)], target);
          break;
        case 2:
          db.handle.sqlite
            .prepare('UPDATE attempts SET created_at = ?, content_score = ? WHERE rowid = ?')
            .run(new Date(t0 + rand(200) * 86_400_000).toISOString(), rand(100), target);
          break;
        default:
          db.handle.sqlite.prepare('DELETE FROM attempts WHERE rowid = ?').run(target);
      }
      expect(stored(db.handle.sqlite), `after change ${i}`).toEqual(truth(db.handle.sqlite));
    }

    // The rows that hold a total: each question's best, latest and latest poor answer, and each
    // category's latest — removed or changed one at a time.
    const holders = [
      `SELECT rowid AS r FROM attempts WHERE question_id = ? ORDER BY overall DESC LIMIT 1`,
      `SELECT rowid AS r FROM attempts WHERE question_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      `SELECT rowid AS r FROM attempts WHERE question_id = ? AND overall < 60 ORDER BY created_at DESC LIMIT 1`,
    ];
    for (const id of ids) {
      for (const [n, query] of holders.entries()) {
        const row = db.handle.sqlite.prepare(query).get(id) as { r: number } | undefined;
        if (!row) continue;
        if (n === 1) db.handle.sqlite.prepare('UPDATE attempts SET overall = 5 WHERE rowid = ?').run(row.r);
        else db.handle.sqlite.prepare('DELETE FROM attempts WHERE rowid = ?').run(row.r);
        expect(stored(db.handle.sqlite), `holder ${n} of ${id}`).toEqual(truth(db.handle.sqlite));
      }
    }
    for (const cat of cats) {
      db.handle.sqlite
        .prepare(
          'DELETE FROM attempts WHERE rowid = (SELECT rowid FROM attempts WHERE category = ? ORDER BY created_at DESC LIMIT 1)',
        )
        .run(cat);
      expect(stored(db.handle.sqlite), `latest of ${cat}`).toEqual(truth(db.handle.sqlite));
    }

    // Deleting a question sets its attempts' question_id to NULL (foreign key): its totals go.
    db.handle.sqlite.prepare(`DELETE FROM questions WHERE id = 'q1'`).run();
    expect(stored(db.handle.sqlite)).toEqual(truth(db.handle.sqlite));
    db.handle.sqlite.prepare('DELETE FROM attempts').run();
    expect(stored(db.handle.sqlite)).toEqual({ skills: [], questions: [] });
  });

  it('reads one question’s answers in time order from the covering index', async () => {
    await db.migrateThrough('0005-advisor');
    const plan = db.handle.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT overall, local_day FROM attempts WHERE question_id = ? AND created_at >= ? ORDER BY created_at`,
      )
      .all('q1', '2026-01-01') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX attempts_question_scores/);
  });

  it('can be rolled back', async () => {
    await db.migrateThrough('0005-advisor');
    const m0005 = db.migration('0005-advisor');
    await m0005.down?.(db.handle.db as Kysely<unknown>);
    const tables = (
      db.handle.sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')`)
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    expect(tables).not.toContain('skill_totals');
    expect(tables).not.toContain('question_totals');
    expect(tables).not.toContain('advisor_totals_insert');
    expect(tables).toContain('attempts');
    insertAttempt(db.handle.sqlite, attemptRow());
  });
});
