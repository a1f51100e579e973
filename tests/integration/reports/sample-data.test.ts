import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleData, removeSampleRows, sampleSummary } from '../../../electron/main/sample/sample-data';
import type { MainServices } from '../../../electron/main/services';
import { Evaluation } from '../../../shared/domain/evaluator/schema';
import { shiftDay } from '../../../shared/domain/reports/day-math';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { coach } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const NOW = new Date(2026, 10, 26, 16, 30);
const TODAY = '2026-11-26';

describe('sample data on a real data folder', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;

  beforeAll(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => NOW);
    // The user's own history, which sample data must never touch.
    await insertAttempts(services.db, [
      attemptRow({ id: 'mine-1', at: new Date(2026, 10, 20, 9), overall: 61 }),
      attemptRow({ id: 'mine-2', at: new Date(2026, 10, 25, 9), overall: 66 }),
    ]);
    const result = await loadSampleData(
      { db: services.db, sqlite: services.database.sqlite },
      { attempts: 300, now: NOW },
    );
    expect(result).toMatchObject({ attempts: 300, to: TODAY, replaced: 0 });
  }, 120_000);
  afterAll(async () => {
    await services.close();
    dir.remove();
  });

  const rows = () =>
    services.db
      .selectFrom('attempts')
      .select([
        'id',
        'question_id',
        'question_text',
        'category',
        'mode',
        'overall',
        'content_score',
        'delivery_score',
        'evaluation',
        'local_day',
        'created_at',
        'session_id',
        'wpm',
        'filler_per_100',
        'is_sample',
      ])
      .where('is_sample', '=', 1)
      .execute();

  it('spans months up to today, over every category, in all three modes, marked as sample', async () => {
    const all = await rows();
    expect(all).toHaveLength(300);
    const days = all.map((r) => r.local_day).sort();
    expect(days[0]).toBe(shiftDay(TODAY, -99)); // 300 answers span 100 days
    expect(days.at(-1)).toBe(TODAY);
    expect(new Set(all.map((r) => r.category)).size).toBe(12);
    expect(new Set(all.map((r) => r.mode))).toEqual(new Set(['text', 'audio', 'video']));
    expect(all.every((r) => r.created_at <= NOW.toISOString())).toBe(true);
    expect(await sampleSummary(services.db)).toMatchObject({ attempts: 300, from: days[0], to: TODAY });
  });

  it('answers real bank questions, with the evaluation that graded exactly that answer', async () => {
    const all = await rows();
    const bank = new Map(
      (
        await services.db
          .selectFrom('questions')
          .select(['id', 'text', 'category'])
          .where('source', '=', 'bank')
          .execute()
      ).map((q) => [q.id, q]),
    );
    for (const r of all) {
      const q = bank.get(r.question_id ?? '');
      expect(q, r.question_id ?? 'no id').toBeDefined();
      expect(r.question_text).toBe(q?.text);
      expect(r.category).toBe(q?.category);
      const evaluation = Evaluation.parse(JSON.parse(r.evaluation));
      expect(evaluation.overall).toBe(r.overall);
      expect(evaluation.subscores.content).toBe(r.content_score);
      expect(evaluation.metrics.fillerPer100).toBe(r.filler_per_100);
    }
    // Spoken answers were graded with voice metrics: a delivery score and a pace.
    const spoken = all.filter((r) => r.mode !== 'text');
    expect(spoken.length).toBeGreaterThan(30);
    expect(spoken.every((r) => r.delivery_score !== null && r.wpm !== null && r.wpm > 80 && r.wpm < 220)).toBe(true);
    expect(all.filter((r) => r.mode === 'text').every((r) => r.delivery_score === null && r.wpm === null)).toBe(true);
  });

  it('improves over time, unevenly: strong and weak categories stay apart', async () => {
    const all = await rows();
    const avg = (list: typeof all) => list.reduce((s, r) => s + r.overall, 0) / list.length;
    const first = all.filter((r) => r.local_day < shiftDay(TODAY, -69));
    const last = all.filter((r) => r.local_day > shiftDay(TODAY, -30));
    expect(avg(last) - avg(first)).toBeGreaterThan(5);
    const byCategory = new Map<string, number[]>();
    for (const r of all) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r.overall]);
    const means = [...byCategory.values()].map((scores) => scores.reduce((a, b) => a + b, 0) / scores.length);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(20);
  });

  it('includes a few completed mock interviews of five answers each', async () => {
    const sessions = await services.db.selectFrom('sessions').selectAll().where('is_sample', '=', 1).execute();
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    for (const s of sessions) {
      expect(s).toMatchObject({ kind: 'mock', status: 'completed' });
      const members = await services.db
        .selectFrom('attempts')
        .select(['id', 'created_at', 'question_id'])
        .where('session_id', '=', s.id)
        .orderBy('created_at')
        .execute();
      expect(members).toHaveLength(5);
      expect(JSON.parse(s.config)).toMatchObject({
        sample: true,
        questionCount: 5,
        questionIds: members.map((m) => m.question_id),
      });
      expect(s.started_at < (members[0]?.created_at ?? '')).toBe(true);
      expect((s.ended_at ?? '') > (members.at(-1)?.created_at ?? '')).toBe(true);
    }
  });

  it('never queues sample answers for sync, and keeps the report totals consistent', async () => {
    const outbox = await services.db
      .selectFrom('outbox')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(outbox.n).toBe(0);
    const stats = await services.db
      .selectFrom('attempt_stats')
      .select([sql<number>`sum(attempts)`.as('n'), sql<number>`sum(wpm_n)`.as('spoken')])
      .executeTakeFirstOrThrow();
    const spoken = (await rows()).filter((r) => r.wpm !== null).length;
    expect(stats).toEqual({ n: 302, spoken });
  });

  it('lets the event loop run while it grades, so the app keeps answering', async () => {
    // A repeating macrotask: it can only run while grading if grading hands the loop back.
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    let turnsWhileGrading = 0;
    let firstGradeTurns: number | null = null;
    await loadSampleData(
      { db: services.db, sqlite: services.database.sqlite },
      {
        attempts: 300,
        now: NOW,
        seed: 11,
        onProgress: (stage) => {
          if (stage !== 'grading') return;
          firstGradeTurns ??= turns;
          turnsWhileGrading = turns - firstGradeTurns;
        },
      },
    );
    ticking = false;
    expect(turnsWhileGrading).toBeGreaterThan(5);
  }, 60_000);

  it('refuses a second load while one is running, and counts rows as they go in', async () => {
    const target = { db: services.db, sqlite: services.database.sqlite };
    const count = services.database.sqlite.prepare("SELECT value FROM app_meta WHERE key = 'sample_attempts'");
    const seen = new Set<number>();
    let polling = true;
    const poll = (): void => {
      const row = count.get() as { value: string } | undefined;
      if (row) seen.add(Number(row.value));
      if (polling) setImmediate(poll);
    };
    removeSampleRows(services.database.sqlite);
    expect(count.get()).toBeUndefined();
    const first = loadSampleData(target, { attempts: 2000, now: NOW, seed: 5 });
    setImmediate(poll);
    await expect(loadSampleData(target, { attempts: 40, now: NOW })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await first).attempts).toBe(2000);
    polling = false;
    // Between slices the count says how many sample answers are in so far.
    expect([...seen].some((n) => n > 0 && n < 2000)).toBe(true);
    expect(await sampleSummary(services.db)).toMatchObject({ attempts: 2000 });
    // Once finished, loading again is allowed (the next test expects 300 to replace).
    await loadSampleData(target, { attempts: 300, now: NOW, seed: 11 });
  }, 60_000);

  it("replaces itself when loaded again, and is removed in one step without touching the user's answers", async () => {
    const again = await loadSampleData(
      { db: services.db, sqlite: services.database.sqlite },
      { attempts: 40, now: NOW, seed: 7 },
    );
    expect(again).toMatchObject({ attempts: 40, replaced: 300 });
    expect((await rows()).length).toBe(40);
    const removed = removeSampleRows(services.database.sqlite);
    expect(removed.removedAttempts).toBe(40);
    expect(removed.removedSessions).toBeGreaterThanOrEqual(0);
    const left = await services.db.selectFrom('attempts').select('id').orderBy('id').execute();
    expect(left.map((r) => r.id)).toEqual(['mine-1', 'mine-2']);
    const stats = await services.db
      .selectFrom('attempt_stats')
      .select(sql<number>`sum(attempts)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(stats.n).toBe(2);
    expect(await sampleSummary(services.db)).toEqual({ attempts: 0, sessions: 0, from: null, to: null });
  }, 60_000);
});

describe('coach demo', () => {
  it('fills a data folder and removes it again', async () => {
    const dir = makeTempDir();
    try {
      const made = await coach(['demo', '--attempts', '60', '--json'], dir.path);
      expect(made.code, made.stderr).toBe(0);
      expect(JSON.parse(made.stdout)).toMatchObject({ attempts: 60, dataDir: dir.path });
      const info = await coach(['info', '--json'], dir.path);
      expect(JSON.parse(info.stdout)).toMatchObject({ attempts: 60 });
      const removed = await coach(['demo', '--remove'], dir.path);
      expect(removed.stdout).toMatch(/^Removed 60 sample answers/);
    } finally {
      dir.remove();
    }
  }, 60_000);

  it('refuses a bad count with a usage error', async () => {
    const dir = makeTempDir();
    try {
      for (const args of [
        ['demo'],
        ['demo', '--attempts', '0'],
        ['demo', '--attempts', 'lots'],
        ['demo', '--attempts', '10', '--remove'],
      ]) {
        const result = await coach(args, dir.path);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toMatch(/^coach demo: /);
      }
    } finally {
      dir.remove();
    }
  });
});
