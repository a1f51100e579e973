import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMigrationDatabase } from '../../helpers/migration-database';
import { attemptRow } from '../../helpers/attempts';

describe('migration 0001-initial-schema on a real database file', () => {
  const db = useMigrationDatabase();
  beforeEach(() => db.migrateThrough('0001-initial-schema'));

  it('creates every table the design names', async () => {
    const tables = (await db.handle.db.introspection.getTables()).map((t) => t.name);
    for (const table of [
      'profile',
      'questions',
      'sessions',
      'attempts',
      'recordings',
      'saved_questions',
      'plans',
      'jobs',
      'outbox',
      'leaderboard_cache',
    ]) {
      expect(tables).toContain(table);
    }
  });

  it('runs in WAL mode with foreign keys enforced', async () => {
    expect(db.handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await expect(
      db.handle.db
        .insertInto('attempts')
        .values(attemptRow({ session_id: 'no-such-session' }))
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('rejects scores outside 0–100', async () => {
    await expect(
      db.handle.db
        .insertInto('attempts')
        .values(attemptRow({ overall: 140 }))
        .execute(),
    ).rejects.toThrow(/CHECK/);
  });

  it('keeps the FTS5 index in step with questions on insert, update and delete', async () => {
    const now = new Date().toISOString();
    await db.handle.db
      .insertInto('questions')
      .values({
        id: 'beh-001',
        source: 'bank',
        category: 'behavioral',
        type: 'behavioral',
        difficulty: 'easy',
        text: 'Tell me about a time you negotiated a deadline',
        key_points: '[]',
        model_answer: null,
        tags: '["influence"]',
        roles: '["any"]',
        bank_version: '2026.11.1',
        created_at: now,
      })
      .execute();
    const search = async (term: string) =>
      (
        await sql<{
          id: string;
        }>`SELECT q.id FROM questions_fts f JOIN questions q ON q.rowid = f.rowid WHERE questions_fts MATCH ${term}`.execute(
          db.handle.db,
        )
      ).rows.map((r) => r.id);
    // Porter stemming: "negotiating" finds "negotiated".
    expect(await search('negotiating')).toEqual(['beh-001']);
    await db.handle.db
      .updateTable('questions')
      .set({ text: 'Describe a stakeholder you persuaded' })
      .where('id', '=', 'beh-001')
      .execute();
    expect(await search('negotiating')).toEqual([]);
    expect(await search('persuade')).toEqual(['beh-001']);
    await db.handle.db.deleteFrom('questions').where('id', '=', 'beh-001').execute();
    expect(await search('persuade')).toEqual([]);
  });

  it('keeps per-day totals in step with attempts through inserts, updates and deletes', async () => {
    const a = attemptRow({ overall: 80, local_day: '2026-11-20' });
    const b = attemptRow({ overall: 60, local_day: '2026-11-20' });
    const c = attemptRow({ overall: 50, local_day: '2026-11-21' });
    await db.handle.db.insertInto('attempts').values([a, b, c]).execute();
    const days = () => db.handle.db.selectFrom('attempt_days').selectAll().orderBy('local_day').execute();
    expect(await days()).toEqual([
      { local_day: '2026-11-20', attempts: 2, score_sum: 140 },
      { local_day: '2026-11-21', attempts: 1, score_sum: 50 },
    ]);
    await db.handle.db
      .updateTable('attempts')
      .set({ overall: 90, local_day: '2026-11-21' })
      .where('id', '=', b.id)
      .execute();
    expect(await days()).toEqual([
      { local_day: '2026-11-20', attempts: 1, score_sum: 80 },
      { local_day: '2026-11-21', attempts: 2, score_sum: 140 },
    ]);
    await db.handle.db.deleteFrom('attempts').where('id', 'in', [a.id, c.id]).execute();
    expect(await days()).toEqual([{ local_day: '2026-11-21', attempts: 1, score_sum: 90 }]);
  });
});
