import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_COUNT_KEY, sampleAttemptCount } from '../../../electron/main/db/queries/reports';
import { historyPage } from '../../../electron/main/db/queries/reports-history';
import type { MainServices } from '../../../electron/main/services';
import { HistoryQuery } from '../../../shared/ipc/channels/reports';
import { shiftDay } from '../../../shared/domain/reports/day-math';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { invoker, valueOf } from '../../helpers/invoke';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const NOW = new Date(2026, 10, 26, 16, 30);
const TODAY = '2026-11-26';

describe('reports with no attempts, and with one', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let invoke: ReturnType<typeof invoker>;

  beforeAll(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => NOW);
    invoke = invoker(services);
  });
  afterAll(async () => {
    await services.close();
    dir.remove();
  });

  it('no attempts yet: zeros, empty trends, every bank category listed with its questions', async () => {
    const o = valueOf(await invoke('reports:overview', {}));
    expect(o.totals.attempts).toBe(0);
    expect(o.scoreTrend).toEqual([]);
    expect(o.insights).toEqual([]);
    expect(o.categories).toHaveLength(12);
    expect(o.categories.every((c) => c.questions === 36 && c.attempts === 0 && c.average === null)).toBe(true);
    expect(o.activity.days.length).toBeGreaterThanOrEqual(13 * 7 - 6);
    expect(o.activity.attempts).toBe(0);
    const page = valueOf(await invoke('reports:history', {}));
    expect(page).toEqual({ items: [], total: 0, page: 1, pageSize: 25, pages: 0 });
  });

  it('a category with no questions and no attempts is reported as empty, not as an error', async () => {
    const o = valueOf(await invoke('reports:overview', { category: 'astrophysics' }));
    expect(o.categories).toEqual([
      {
        category: 'astrophysics',
        questions: 0,
        attempts: 0,
        average: null,
        best: null,
        last30: { attempts: 0, average: null },
        before30: { attempts: 0, average: null },
        change: null,
      },
    ]);
    expect(valueOf(await invoke('reports:history', { category: 'astrophysics' })).total).toBe(0);
  });

  it('one attempt: its score everywhere, a one-point trend and a streak of one', async () => {
    const evaluation = JSON.stringify({ metrics: { fillerPer100: 1.5, wpm: 140 } });
    await insertAttempts(services.db, [
      attemptRow({
        id: 'only',
        at: new Date(2026, 10, 26, 9),
        overall: 72,
        category: 'sales',
        mode: 'audio',
        delivery_score: 64,
        evaluation,
      }),
    ]);
    const o = valueOf(await invoke('reports:overview', {}));
    expect(o.totals).toMatchObject({ attempts: 1, average: 72, best: 72, activeDays: 1, spokenAnswers: 1 });
    expect(o.scoreTrend).toEqual([{ start: TODAY, end: TODAY, attempts: 1, average: 72, best: 72, movingAverage: 72 }]);
    expect(o.voice).toEqual([{ start: TODAY, end: TODAY, wpm: 140, spokenAnswers: 1, fillerPer100: 1.5, answers: 1 }]);
    expect(o.activity.currentStreak).toBe(1);
    expect(o.categories.find((c) => c.category === 'sales')).toMatchObject({
      attempts: 1,
      average: 72,
      best: 72,
      last30: { attempts: 1, average: 72 },
    });
    const page = valueOf(await invoke('reports:history', {}));
    expect(page.items.map((i) => [i.id, i.overall, i.isSample])).toEqual([['only', 72, false]]);
    const opened = valueOf(await invoke('reports:attempt', { id: 'only' }));
    expect(opened).toMatchObject({
      isSample: false,
      session: null,
      attempt: { id: 'only', overall: 72, category: 'sales' },
    });
  });

  it('counts sample answers however they were written, and never shows a stale count', async () => {
    await insertAttempts(services.db, [attemptRow({ id: 's1', is_sample: 1 }), attemptRow({ id: 's2', is_sample: 1 })]);
    expect(await sampleAttemptCount(services.db)).toBe(2); // no number recorded: counted
    await services.db
      .insertInto('app_meta')
      .values({ key: SAMPLE_COUNT_KEY, value: '2', updated_at: NOW.toISOString() })
      .execute();
    expect(await sampleAttemptCount(services.db)).toBe(2);
    // A reset or delete-all removes the answers and leaves app_meta alone.
    await services.db.deleteFrom('attempts').where('is_sample', '=', 1).execute();
    expect(await sampleAttemptCount(services.db)).toBe(0);
    expect(valueOf(await invoke('reports:overview', {})).sampleAttempts).toBe(0);
  });

  it('says clearly when an attempt is gone or a filter makes no sense', async () => {
    const missing = await invoke('reports:attempt', { id: 'no-such-attempt' });
    expect(missing).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That answer is not in your history any more.' },
    });
    const backwards = await invoke('reports:history', { from: '2026-11-20', to: '2026-11-01' });
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(backwards.error.message).toMatch(/start date is after the end date/);
    const scores = await invoke('reports:history', { minScore: 80, maxScore: 20 });
    expect(scores.ok).toBe(false);
  });
});

