import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../../electron/main/ipc/registry';
import { dataFolderPlatform } from '../../../electron/main/platform/data-folder-platform';
import type { Platform } from '../../../electron/main/platform/platform';
import type { MainServices } from '../../../electron/main/services';
import type { ExportResult, ProfileView } from '../../../shared/ipc/channels/profile';
import { contract } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const DAY = 86_400_000;

describe('profile, badges, export and delete-all on a real data folder', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let dispatcher: Dispatcher;

  function connect(platform?: Platform): void {
    dispatcher = createDispatcher({ contract, handlers: createHandlers(services, platform), trustedOrigins: ['test'] });
  }
  async function call<T>(channel: string, input: unknown = {}): Promise<T> {
    const result = (await dispatcher.dispatch(channel, input, { origin: 'test' })) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  async function fails(channel: string, input: unknown = {}): Promise<{ code: string; message: string }> {
    const result = await dispatcher.dispatch(channel, input, { origin: 'test' });
    if (result.ok) throw new Error(`${channel} succeeded`);
    return result.error;
  }

  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
    connect();
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  it('starts empty, with every badge and its rule shown unearned', async () => {
    const p = await call<ProfileView>('profile:get');
    expect(p).toMatchObject({
      displayName: '',
      targetRole: null,
      totals: { answers: 0, average: null, practiceDays: 0, mocksCompleted: 0 },
    });
    expect(p.badges.length).toBe(8);
    expect(p.badges.every((b) => !b.earned)).toBe(true);
  });

  it('saves the display name and target role, and refuses an empty name', async () => {
    const p = await call<ProfileView>('profile:update', {
      displayName: '  Ada Lovelace ',
      targetRole: 'software-engineer',
    });
    expect(p).toMatchObject({ displayName: 'Ada Lovelace', targetRole: 'software-engineer' });
    expect(await fails('profile:update', { displayName: '   ' })).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/Enter a name/),
    });
    expect((await call<ProfileView>('profile:get')).displayName).toBe('Ada Lovelace');
  });

  it('earns badges from answers, streaks and mock interviews', async () => {
    const now = Date.now();
    await insertAttempts(
      services.db,
      [0, 1, 2, 2].map((d, i) => attemptRow({ overall: 60 + i, category: 'sales', at: new Date(now - d * DAY) })),
    );
    await services.db
      .insertInto('sessions')
      .values({
        id: 'm1',
        kind: 'mock',
        status: 'completed',
        config: '{}',
        plan_id: null,
        started_at: new Date(now).toISOString(),
        ended_at: new Date(now).toISOString(),
      })
      .execute();
    const p = await call<ProfileView>('profile:get');
    expect(p.totals).toMatchObject({
      answers: 4,
      practiceDays: 3,
      longestStreakDays: 3,
      mocksCompleted: 1,
      categoriesPractised: 1,
    });
    const earned = p.badges.filter((b) => b.earned).map((b) => b.id);
    expect(earned).toEqual(['first-answer', 'streak-3', 'mock-1']);
    expect(p.badges.find((b) => b.id === 'category-master')?.detail).toMatch(/Sales — 4 of 10 answers/);
  });

  it('exports every table as JSON, the settings and the recordings into a ZIP that unzips', async () => {
    services.settings.update({ theme: 'dark' });
    await call('profile:update', { displayName: 'Ada' });
    await insertAttempts(
      services.db,
      Array.from({ length: 1200 }, (_, i) =>
        attemptRow({ overall: 50 + (i % 40), answer_text: `Answer number ${i} with "quotes" and ünïcode` }),
      ),
    );
    const at = new Date().toISOString();
    await services.db
      .insertInto('recordings')
      .values({
        id: 'rec-00000001',
        attempt_id: null,
        status: 'ready',
        mode: 'audio',
        mime_type: 'audio/webm',
        file_name: 'rec-00000001.webm',
        duration_sec: 3,
        analysis: null,
        error: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    writeFileSync(path.join(services.paths.recordings, 'rec-00000001.webm'), Buffer.from('webm bytes'));

    const result = await call<ExportResult>('profile:export');
    if (result.status !== 'saved') throw new Error('export was cancelled');
    expect(path.dirname(result.path)).toBe(services.paths.exports);
    expect(result.tables).toMatchObject({ attempts: 1200, recordings: 1, profile: 1 });
    expect(result.recordings).toBe(1);

    const out = path.join(dir.path, 'unzipped');
    execFileSync('unzip', ['-q', result.path, '-d', out]);
    const attempts = JSON.parse(readFileSync(path.join(out, 'tables', 'attempts.json'), 'utf8')) as Array<{
      answer_text: string;
    }>;
    expect(attempts).toHaveLength(1200);
    expect(attempts[7]?.answer_text).toBe('Answer number 7 with "quotes" and ünïcode');
    expect(JSON.parse(readFileSync(path.join(out, 'tables', 'questions.json'), 'utf8')).length).toBeGreaterThan(100);
    expect(JSON.parse(readFileSync(path.join(out, 'tables', 'plans.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(path.join(out, 'recordings', 'rec-00000001.webm'), 'utf8')).toBe('webm bytes');
    expect(JSON.parse(readFileSync(path.join(out, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      tables: Record<string, number>;
    };
    expect(manifest.tables.attempts).toBe(1200);
    expect(readdirSync(path.join(out, 'tables')).filter((f) => f.includes('_fts'))).toEqual([]);
    expect(readdirSync(services.paths.exports).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('exports one consistent snapshot while the app keeps writing', async () => {
    await insertAttempts(
      services.db,
      Array.from({ length: 3000 }, (_, i) => attemptRow({ overall: 50 + (i % 40) })),
    );
    let done = false;
    const exporting = call<ExportResult>('profile:export').finally(() => (done = true));
    // Answers keep being saved for as long as the export runs.
    let saved = 0;
    const writing = (async () => {
      while (!done) {
        await insertAttempts(services.db, [attemptRow({ overall: 99 })]);
        saved += 1;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const [result] = await Promise.all([exporting, writing]);
    if (result.status !== 'saved') throw new Error('export was cancelled');
    expect(saved).toBeGreaterThan(0);
    const out = path.join(dir.path, 'snapshot');
    execFileSync('unzip', ['-q', result.path, '-d', out]);
    const table = <T>(name: string) =>
      JSON.parse(readFileSync(path.join(out, 'tables', `${name}.json`), 'utf8')) as T[];
    const attempts = table<{ id: string }>('attempts');
    // attempts.json is written before skill_totals.json: read live, the totals would count answers
    // saved after the attempts were read. From one snapshot, they agree.
    const totals = table<{ attempts: number }>('skill_totals').reduce((sum, row) => sum + row.attempts, 0);
    expect(attempts.length).toBeGreaterThanOrEqual(3000);
    expect(totals).toBe(attempts.length);
    expect(result.tables.attempts).toBe(attempts.length);
    expect(await services.db.selectFrom('attempts').select('id').execute()).toHaveLength(3000 + saved);
  });

  it('reports a cancelled save dialog and a folder it cannot write to', async () => {
    connect({ ...dataFolderPlatform(services.paths.exports), chooseSavePath: async () => null });
    expect(await call<ExportResult>('profile:export')).toEqual({ status: 'cancelled' });

    const file = path.join(dir.path, 'a-file');
    writeFileSync(file, 'not a folder');
    connect({
      ...dataFolderPlatform(services.paths.exports),
      chooseSavePath: async () => path.join(file, 'export.zip'),
    });
    expect(await fails('profile:export')).toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/could not be written/),
    });
  });

  it('deletes everything after the typed confirmation: history, recordings, profile, settings, exports', async () => {
    services.settings.update({ theme: 'dark' });
    await call('profile:update', { displayName: 'Ada' });
    await insertAttempts(services.db, [attemptRow(), attemptRow()]);
    writeFileSync(path.join(services.paths.recordings, 'orphan.webm.part'), 'left by a crash');
    writeFileSync(path.join(services.paths.exports, 'old-export.zip'), 'zip');

    expect((await fails('profile:delete-all', { confirm: 'delete' })).code).toBe('BAD_INPUT');
    expect(await services.db.selectFrom('attempts').select('id').execute()).toHaveLength(2);

    const result = await call<{ removedAttempts: number; removedFiles: number }>('profile:delete-all', {
      confirm: 'DELETE',
    });
    expect(result).toMatchObject({ removedAttempts: 2, removedFiles: 2, settingsReset: true });
    expect(await services.db.selectFrom('attempts').select('id').execute()).toEqual([]);
    expect(await services.db.selectFrom('skill_totals').select('category').execute()).toEqual([]);
    expect(await services.db.selectFrom('profile').select('id').execute()).toEqual([]);
    expect(readdirSync(services.paths.recordings)).toEqual([]);
    expect(readdirSync(services.paths.exports)).toEqual([]);
    expect(services.settings.get().theme).toBe('system');
    expect(
      (await services.db.selectFrom('questions').select('id').where('source', '=', 'bank').execute()).length,
    ).toBeGreaterThan(100);
  });

  it('leaves no trace of a deleted answer in the database, its WAL or the backups', async () => {
    const marker = 'ZEBRA-MARKER-7c1f answer text that must not survive';
    await insertAttempts(services.db, [attemptRow({ answer_text: marker }), attemptRow()]);
    mkdirSync(services.paths.backups, { recursive: true });
    await services.database.sqlite.backup(
      path.join(services.paths.backups, 'intervyou-20261207T100000Z-before-x.sqlite'),
    );
    const filesHolding = (text: string) =>
      [services.paths.dataDir, services.paths.backups]
        .flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)))
        .filter((file) => statSync(file).isFile() && readFileSync(file).includes(text));
    expect(filesHolding(marker).length).toBeGreaterThan(0);

    await call('profile:delete-all', { confirm: 'DELETE' });
    expect(filesHolding(marker)).toEqual([]);
    expect(readdirSync(services.paths.backups)).toEqual([]);
  });

  it('can keep the exports when deleting everything else', async () => {
    writeFileSync(path.join(services.paths.exports, 'backup.zip'), 'zip');
    await call('profile:delete-all', { confirm: 'DELETE', keepExports: true });
    expect(existsSync(path.join(services.paths.exports, 'backup.zip'))).toBe(true);
  });
});
