import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../electron/main/db/connection';
import { migrateToLatest } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { POOR_SCORE } from '../../../shared/domain/advisor/spaced-repetition';
import { attemptRow } from '../../helpers/attempts';
import { makeTempDir } from '../../helpers/temp-dir';

const before0005 = migrations.filter(([name]) => name < '0005-advisor');
const upTo0005 = migrations.filter(([name]) => name <= '0005-advisor');

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
  let dir: ReturnType<typeof makeTempDir>;
  let handle: DatabaseHandle;

  beforeEach(() => {
    dir = makeTempDir();
    handle = openDatabase({ file: path.join(dir.path, 'test.sqlite') });
  });
  afterEach(async () => {
    await handle.close();
    dir.remove();
  });

  it('agrees with the spaced-repetition rule on what a poor answer is', () => {
    expect(POOR_SCORE).toBe(60);
  });

  it('fills the totals from attempts written before it', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, before0005);
    insertQuestions(handle.sqlite, ['q1', 'q2']);
    const t0 = Date.parse('2026-02-01T10:00:00Z');
    [55, 80, 40, 90].forEach((overall, i) =>
      insertAttempt(
        handle.sqlite,
        attemptRow({
          question_id: i % 2 ? 'q2' : 'q1',
          category: i < 2 ? 'conflict' : 'sales',
          overall,
          content_score: overall,
          at: new Date(t0 + i * 60_000),
        }),
      ),
    );
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0005);
    expect(stored(handle.sqlite)).toEqual(truth(handle.sqlite));
    const q1 = handle.sqlite.prepare(`SELECT * FROM question_totals WHERE question_id = 'q1'`).get();
    expect(q1).toMatchObject({
      attempts: 2,
      best: 55,
      last_score: 40,
      last_poor_at: new Date(t0 + 2 * 60_000).toISOString(),
    });
  });

  it('keeps the totals equal to a full recount through inserts, updates and deletes', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0005);
    const ids = ['q1', 'q2', 'q3', 'q4'];
    insertQuestions(handle.sqlite, ids);
    const cats = ['conflict', 'sales', 'teamwork'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 300; i++) {
      insertAttempt(
        handle.sqlite,
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
    expect(stored(handle.sqlite)).toEqual(truth(handle.sqlite));

    const rowids = (): number[] =>
      (handle.sqlite.prepare('SELECT rowid AS r FROM attempts').all() as Array<{ r: number }>).map((x) => x.r);
    for (let i = 0; i < 60; i++) {
      const all = rowids();
      const target = all[rand(all.length)];
      switch (i % 4) {
        case 0:
          handle.sqlite.prepare('UPDATE attempts SET overall = ? WHERE rowid = ?').run(rand(100), target);
          break;
        case 1:
          handle.sqlite
            .prepare('UPDATE attempts SET question_id = ?, category = ? WHERE rowid = ?')
            .run(ids[rand(ids.length)], cats[rand(cats.length)], target);
          break;
        case 2:
          handle.sqlite
            .prepare('UPDATE attempts SET created_at = ?, content_score = ? WHERE rowid = ?')
            .run(new Date(t0 + rand(200) * 86_400_000).toISOString(), rand(100), target);
          break;
        default:
          handle.sqlite.prepare('DELETE FROM attempts WHERE rowid = ?').run(target);
      }
      expect(stored(handle.sqlite), `after change ${i}`).toEqual(truth(handle.sqlite));
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
        const row = handle.sqlite.prepare(query).get(id) as { r: number } | undefined;
        if (!row) continue;
        if (n === 1) handle.sqlite.prepare('UPDATE attempts SET overall = 5 WHERE rowid = ?').run(row.r);
        else handle.sqlite.prepare('DELETE FROM attempts WHERE rowid = ?').run(row.r);
        expect(stored(handle.sqlite), `holder ${n} of ${id}`).toEqual(truth(handle.sqlite));
      }
    }
    for (const cat of cats) {
      handle.sqlite
        .prepare(
          'DELETE FROM attempts WHERE rowid = (SELECT rowid FROM attempts WHERE category = ? ORDER BY created_at DESC LIMIT 1)',
        )
        .run(cat);
      expect(stored(handle.sqlite), `latest of ${cat}`).toEqual(truth(handle.sqlite));
    }

    // Deleting a question sets its attempts' question_id to NULL (foreign key): its totals go.
    handle.sqlite.prepare(`DELETE FROM questions WHERE id = 'q1'`).run();
    expect(stored(handle.sqlite)).toEqual(truth(handle.sqlite));
    handle.sqlite.prepare('DELETE FROM attempts').run();
    expect(stored(handle.sqlite)).toEqual({ skills: [], questions: [] });
  });

  it('reads one question’s answers in time order from the covering index', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0005);
    const plan = handle.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT overall, local_day FROM attempts WHERE question_id = ? AND created_at >= ? ORDER BY created_at`,
      )
      .all('q1', '2026-01-01') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX attempts_question_scores/);
  });

  it('can be rolled back', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0005);
    const m0005 = upTo0005.find(([name]) => name === '0005-advisor')?.[1];
    await m0005?.down?.(handle.db as Kysely<unknown>);
    const tables = (
      handle.sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')`)
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    expect(tables).not.toContain('skill_totals');
    expect(tables).not.toContain('question_totals');
    expect(tables).not.toContain('advisor_totals_insert');
    expect(tables).toContain('attempts');
    insertAttempt(handle.sqlite, attemptRow());
  });
});
