import { describe, expect, it } from 'vitest';
import { useMigrationDatabase } from '../../helpers/migration-database';

describe('migration 0006-ai on a real database file', () => {
  const db = useMigrationDatabase();

  it('keeps earlier questions (not AI-generated) and stores reviews that go with their attempt', async () => {
    await db.migrateBefore('0006-ai');
    db.handle.sqlite
      .prepare(
        `INSERT INTO questions (id, source, category, type, difficulty, text, key_points, tags, roles, created_at)
         VALUES ('custom-1', 'custom', 'behavioral', 'behavioral', 'medium', 'Tell me about a conflict.', '[]', '[]', '["any"]', '2026-11-01T10:00:00Z')`,
      )
      .run();
    db.handle.sqlite
      .prepare(
        `INSERT INTO attempts (id, question_id, question_text, category, mode, answer_text, overall, evaluation,
           evaluator_kind, evaluator_version, local_day, created_at)
         VALUES ('att-1', 'custom-1', 'Tell me about a conflict.', 'behavioral', 'text', 'I listened.', 55, '{}',
           'local', '1', '2026-11-01', '2026-11-01T10:00:00Z')`,
      )
      .run();
    await db.migrateThrough('0006-ai');

    const question = await db.handle.db
      .selectFrom('questions')
      .selectAll()
      .where('id', '=', 'custom-1')
      .executeTakeFirstOrThrow();
    expect(question.generated_by).toBeNull();

    await db.handle.db
      .insertInto('ai_reviews')
      .values({ attempt_id: 'att-1', model: 'fake-model', review: '{}', created_at: '2026-11-01T10:01:00Z' })
      .execute();
    await db.handle.db.deleteFrom('attempts').where('id', '=', 'att-1').execute();
    expect(await db.handle.db.selectFrom('ai_reviews').selectAll().execute()).toEqual([]);
  });

  it('refuses a chat message with an unknown role or status', async () => {
    await db.migrateThrough('0006-ai');
    const insert = (role: string, status: string) =>
      db.handle.sqlite
        .prepare(
          `INSERT INTO chat_messages (conversation_id, role, content, status, created_at) VALUES ('c', ?, 'hi', ?, 'now')`,
        )
        .run(role, status);
    expect(() => insert('user', 'complete')).not.toThrow();
    expect(() => insert('system', 'complete')).toThrow(/CHECK/);
    expect(() => insert('assistant', 'half')).toThrow(/CHECK/);
  });
});
