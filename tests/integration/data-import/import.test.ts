import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncItemFor } from '../../../electron/main/attempts/sync-item';
import { DEFAULT_BACKUP_ZIP_LIMITS, openBackupZip } from '../../../electron/main/data-import/backup-zip';
import { probeMedia } from '../../../electron/main/media/probe-media';
import { dataFolderPlatform } from '../../../electron/main/platform/data-folder-platform';
import type { MainServices } from '../../../electron/main/services';
import type { ImportInspection } from '../../../shared/ipc/channels/data-import';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { patchDeclaredSize, renameEntryBytes, rewriteZip, writeZip } from '../../helpers/backup-zips';
import { invoker, valueOf } from '../../helpers/invoke';
import { answerFixture, audioOnlyWebm, chunksOf } from '../../helpers/media-fixtures';
import { recordFile } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

/** The user's history, table by table, in a stable order: what "the same history" means. */
async function history(services: MainServices) {
  const { db } = services;
  return {
    profile: await db.selectFrom('profile').selectAll().execute(),
    questions: await db.selectFrom('questions').selectAll().where('source', '!=', 'bank').orderBy('id').execute(),
    plans: await db.selectFrom('plans').selectAll().orderBy('id').execute(),
    sessions: await db.selectFrom('sessions').selectAll().orderBy('id').execute(),
    recordings: await db.selectFrom('recordings').selectAll().orderBy('id').execute(),
    attempts: await db.selectFrom('attempts').selectAll().orderBy('id').execute(),
    skillTotals: await db.selectFrom('skill_totals').selectAll().orderBy('category').execute(),
    attemptDays: await db.selectFrom('attempt_days').selectAll().orderBy('local_day').execute(),
    aiReviews: await db.selectFrom('ai_reviews').selectAll().orderBy('attempt_id').execute(),
    saved: await db.selectFrom('saved_questions').selectAll().orderBy('question_id').execute(),
    chat: await db
      .selectFrom('chat_messages')
      .select(['conversation_id', 'role', 'content', 'status', 'model', 'created_at'])
      .orderBy('id')
      .execute(),
    outbox: await db.selectFrom('outbox').select(['entity', 'entity_id', 'op', 'payload']).orderBy('id').execute(),
  };
}

let audio: string;
beforeAll(async () => {
  audio = await audioOnlyWebm(await answerFixture());
}, 120_000);

