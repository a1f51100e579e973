import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../electron/main/db/connection';
import { migrateToLatest } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { makeTempDir } from '../../helpers/temp-dir';

const before0006 = migrations.filter(([name]) => name < '0006-ai');
const upTo0006 = migrations.filter(([name]) => name <= '0006-ai');

describe('migration 0006-ai on a real database file', () => {
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

  it('keeps earlier questions (not AI-generated) and stores reviews that go with their attempt', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, before0006);
    handle.sqlite
      .prepare(
        `INSERT INTO questions (id, source, category, type, difficulty, text, key_points, tags, roles, created_at)
         VALUES ('custom-1', 'custom', 'behavioral', 'behavioral', 'medium', 'Tell me about a conflict.', '[]', '[]', '["any"]', '2026-11-01T10:00:00Z')`,
      )
      .run();
    handle.sqlite
      .prepare(
        `INSERT INTO attempts (id, question_id, question_text, category, mode, answer_text, overall, evaluation,
           evaluator_kind, evaluator_version, local_day, created_at)
         VALUES ('att-1', 'custom-1', 'Tell me about a conflict.', 'behavioral', 'text', 'I listened.', 55, '{}',
           'local', '1', '2026-11-01', '2026-11-01T10:00:00Z')`,
      )
      .run();
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0006);

    const question = await handle.db
      .selectFrom('questions')
      .selectAll()
      .where('id', '=', 'custom-1')
      .executeTakeFirstOrThrow();
    expect(question.generated_by).toBeNull();

    await handle.db
      .insertInto('ai_reviews')
      .values({ attempt_id: 'att-1', model: 'fake-model', review: '{}', created_at: '2026-11-01T10:01:00Z' })
      .execute();
    await handle.db.deleteFrom('attempts').where('id', '=', 'att-1').execute();
    expect(await handle.db.selectFrom('ai_reviews').selectAll().execute()).toEqual([]);
  });

  it('refuses a chat message with an unknown role or status', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>, upTo0006);
    const insert = (role: string, status: string) =>
      handle.sqlite
        .prepare(
          `INSERT INTO chat_messages (conversation_id, role, content, status, created_at) VALUES ('c', ?, 'hi', ?, 'now')`,
        )
        .run(role, status);
    expect(() => insert('user', 'complete')).not.toThrow();
    expect(() => insert('system', 'complete')).toThrow(/CHECK/);
    expect(() => insert('assistant', 'half')).toThrow(/CHECK/);
  });
});
