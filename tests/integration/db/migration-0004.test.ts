import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../../electron/main/db/connection';
import type { NewAttempt } from '../../../electron/main/db/schema';
import { attemptRow } from '../../helpers/attempts';
import { useMigrationDatabase } from '../../helpers/migration-database';

const evaluationJson = (fillerPer100: number, wpm: number | null) => JSON.stringify({ metrics: { fillerPer100, wpm } });

function insertRaw(handle: DatabaseHandle, row: NewAttempt): void {
  const columns = Object.keys(row);
  handle.sqlite
    .prepare(`INSERT INTO attempts (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`)
    .run(row);
}

function insertRecording(handle: DatabaseHandle, id: string, estimatedWpm: number): void {
  handle.sqlite
    .prepare(
      `INSERT INTO recordings (id, status, mode, mime_type, file_name, analysis, created_at, updated_at)
       VALUES (?, 'ready', 'audio', 'audio/webm', ?, ?, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')`,
    )
    .run(id, `${id}.webm`, JSON.stringify({ version: 1, metrics: { estimatedWpm } }));
}

/** attempt_stats as the triggers should have it, recomputed from every attempt. */
function recomputed(handle: DatabaseHandle): unknown[] {
  return handle.sqlite
    .prepare(
      `SELECT local_day, category, count(*) AS attempts, round(sum(overall), 6) AS overall_sum, max(overall) AS overall_best,
         round(coalesce(sum(content_score), 0), 6) AS content_sum, count(content_score) AS content_n,
         round(coalesce(sum(delivery_score), 0), 6) AS delivery_sum, count(delivery_score) AS delivery_n,
         round(coalesce(sum(wpm), 0), 6) AS wpm_sum, count(wpm) AS wpm_n,
         round(coalesce(sum(filler_per_100), 0), 6) AS filler_sum, count(filler_per_100) AS filler_n
       FROM attempts GROUP BY local_day, category ORDER BY local_day, category`,
    )
    .all();
}

function stored(handle: DatabaseHandle): unknown[] {
  return handle.sqlite
    .prepare(
      `SELECT local_day, category, attempts, round(overall_sum, 6) AS overall_sum, overall_best,
         round(content_sum, 6) AS content_sum, content_n, round(delivery_sum, 6) AS delivery_sum, delivery_n,
         round(wpm_sum, 6) AS wpm_sum, wpm_n, round(filler_sum, 6) AS filler_sum, filler_n
       FROM attempt_stats ORDER BY local_day, category`,
    )
    .all();
}