describe('importing a data export into another data folder', () => {
  let dirs: Array<ReturnType<typeof makeTempDir>>;
  let source: MainServices;
  let target: MainServices;
  let seeded: { pending: string; synced: string; bankAnswer: string; recording: string };

  /** What the old computer holds: a profile, a plan and its session, a custom question, three answers (one
   * still waiting to sync, one already synced with its recording), an AI review, a saved question and a chat. */
  async function seed(services: MainServices): Promise<typeof seeded> {
    const invoke = invoker(services);
    valueOf(await invoke('profile:update', { displayName: 'Ada Lovelace', targetRole: null }));
    const at = '2026-11-02T09:00:00.000Z';
    const { db } = services;
    await db
      .insertInto('plans')
      .values({
        id: 'plan-1',
        kind: 'daily',
        title: 'Daily practice',
        details: '{}',
        items: '[]',
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('sessions')
      .values({
        id: 'session-1',
        kind: 'plan',
        status: 'completed',
        config: '{"n":3}',
        plan_id: 'plan-1',
        started_at: at,
        ended_at: at,
      })
      .execute();
    await db
      .insertInto('questions')
      .values({
        id: 'custom-q1',
        source: 'custom',
        category: 'leadership',
        type: 'behavioral',
        difficulty: 'medium',
        text: 'Tell me about leading without authority.',
        key_points: '["influence"]',
        model_answer: null,
        tags: '[]',
        roles: '[]',
        bank_version: null,
        created_at: at,
      })
      .execute();
    const bankQuestion = await db
      .selectFrom('questions')
      .select('id')
      .where('source', '=', 'bank')
      .executeTakeFirstOrThrow();
    const recording = await recordFile(services, chunksOf(audio), 'audio');
    const pending = attemptRow({
      session_id: 'session-1',
      question_id: 'custom-q1',
      category: 'leadership',
      overall: 81,
    });
    const synced = attemptRow({ mode: 'audio', recording_id: recording, duration_sec: 12, overall: 64 });
    const bankAnswer = attemptRow({ question_id: bankQuestion.id, overall: 55, at: new Date(Date.now() - 86_400_000) });
    await insertAttempts(db, [pending, synced, bankAnswer]);
    await db.updateTable('recordings').set({ attempt_id: synced.id }).where('id', '=', recording).execute();
    // Only `pending` is still waiting: the others were sent (and left the outbox) before the export.
    await db
      .insertInto('outbox')
      .values({
        entity: 'attempt',
        entity_id: pending.id,
        op: 'upsert',
        payload: JSON.stringify(syncItemFor(pending)),
        created_at: at,
      })
      .execute();
    await db
      .insertInto('ai_reviews')
      .values({ attempt_id: pending.id, model: 'gpt-test', review: '{"score":80}', created_at: at })
      .execute();
    await db
      .insertInto('saved_questions')
      .values({ question_id: 'custom-q1', note: 'again', created_at: at })
      .execute();
    await db
      .insertInto('chat_messages')
      .values([
        {
          conversation_id: 'conv-1',
          role: 'user',
          content: 'How do I open?',
          status: 'complete',
          model: null,
          created_at: at,
        },
        {
          conversation_id: 'conv-1',
          role: 'assistant',
          content: 'With the result.',
          status: 'complete',
          model: 'gpt-test',
          created_at: at,
        },
      ])
      .execute();
    return { pending: pending.id, synced: synced.id, bankAnswer: bankAnswer.id, recording };
  }

  async function exportFrom(services: MainServices): Promise<string> {
    const result = valueOf(await invoker(services)('profile:export', {}));
    if (result.status !== 'saved') throw new Error('export cancelled');
    return result.path;
  }

  /** The target's channels, with the "open dialog" answering `file`. */
  function choosing(services: MainServices, file: string) {
    return invoker(services, { ...dataFolderPlatform(services.paths.exports), chooseOpenPath: async () => file });
  }

  async function inspectReady(services: MainServices, file: string) {
    const invoke = choosing(services, file);
    const inspection = valueOf(await invoke('data:inspect-import', {}));
    if (inspection.status !== 'ready') throw new Error('inspection cancelled');
    return { invoke, inspection };
  }

  async function refused(services: MainServices, file: string) {
    const before = await history(services);
    const result = await choosing(services, file)('data:inspect-import', {});
    if (result.ok) throw new Error('the file was accepted');
    expect(await history(services)).toEqual(before);
    expect(readdirSync(services.paths.tmp)).toEqual([]);
    return result.error;
  }

  beforeEach(async () => {
    dirs = [makeTempDir(), makeTempDir()];
    source = await startTestServices(dirs[0]!.path);
    target = await startTestServices(dirs[1]!.path);
    seeded = await seed(source);
  });
  afterEach(async () => {
    await source.close();
    await target.close();
    for (const dir of dirs) dir.remove();
  });

  it('round trip: the ZIP found in imports/ brings back the same history, the same playable recording, and queues only unsent answers', async () => {
    const zip = await exportFrom(source);
    copyFileSync(zip, path.join(target.paths.imports, path.basename(zip)));
    const invoke = invoker(target);
    const inspection = valueOf(await invoke('data:inspect-import', {}));
    expect(inspection).toMatchObject({
      status: 'ready',
      fileName: path.basename(zip),
      app: { name: 'IntervYou', version: '0.0.0-test' },
      counts: { attempts: 3, recordings: 1, questions: 1, plans: 1, sessions: 1, chatMessages: 2 },
      alreadyHere: { attempts: 0, recordings: 0, questions: 0 },
      hasProfile: true,
      problems: [],
    });
    if (inspection.status !== 'ready') return;
    // Inspecting writes nothing.
    expect((await history(target)).attempts).toEqual([]);

    const result = valueOf(await invoke('data:import', { importId: inspection.importId, mode: 'merge' }));
    expect(result).toMatchObject({
      mode: 'merge',
      added: { attempts: 3, recordings: 1, questions: 1, plans: 1, sessions: 1, chatMessages: 2 },
      kept: { attempts: 0 },
      queuedForSync: 1,
      backup: null,
      problems: [],
    });
    expect(await history(target)).toEqual(await history(source));
    expect((await history(target)).outbox.map((o) => o.entity_id)).toEqual([seeded.pending]);

    const media = path.join(target.paths.recordings, `${seeded.recording}.webm`);
    expect(
      readFileSync(media).equals(readFileSync(path.join(source.paths.recordings, `${seeded.recording}.webm`))),
    ).toBe(true);
    expect((await probeMedia(target.media.ffmpegPath(), media)).hasAudio).toBe(true);
    expect(existsSync(path.join(target.paths.recordings, `${seeded.recording}.peaks.json`))).toBe(true);
    const view = valueOf(await invoke('recording:get', { id: seeded.recording }));
    expect(view).toMatchObject({ id: seeded.recording, status: 'ready' });
    expect(readdirSync(target.paths.tmp)).toEqual([]);
    // The id names one inspected file once.
    expect((await invoke('data:import', { importId: inspection.importId, mode: 'merge' })).ok).toBe(false);
  });

  it('merge adds what is not here by id and never overwrites what is', async () => {
    const zip = await exportFrom(source);
    const mine = attemptRow({ answer_text: 'my own answer here' });
    const clash = attemptRow({ answer_text: 'this computer wrote this', overall: 12 });
    await insertAttempts(target.db, [mine, { ...clash, id: seeded.synced }]);
    await target.db
      .insertInto('profile')
      .values({
        id: 1,
        display_name: 'Grace',
        target_role: null,
        created_at: clash.created_at,
        updated_at: clash.created_at,
      })
      .execute();

    const { invoke, inspection } = await inspectReady(target, zip);
    expect(inspection.alreadyHere.attempts).toBe(1);
    const result = valueOf(await invoke('data:import', { importId: inspection.importId, mode: 'merge' }));
    expect(result.added.attempts).toBe(2);
    expect(result.kept.attempts).toBe(1);
    const rows = await target.db.selectFrom('attempts').select(['id', 'answer_text', 'overall']).execute();
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.id === seeded.synced)).toMatchObject({
      answer_text: 'this computer wrote this',
      overall: 12,
    });
    expect(rows.find((r) => r.id === mine.id)).toBeDefined();
    expect((await target.db.selectFrom('profile').select('display_name').executeTakeFirstOrThrow()).display_name).toBe(
      'Grace',
    );

    // The same file again adds nothing.
    const again = await inspectReady(target, zip);
    const second = valueOf(await again.invoke('data:import', { importId: again.inspection.importId, mode: 'merge' }));
    expect(second.added).toEqual({ attempts: 0, recordings: 0, questions: 0, plans: 0, sessions: 0, chatMessages: 0 });
    expect(await target.db.selectFrom('outbox').select('entity_id').execute()).toHaveLength(1);
  });

  it('replace needs the typed confirmation, backs the database up first, and then holds exactly the backup', async () => {
    const zip = await exportFrom(source);
    const mine = attemptRow({ answer_text: 'only on the new laptop' });
    await insertAttempts(target.db, [mine]);
    const { invoke, inspection } = await inspectReady(target, zip);

    const unconfirmed = await invoke('data:import', { importId: inspection.importId, mode: 'replace' } as never);
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/REPLACE/),
    });
    expect(await target.db.selectFrom('attempts').select('id').execute()).toEqual([{ id: mine.id }]);

    const result = valueOf(
      await invoke('data:import', { importId: inspection.importId, mode: 'replace', confirm: 'REPLACE' }),
    );
    expect(result.backup).toMatch(/^intervyou-\d{8}T\d{6}Z-before-import\.sqlite$/);
    expect(await history(target)).toEqual(await history(source));
    const backup = new BetterSqlite3(path.join(target.paths.backups, result.backup!), { readonly: true });
    try {
      expect(backup.prepare('SELECT id FROM attempts').all()).toEqual([{ id: mine.id }]);
    } finally {
      backup.close();
    }
  });

  it('a failure in the middle of the transaction leaves the database and the recordings folder exactly as before', async () => {
    const zip = await exportFrom(source);
    await insertAttempts(target.db, [attemptRow({ answer_text: 'kept through a failed replace' })]);
    // The third answer fails inside SQLite, after the deletes and the first inserts have run.
    await sql
      .raw(
        `CREATE TRIGGER fail_import BEFORE INSERT ON attempts WHEN new.id = '${seeded.bankAnswer}' BEGIN SELECT RAISE(ABORT, 'disk said no'); END`,
      )
      .execute(target.db);
    const before = await history(target);
    const files = readdirSync(target.paths.recordings);
    const { invoke, inspection } = await inspectReady(target, zip);
    const result = await invoke('data:import', { importId: inspection.importId, mode: 'replace', confirm: 'REPLACE' });
    expect(result.ok ? null : result.error).toMatchObject({ message: expect.stringMatching(/exactly as it was/) });
    expect(await history(target)).toEqual(before);
    expect(readdirSync(target.paths.recordings)).toEqual(files);
    expect(readdirSync(target.paths.tmp)).toEqual([]);
  });

  it('a bad row in the middle refuses the file, naming the row; a file changed after inspection is checked again', async () => {
    const zip = await exportFrom(source);
    const bad = path.join(dirs[1]!.path, 'bad-row.zip');
    await rewriteZip(zip, bad, {
      'tables/attempts.json': (old) => {
        const rows = JSON.parse(old!.toString()) as Array<Record<string, unknown>>;
        rows[1] = { ...rows[1], overall: 150 };
        return JSON.stringify(rows);
      },
    });
    expect(await refused(target, bad)).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/tables\/attempts\.json, row 2: .*overall.*Nothing was imported/s),
    });

    const swapped = path.join(dirs[1]!.path, 'swapped.zip');
    copyFileSync(zip, swapped);
    const { invoke, inspection } = await inspectReady(target, swapped);
    copyFileSync(bad, swapped);
    const result = await invoke('data:import', { importId: inspection.importId, mode: 'merge' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/row 2/),
    });
    expect(await target.db.selectFrom('attempts').select('id').execute()).toEqual([]);
  });

  it('a damaged recording is left out on its own, with a problem naming the file; the rest imports', async () => {
    const zip = await exportFrom(source);
    const damaged = path.join(dirs[1]!.path, 'damaged-media.zip');
    await rewriteZip(zip, damaged, { [`recordings/${seeded.recording}.webm`]: () => 'this is not a WebM file at all' });
    const { invoke, inspection } = await inspectReady(target, damaged);
    expect(inspection.counts.recordings).toBe(0);
    expect(inspection.problems).toEqual([
      { where: `recordings/${seeded.recording}.webm`, message: expect.stringMatching(/Not playable .*left out/) },
    ]);
    const result = valueOf(await invoke('data:import', { importId: inspection.importId, mode: 'merge' }));
    expect(result.added).toMatchObject({ attempts: 3, recordings: 0 });
    expect(result.problems).toHaveLength(1);
    const attempt = await target.db
      .selectFrom('attempts')
      .select('recording_id')
      .where('id', '=', seeded.synced)
      .executeTakeFirstOrThrow();
    expect(attempt.recording_id).toBeNull();
    expect(readdirSync(target.paths.recordings)).toEqual([]);
  });

  it('refuses a file that is not a ZIP, and one cut short while copying', async () => {
    const garbage = path.join(dirs[1]!.path, 'garbage.zip');
    writeFileSync(garbage, Buffer.from('PK\u0003\u0004 but then nothing an unzipper could use'.repeat(40)));
    expect(await refused(target, garbage)).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/not a complete ZIP/),
    });

    const zip = await exportFrom(source);
    const truncated = path.join(dirs[1]!.path, 'truncated.zip');
    const bytes = readFileSync(zip);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await refused(target, truncated)).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/not a complete ZIP/),
    });
  });

  it('refuses a zip-slip entry, a duplicated entry and a link, writing nothing outside or inside the data folder', async () => {
    const manifest = JSON.stringify({
      app: { name: 'IntervYou', version: '0.0.0' },
      exportedAt: new Date().toISOString(),
      tables: {},
      recordings: 0,
    });
    const slip = path.join(dirs[1]!.path, 'slip.zip');
    await writeZip(slip, [
      ['manifest.json', manifest],
      ['xx/escaped.json', '{}'],
    ]);
    renameEntryBytes(slip, 'xx/escaped.json', '../escaped.json');
    expect(await refused(target, slip)).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/unsafe path .*\.\.\/escaped\.json/),
    });
    expect(existsSync(path.join(target.paths.tmp, '..', 'escaped.json'))).toBe(false);
    expect(existsSync(path.join(dirs[1]!.path, '..', 'escaped.json'))).toBe(false);

    const twice = path.join(dirs[1]!.path, 'twice.zip');
    await writeZip(twice, [
      ['manifest.json', manifest],
      ['tables/attempts.json', '[]'],
      ['tables/attempts.json', '[]'],
    ]);
    expect(await refused(target, twice)).toMatchObject({
      message: expect.stringMatching(/tables\/attempts\.json" twice/),
    });

    const link = path.join(dirs[1]!.path, 'link.zip');
    await writeZip(link, [
      ['manifest.json', manifest],
      ['recordings/abcdefgh-1.webm', '/etc/passwd', 0o120777],
    ]);
    expect(await refused(target, link)).toMatchObject({
      message: expect.stringMatching(/unsafe path .*abcdefgh-1\.webm/),
    });
  });

  it('refuses an entry that declares a huge size, and one that unpacks to more than it declares', async () => {
    const zip = await exportFrom(source);
    const huge = path.join(dirs[1]!.path, 'huge.zip');
    copyFileSync(zip, huge);
    patchDeclaredSize(huge, 'tables/attempts.json', 0xf000_0000);
    expect(await refused(target, huge)).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/tables\/attempts\.json" unpacks to 4026531840 bytes/),
    });

    const lying = path.join(dirs[1]!.path, 'lying.zip');
    copyFileSync(zip, lying);
    patchDeclaredSize(lying, 'tables/questions.json', 100);
    expect(await refused(target, lying)).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/damaged|larger than its header/),
    });
  });

  it('stops at the total-size cap before reading a byte (a zip bomb)', async () => {
    const zip = await exportFrom(source);
    await expect(openBackupZip(zip, { ...DEFAULT_BACKUP_ZIP_LIMITS, totalBytes: 64 * 1024 })).rejects.toThrow(
      /zip bomb/,
    );
  });

  it('refuses a backup from a newer app or a newer database, saying to update', async () => {
    const zip = await exportFrom(source);
    for (const change of [
      { app: { name: 'IntervYou', version: '99.0.0' } },
      { schema: '0099-future' },
      { format: 2 },
    ]) {
      const newer = path.join(dirs[1]!.path, `newer-${randomUUID()}.zip`);
      await rewriteZip(zip, newer, {
        'manifest.json': (old) => JSON.stringify({ ...JSON.parse(old!.toString()), ...change }),
      });
      expect(await refused(target, newer)).toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringMatching(/newer than this app \(0\.0\.0-test\)\. Update IntervYou/),
      });
    }
  });

  it('says where to put a backup when the imports/ folder is empty, and refuses an import id it never gave', async () => {
    const invoke = invoker(target);
    const inspection: ImportInspection = valueOf(await invoke('data:inspect-import', {}));
    expect(inspection).toEqual({ status: 'cancelled', hint: expect.stringContaining(target.paths.imports) });
    const result = await invoke('data:import', { importId: randomUUID(), mode: 'merge' });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });
});

describe('importing a generated sample history', () => {
  it('round-trips every kind of row the app writes (graded answers, mock sessions) into an empty folder', async () => {
    const dirs = [makeTempDir(), makeTempDir()];
    const source = await startTestServices(dirs[0]!.path);
    const target = await startTestServices(dirs[1]!.path);
    try {
      valueOf(await invoker(source)('sample:load', { attempts: 300 }));
      const exported = valueOf(await invoker(source)('profile:export', {}));
      if (exported.status !== 'saved') throw new Error('export cancelled');
      const invoke = invoker(target, {
        ...dataFolderPlatform(target.paths.exports),
        chooseOpenPath: async () => exported.path,
      });
      const inspection = valueOf(await invoke('data:inspect-import', {}));
      if (inspection.status !== 'ready') throw new Error('inspection cancelled');
      expect(inspection.counts.attempts).toBe(300);
      expect(inspection.problems).toEqual([]);
      valueOf(await invoke('data:import', { importId: inspection.importId, mode: 'replace', confirm: 'REPLACE' }));
      expect(await history(target)).toEqual(await history(source));
    } finally {
      await source.close();
      await target.close();
      for (const dir of dirs) dir.remove();
    }
  });
});