describe('reports over a sample history', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let invoke: ReturnType<typeof invoker>;

  beforeAll(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => NOW);
    invoke = invoker(services);
    valueOf(await invoke('sample:load', { attempts: 300 }));
  }, 120_000);
  afterAll(async () => {
    await services.close();
    dir.remove();
  });

  /** Straight from the attempts table: what the trigger-kept totals must agree with. */
  async function direct(where = sql`1 = 1`) {
    const row = await sql<{ n: number; avg: number | null; best: number | null; wpm: number | null; spoken: number }>`
      SELECT count(*) AS n, avg(overall) AS avg, max(overall) AS best, avg(wpm) AS wpm, count(wpm) AS spoken FROM attempts WHERE ${where}`.execute(
      services.db,
    );
    return row.rows[0];
  }

  it('agrees with a direct computation over the attempts table', async () => {
    const o = valueOf(await invoke('reports:overview', {}));
    const d = await direct();
    expect(o.totals.attempts).toBe(d?.n);
    // Averages are reported to one decimal.
    const near = (a: number | null | undefined, b: number | null | undefined) =>
      expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThanOrEqual(0.05 + 1e-9);
    near(o.totals.average, d?.avg);
    expect(o.totals.best).toBe(d?.best);
    expect(o.totals.spokenAnswers).toBe(d?.spoken);
    expect(o.bucket).toBe('week');
    expect(o.scoreTrend.reduce((n, p) => n + p.attempts, 0)).toBe(d?.n);
    expect(o.sampleAttempts).toBe(300);
    for (const c of o.categories) {
      const dc = await direct(sql`category = ${c.category}`);
      expect(c.attempts, c.category).toBe(dc?.n);
      if (c.attempts) near(c.average, dc?.avg);
      expect(c.best, c.category).toBe(dc?.best ?? null);
    }
    expect(o.insights.length).toBeGreaterThanOrEqual(3);
  });

  it('narrows trends, categories and the calendar to a category and dates', async () => {
    const from = shiftDay(TODAY, -20);
    const o = valueOf(await invoke('reports:overview', { category: 'sales', from, bucket: 'day' }));
    const d = await direct(sql`category = 'sales' AND local_day >= ${from}`);
    expect(o.totals.attempts).toBe(d?.n);
    expect(o.filters).toEqual({ category: 'sales', from, to: TODAY });
    expect(o.bucket).toBe('day');
    expect(o.categories.map((c) => c.category)).toEqual(['sales']);
    expect(o.scoreTrend.every((p) => p.start >= from)).toBe(true);
  });

  it('filters and pages the history, newest first, with totals that match', async () => {
    const checks: Array<[Parameters<typeof invoke<'reports:history'>>[1], ReturnType<typeof sql>]> = [
      [{}, sql`1 = 1`],
      [{ category: 'product' }, sql`category = 'product'`],
      [{ mode: 'audio' }, sql`mode = 'audio'`],
      [
        { from: shiftDay(TODAY, -30), to: shiftDay(TODAY, -10) },
        sql`local_day BETWEEN ${shiftDay(TODAY, -30)} AND ${shiftDay(TODAY, -10)}`,
      ],
      [{ minScore: 70, maxScore: 85 }, sql`overall BETWEEN 70 AND 85`],
      [{ category: 'sales', mode: 'text', minScore: 50 }, sql`category = 'sales' AND mode = 'text' AND overall >= 50`],
      [{ sample: 'real' }, sql`is_sample = 0`],
    ];
    for (const [query, where] of checks) {
      const page = valueOf(await invoke('reports:history', { ...query, pageSize: 10 }));
      const d = await direct(where);
      expect(page.total, JSON.stringify(query)).toBe(d?.n);
      expect(page.items.length).toBe(Math.min(10, d?.n ?? 0));
      const dates = page.items.map((i) => i.createdAt);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    const first = valueOf(await invoke('reports:history', { pageSize: 25, page: 1 }));
    const second = valueOf(await invoke('reports:history', { pageSize: 25, page: 2 }));
    expect(first.pages).toBe(12);
    expect((second.items[0]?.createdAt ?? '') <= (first.items.at(-1)?.createdAt ?? '')).toBe(true);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(50);
    const beyond = valueOf(await invoke('reports:history', { pageSize: 25, page: 99 }));
    expect(beyond.page).toBe(12);
    const oldest = valueOf(await invoke('reports:history', { order: 'oldest', pageSize: 1 }));
    expect(oldest.items[0]?.localDay).toBe(shiftDay(TODAY, -99));
  });

  it('searches question and answer text, word by word, safely', async () => {
    const anyAnswer = await services.db
      .selectFrom('attempts')
      .select(['question_text'])
      .where('category', '=', 'data-analysis')
      .limit(1)
      .executeTakeFirstOrThrow();
    const word = anyAnswer.question_text.split(/\W+/).find((w) => w.length > 7) ?? 'analysis';
    const found = valueOf(await invoke('reports:history', { search: word.toLowerCase() }));
    expect(found.total).toBeGreaterThan(0);
    const texts = await services.db
      .selectFrom('attempts')
      .select(['question_text', 'answer_text'])
      .where(
        'id',
        'in',
        found.items.map((i) => i.id),
      )
      .execute();
    expect(
      texts.every((t) => `${t.question_text} ${t.answer_text}`.toLowerCase().includes(word.slice(0, 5).toLowerCase())),
    ).toBe(true);
    const um = valueOf(await invoke('reports:history', { search: 'um', mode: 'audio' }));
    expect(um.total).toBeGreaterThan(0);
    // FTS syntax is taken as words, never as operators.
    for (const search of ['"', 'NEAR(', 'a* OR', '-', 'question_text:zzz']) {
      expect((await invoke('reports:history', { search })).ok, search).toBe(true);
    }
    expect(valueOf(await invoke('reports:history', { search: '!!!' })).total).toBe(0);
    expect(valueOf(await invoke('reports:history', { search: 'zzyzx-never-said' })).total).toBe(0);
  });

  it('finds the same answers whether a search is looked up by its matches or tested during an index scan', async () => {
    for (const query of [
      { search: 'team' },
      { search: 'customer', category: 'sales', minScore: 50 },
      { search: 'um', mode: 'audio' as const, from: shiftDay(TODAY, -40) },
    ]) {
      const parsed = HistoryQuery.parse({ ...query, pageSize: 100 });
      const lookedUp = await historyPage(services.db, parsed, { ftsLookupLimit: 1_000_000 });
      const scanned = await historyPage(services.db, parsed, { ftsLookupLimit: 0 });
      expect(scanned.total, JSON.stringify(query)).toBe(lookedUp.total);
      expect(scanned.items.map((i) => i.id)).toEqual(lookedUp.items.map((i) => i.id));
      expect(lookedUp.total).toBeGreaterThan(0);
    }
  });

  it('opens a mock-interview answer with its place in the interview and other tries at the question', async () => {
    const mock = await services.db
      .selectFrom('attempts')
      .select(['id', 'question_id'])
      .where('session_id', 'is not', null)
      .orderBy('created_at')
      .limit(2)
      .execute();
    const opened = valueOf(await invoke('reports:attempt', { id: mock[1]?.id ?? '' }));
    expect(opened.isSample).toBe(true);
    expect(opened.session).toMatchObject({ kind: 'mock', position: 2, of: 5 });
    expect(opened.attempt.evaluation?.feedback.length).toBeGreaterThan(0);
    expect(opened.sameQuestion.some((a) => a.id === mock[1]?.id)).toBe(true);
    const history = valueOf(await invoke('reports:history', { pageSize: 100 }));
    expect(history.items.some((i) => i.sessionKind === 'mock')).toBe(true);
  });

  it('reports that sample data is present and removes it in one step', async () => {
    expect(valueOf(await invoke('sample:status', {}))).toMatchObject({ attempts: 300 });
    const removed = valueOf(await invoke('sample:remove', {}));
    expect(removed.removedAttempts).toBe(300);
    const o = valueOf(await invoke('reports:overview', {}));
    expect(o.totals.attempts).toBe(0);
    expect(o.sampleAttempts).toBe(0);
  });
});
