import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncQuestionBank } from '../../../electron/main/questions/bank-sync';
import type { MainServices } from '../../../electron/main/services';
import { startServices } from '../../../electron/main/services';
import { openConfSettings } from '../../../electron/main/settings/conf-settings';
import { attemptRow } from '../../helpers/attempts';
import { bankQuestion, writeBank } from '../../helpers/question-bank';
import { makeTempDir } from '../../helpers/temp-dir';

describe('question bank loading', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let resources: string;
  let services: MainServices | undefined;

  const start = (resourcesDir = resources) =>
    startServices({
      runtime: 'test',
      app: { name: 'IntervYou', version: 'test' },
      dataDir: path.join(dir.path, 'data'),
      settings: (p) => openConfSettings(p.settingsDir),
      resourcesDir,
    });

  beforeEach(() => {
    dir = makeTempDir();
    resources = path.join(dir.path, 'resources');
  });
  afterEach(async () => {
    await services?.close();
    services = undefined;
    dir.remove();
  });

  it('loads the shipped bank on first run and records its version', async () => {
    services = await start(path.resolve('resources'));
    expect(services.bank).toMatchObject({ loaded: true, previousVersion: null });
    const count = await services.db
      .selectFrom('questions')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('source', '=', 'bank')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThanOrEqual(400);
    const meta = await services.db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', 'bank_version')
      .executeTakeFirstOrThrow();
    expect(meta.value).toBe(services.bank?.version);
  });

  it('does not read the bank again when its version is unchanged', async () => {
    writeBank(resources, '2026.01.1', [bankQuestion('beh-001'), bankQuestion('beh-002')]);
    services = await start();
    await services.close();
    // Same version, broken file: a second start must not even read it.
    writeFileSync(path.join(resources, 'questions', 'behavioral.json'), '{ broken');
    services = await start();
    expect(services.bank).toMatchObject({ loaded: false, version: '2026.01.1', upserted: 0 });
  });

  it('upgrades the bank in place without touching attempts, saved questions, drafts or custom questions', async () => {
    writeBank(resources, '2026.01.1', [bankQuestion('beh-001'), bankQuestion('beh-002'), bankQuestion('beh-003')]);
    services = await start();
    const now = new Date().toISOString();
    const { db } = services;
    await db
      .insertInto('attempts')
      .values([attemptRow({ question_id: 'beh-002' }), attemptRow({ question_id: 'beh-001' })])
      .execute();
    await db
      .insertInto('saved_questions')
      .values({ question_id: 'beh-002', note: 'practise the ending', created_at: now })
      .execute();
    await db
      .insertInto('drafts')
      .values({ question_id: 'beh-001', answer_text: 'half typed', updated_at: now })
      .execute();
    await db
      .insertInto('questions')
      .values({
        id: 'custom-1',
        source: 'custom',
        category: 'sales',
        type: 'situational',
        difficulty: 'easy',
        text: 'My own question about pricing',
        key_points: '[]',
        model_answer: null,
        tags: '[]',
        roles: '[]',
        bank_version: null,
        created_at: now,
      })
      .execute();
    await services.close();

    // 2026.02.1 rewords beh-001, drops beh-002 and adds beh-004.
    writeBank(resources, '2026.02.1', [
      bankQuestion('beh-001', { text: 'Tell me about a time you learned something new under pressure.' }),
      bankQuestion('beh-003'),
      bankQuestion('beh-004'),
    ]);
    services = await start();
    expect(services.bank).toMatchObject({
      loaded: true,
      version: '2026.02.1',
      previousVersion: '2026.01.1',
      upserted: 3,
      archived: 1,
    });

    const rows = await services.db
      .selectFrom('questions')
      .select(['id', 'text', 'archived', 'bank_version'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.id, r.archived, r.bank_version])).toEqual([
      ['beh-001', 0, '2026.02.1'],
      ['beh-002', 1, '2026.01.1'],
      ['beh-003', 0, '2026.02.1'],
      ['beh-004', 0, '2026.02.1'],
      ['custom-1', 0, null],
    ]);
    expect(rows[0]?.text).toBe('Tell me about a time you learned something new under pressure.');
    expect(await services.db.selectFrom('attempts').select('question_id').orderBy('question_id').execute()).toEqual([
      { question_id: 'beh-001' },
      { question_id: 'beh-002' },
    ]);
    expect(await services.db.selectFrom('saved_questions').select(['question_id', 'note']).execute()).toEqual([
      { question_id: 'beh-002', note: 'practise the ending' },
    ]);
    expect(await services.db.selectFrom('drafts').select('answer_text').execute()).toEqual([
      { answer_text: 'half typed' },
    ]);

    // A question that comes back in a later bank is live again.
    await services.close();
    writeBank(resources, '2026.03.1', [bankQuestion('beh-001'), bankQuestion('beh-002')]);
    services = await start();
    const live = await services.db
      .selectFrom('questions')
      .select('id')
      .where('archived', '=', 0)
      .where('source', '=', 'bank')
      .orderBy('id')
      .execute();
    expect(live.map((r) => r.id)).toEqual(['beh-001', 'beh-002']);
  });

  it('refuses an invalid bank without changing what is stored, and the app still starts', async () => {
    writeBank(resources, '2026.01.1', [bankQuestion('beh-001')]);
    const first = await start();
    writeBank(resources, '2026.02.1', [bankQuestion('beh-001', { keyPoints: [] })]);
    expect(() => syncQuestionBank(first.database.sqlite, path.join(resources, 'questions'))).toThrow(/keyPoints/);
    await first.close();
    services = await start();
    expect(services.bank).toBeNull();
    const meta = await services.db.selectFrom('app_meta').select('value').executeTakeFirstOrThrow();
    expect(meta.value).toBe('2026.01.1');
  });

  it('refuses a bank that repeats an id across files', () => {
    writeBank(resources, '2026.01.1', [bankQuestion('beh-001'), bankQuestion('beh-001', { category: 'sales' })]);
    return start().then((s) => {
      services = s;
      expect(s.bank).toBeNull();
    });
  });
});
