import { sql, type Kysely } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMigrationDatabase } from '../../helpers/migration-database';

const now = '2026-11-26T10:00:00.000Z';

function question(id: string, source: 'bank' | 'custom' = 'bank') {
  return {
    id,
    source,
    category: 'behavioral',
    type: 'behavioral',
    difficulty: 'easy' as const,
    text: `Question ${id}`,
    key_points: '[]',
    model_answer: null,
    tags: '[]',
    roles: '[]',
    bank_version: null,
    created_at: now,
  };
}

describe('migration 0002-practice on a real database file', () => {
  const db = useMigrationDatabase();
  beforeEach(() => db.migrateThrough('0002-practice'));

  it('adds app_meta and drafts', async () => {
    const tables = (await db.handle.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['app_meta', 'drafts']));
    await db.handle.db
      .insertInto('app_meta')
      .values({ key: 'bank_version', value: '2026.11.1', updated_at: now })
      .execute();
    await expect(
      db.handle.db.insertInto('app_meta').values({ key: 'bank_version', value: 'x', updated_at: now }).execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('keeps a draft only for a question that exists, and drops it with the question', async () => {
    await db.handle.db.insertInto('questions').values(question('custom-1', 'custom')).execute();
    await db.handle.db
      .insertInto('drafts')
      .values({ question_id: 'custom-1', answer_text: 'half an answer', updated_at: now })
      .execute();
    await expect(
      db.handle.db.insertInto('drafts').values({ question_id: 'missing', answer_text: 'x', updated_at: now }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await db.handle.db.selectFrom('drafts').select(['answer_text', 'elapsed_sec']).execute()).toEqual([
      { answer_text: 'half an answer', elapsed_sec: 0 },
    ]);
    await db.handle.db.deleteFrom('questions').where('id', '=', 'custom-1').execute();
    expect(await db.handle.db.selectFrom('drafts').selectAll().execute()).toEqual([]);
  });

  it('lets category listings of live questions use the new index', async () => {
    const plan = await sql<{
      detail: string;
    }>`EXPLAIN QUERY PLAN SELECT category, count(*) FROM questions WHERE source = 'bank' AND archived = 0 GROUP BY category`.execute(
      db.handle.db,
    );
    expect(plan.rows.map((r) => r.detail).join(' ')).toMatch(/questions_source_archived/);
  });

  it('can be rolled back', async () => {
    const m = db.migration('0002-practice');
    await m.down?.(db.handle.db as Kysely<unknown>);
    const tables = (await db.handle.db.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('drafts');
    expect(tables).not.toContain('app_meta');
  });
});