describe('migration 0004-reports on a real database file', () => {
  const db = useMigrationDatabase();

  it('backfills pace, filler rate, per-day totals and the search index from attempts written before it', async () => {
    await db.migrateBefore('0004-reports');
    insertRecording(db.handle, 'rec-00000001', 151);
    const day = new Date(2026, 10, 2, 10);
    insertRaw(
      db.handle,
      attemptRow({
        id: 'a-text',
        at: day,
        overall: 60,
        evaluation: evaluationJson(3.5, 41),
        answer_text: 'We migrated the billing service to Kafka.',
      }),
    );
    insertRaw(
      db.handle,
      attemptRow({
        id: 'a-audio',
        at: day,
        overall: 80,
        mode: 'audio',
        delivery_score: 70,
        recording_id: 'rec-00000001',
        evaluation: evaluationJson(1.2, 120),
      }),
    );
    insertRaw(
      db.handle,
      attemptRow({
        id: 'a-video',
        at: day,
        overall: 70,
        mode: 'video',
        category: 'sales',
        evaluation: evaluationJson(0, 133),
      }),
    );
    insertRaw(
      db.handle,
      attemptRow({ id: 'a-broken', at: new Date(2026, 10, 3, 10), overall: 50, evaluation: 'not json' }),
    );

    await db.migrateThrough('0004-reports');

    const rows = await db.handle.db
      .selectFrom('attempts')
      .select(['id', 'wpm', 'filler_per_100'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      // A recording's measured pace wins over the evaluation's estimate; typed answers have no pace.
      { id: 'a-audio', wpm: 151, filler_per_100: 1.2 },
      { id: 'a-broken', wpm: null, filler_per_100: null },
      { id: 'a-text', wpm: null, filler_per_100: 3.5 },
      { id: 'a-video', wpm: 133, filler_per_100: 0 },
    ]);
    expect(stored(db.handle)).toEqual(recomputed(db.handle));
    expect(stored(db.handle)).toHaveLength(3);
    const hits = db.handle.sqlite
      .prepare(
        `SELECT a.id FROM attempts_fts JOIN attempts a ON a.rowid = attempts_fts.rowid WHERE attempts_fts MATCH 'kafka'`,
      )
      .all();
    expect(hits).toEqual([{ id: 'a-text' }]);
  });

  it('keeps the per-day totals equal to a full recount through inserts, updates and deletes', async () => {
    await db.migrateThrough('0004-reports');
    insertRecording(db.handle, 'rec-00000002', 166);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) {
      const mode = (['text', 'audio', 'video'] as const)[i % 3] ?? 'text';
      const row = attemptRow({
        at: new Date(2026, 9, 1 + Math.floor(rand() * 20), 9),
        category: ['conflict', 'sales', 'product'][Math.floor(rand() * 3)] ?? 'sales',
        mode,
        overall: Math.round(rand() * 100),
        content_score: rand() < 0.1 ? null : Math.round(rand() * 100),
        delivery_score: mode === 'text' ? null : Math.round(rand() * 100),
        recording_id: mode === 'audio' && rand() < 0.3 ? 'rec-00000002' : null,
        evaluation: evaluationJson(Math.round(rand() * 80) / 10, 100 + Math.round(rand() * 80)),
      });
      insertRaw(db.handle, row);
      ids.push(row.id ?? '');
    }
    expect(stored(db.handle)).toEqual(recomputed(db.handle));

    const update = db.handle.sqlite.prepare(
      `UPDATE attempts SET overall = ?, category = ?, local_day = ?, evaluation = ? WHERE id = ?`,
    );
    for (const id of ids.slice(0, 60))
      update.run(Math.round(rand() * 100), 'leadership', '2026-10-25', evaluationJson(9.9, 150), id);
    db.handle.sqlite.prepare(`UPDATE attempts SET mode = 'text' WHERE id = ?`).run(ids[61]);
    db.handle.sqlite.prepare(`DELETE FROM recordings WHERE id = 'rec-00000002'`).run(); // attempts.recording_id → NULL
    const remove = db.handle.sqlite.prepare(`DELETE FROM attempts WHERE id = ?`);
    for (const id of ids.slice(100, 220)) remove.run(id);
    expect(stored(db.handle)).toEqual(recomputed(db.handle));

    db.handle.sqlite.prepare('DELETE FROM attempts').run();
    expect(stored(db.handle)).toEqual([]);
  });

  it('derives pace and filler rate on insert unless the writer gave them', async () => {
    await db.migrateThrough('0004-reports');
    insertRaw(db.handle, attemptRow({ id: 'derived', mode: 'audio', evaluation: evaluationJson(2.5, 140) }));
    insertRaw(
      db.handle,
      attemptRow({ id: 'given', mode: 'audio', evaluation: evaluationJson(2.5, 140), wpm: 99, filler_per_100: 4 }),
    );
    insertRaw(db.handle, attemptRow({ id: 'typed', mode: 'text', evaluation: evaluationJson(2.5, 30) }));
    const rows = await db.handle.db
      .selectFrom('attempts')
      .select(['id', 'wpm', 'filler_per_100'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'derived', wpm: 140, filler_per_100: 2.5 },
      { id: 'given', wpm: 99, filler_per_100: 4 },
      { id: 'typed', wpm: null, filler_per_100: 2.5 },
    ]);
    expect(stored(db.handle)).toEqual(recomputed(db.handle));
  });

  it('keeps the search index in step with edits and deletes', async () => {
    await db.migrateThrough('0004-reports');
    insertRaw(db.handle, attemptRow({ id: 'one', answer_text: 'I negotiated the renewal with procurement.' }));
    const search = (term: string) =>
      db.handle.sqlite.prepare(`SELECT count(*) AS n FROM attempts_fts WHERE attempts_fts MATCH ?`).get(term) as {
        n: number;
      };
    expect(search('negotiate').n).toBe(1); // porter stemming
    db.handle.sqlite
      .prepare(`UPDATE attempts SET answer_text = 'I rewrote the onboarding guide.' WHERE id = 'one'`)
      .run();
    expect(search('negotiate').n).toBe(0);
    expect(search('onboarding').n).toBe(1);
    db.handle.sqlite.prepare(`DELETE FROM attempts WHERE id = 'one'`).run();
    expect(search('onboarding').n).toBe(0);
  });

  it('serves filtered history pages and sample lookups from its indexes', async () => {
    await db.migrateThrough('0004-reports');
    const plan = async (query: ReturnType<typeof sql>) =>
      (await sql<{ detail: string }>`EXPLAIN QUERY PLAN ${query}`.execute(db.handle.db)).rows
        .map((r) => r.detail)
        .join(' | ');
    expect(
      await plan(sql`SELECT id FROM attempts WHERE mode = 'audio' AND overall >= 50 ORDER BY created_at DESC LIMIT 25`),
    ).toMatch(/attempts_history/);
    expect(
      await plan(sql`SELECT count(*) FROM attempts WHERE local_day >= '2026-01-01' AND overall BETWEEN 40 AND 60`),
    ).toMatch(/COVERING INDEX/);
    expect(await plan(sql`SELECT 1 FROM attempts WHERE is_sample = 1 LIMIT 1`)).toMatch(/attempts_sample/);
    expect(
      await plan(sql`SELECT max(overall) FROM attempts WHERE local_day = '2026-01-01' AND category = 'sales'`),
    ).toMatch(/attempts_day_category/);
  });

  it('can be rolled back', async () => {
    await db.migrateThrough('0004-reports');
    const m = db.migration('0004-reports');
    await m.down?.(db.handle.db as Kysely<unknown>);
    const tables = (await db.handle.db.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('attempt_stats');
    expect(tables).not.toContain('attempts_fts');
    const columns = (db.handle.sqlite.prepare(`PRAGMA table_info(attempts)`).all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('wpm');
    insertRaw(db.handle, attemptRow()); // the foundation's own triggers still work
    expect((db.handle.sqlite.prepare('SELECT attempts FROM attempt_days').get() as { attempts: number }).attempts).toBe(
      1,
    );
  });
});
