import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { createRng } from '../../../shared/domain/sample/rng';
import { planSample, MOCK_QUESTIONS, type PlannedAttempt } from '../../../shared/domain/sample/sample-plan';
import { localDay } from '../../../shared/domain/stats/local-day';
import { AppError } from '../../../shared/ipc/result';
import { SAMPLE_COUNT_KEY } from '../db/queries/reports';
import type { Database } from '../db/schema';
import {
  bankQuestionsWithModelAnswers,
  buildPool,
  pickAnswer,
  poolQuestionsPerCategory,
  RecentPicks,
  type Pool,
  type PoolAnswer,
} from './sample-pool';
import { nextTurn, SLICE_MS } from './next-turn';

/**
 * Sample data: a realistic practice history, every row marked is_sample = 1 (attempts and the
 * mock-interview sessions), never synced (no outbox rows), removable in one step. The plan
 * (shared/domain/sample) decides days, categories, modes and target scores; the pool
 * (sample-pool.ts) supplies graded answers; this module writes them in one transaction.
 */
export const MAX_SAMPLE_ATTEMPTS = 200_000;

export interface SampleTarget {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
}

export interface LoadSampleOptions {
  attempts: number;
  now: Date;
  seed?: number;
  /**
   * How long grading and each write transaction may hold the event loop (default SLICE_MS, for
   * the app). The CLI, which answers nothing meanwhile, passes Infinity: one transaction, faster.
   */
  sliceMs?: number;
  onProgress?: (stage: 'grading' | 'writing', done: number, total: number) => void;
}

export interface SampleSummary {
  attempts: number;
  sessions: number;
  from: string | null;
  to: string | null;
}

export interface LoadSampleResult extends SampleSummary {
  poolAnswers: number;
  replaced: number;
}

const WRITE_BATCH = 5_000;
const UPSERT_SAMPLE_COUNT = `INSERT INTO app_meta (key, value, updated_at) VALUES (?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;

/** When each planned answer happened: local time on its day, never later than now. */
function timestamps(planned: readonly PlannedAttempt[], now: Date): Date[] {
  const dates = planned.map((p) => {
    const [y, m, d] = p.day.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 0, 0, 0, Math.round(p.minute * 60_000));
  });
  // Today's later answers are moved to just before now, keeping their order.
  const future = dates.map((d, i) => [d, i] as const).filter(([d]) => d.getTime() > now.getTime() - 60_000);
  future.forEach(([, i], k) => {
    dates[i] = new Date(now.getTime() - (future.length - k) * 90_000);
  });
  return dates;
}

function sessionConfig(categories: readonly string[], mode: string, questionIds: readonly string[]) {
  return JSON.stringify({
    sample: true,
    questionCount: MOCK_QUESTIONS,
    mode,
    prepSec: 30,
    answerSec: 120,
    categories: [...new Set(categories)],
    questionIds,
  });
}

/** Deletes every sample attempt and sample session; the user's own history is untouched. */
export function removeSampleRows(sqlite: BetterSqlite3.Database): { removedAttempts: number; removedSessions: number } {
  return sqlite.transaction(() => {
    const removedAttempts = sqlite.prepare('DELETE FROM attempts WHERE is_sample = 1').run().changes;
    const removedSessions = sqlite.prepare('DELETE FROM sessions WHERE is_sample = 1').run().changes;
    sqlite.prepare('DELETE FROM app_meta WHERE key = ?').run(SAMPLE_COUNT_KEY);
    return { removedAttempts, removedSessions };
  })();
}

export async function sampleSummary(db: Kysely<Database>): Promise<SampleSummary> {
  const attempts = await db
    .selectFrom('attempts')
    .select([
      sql<number>`count(*)`.as('n'),
      sql<string | null>`min(local_day)`.as('from'),
      sql<string | null>`max(local_day)`.as('to'),
    ])
    .where('is_sample', '=', 1)
    .executeTakeFirstOrThrow();
  const sessions = await db
    .selectFrom('sessions')
    .select(sql<number>`count(*)`.as('n'))
    .where('is_sample', '=', 1)
    .executeTakeFirstOrThrow();
  return { attempts: attempts.n, sessions: sessions.n, from: attempts.from, to: attempts.to };
}

/**
 * Replaces any sample data with a fresh history of `attempts` answers ending today. The pool is
 * graded first, then rows go in; both in slices with turns of the event loop between, so the
 * main process keeps answering while a history of thousands of answers is made.
 */
export async function loadSampleData(target: SampleTarget, options: LoadSampleOptions): Promise<LoadSampleResult> {
  const n = Math.floor(options.attempts);
  if (!(n >= 1 && n <= MAX_SAMPLE_ATTEMPTS))
    throw new AppError('BAD_INPUT', `Sample data can hold 1 to ${MAX_SAMPLE_ATTEMPTS.toLocaleString('en')} answers.`);
  // Two loads interleaving their slices would mix two histories.
  if (loading.has(target.sqlite)) throw new AppError('CONFLICT', 'Sample data is already being loaded.');
  loading.add(target.sqlite);
  try {
    return await generateSample(target, options, n);
  } finally {
    loading.delete(target.sqlite);
  }
}

const loading = new WeakSet<BetterSqlite3.Database>();

async function generateSample(target: SampleTarget, options: LoadSampleOptions, n: number): Promise<LoadSampleResult> {
  const questions = await bankQuestionsWithModelAnswers(target.db);
  if (questions.length === 0)
    throw new AppError(
      'UNAVAILABLE',
      'The question bank is not loaded, so there is nothing to make sample answers from.',
    );
  const rng = createRng(options.seed ?? 20261126);
  const categories = [...new Set(questions.map((q) => q.category))];
  const plan = planSample({ attempts: n, today: localDay(options.now), categories }, rng);
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pool = await buildPool(questions, poolQuestionsPerCategory(n), rng, sliceMs, (done, total) =>
    options.onProgress?.('grading', done, total),
  );
  const poolAnswers = [...pool.values()].reduce((sum, e) => sum + e.typed.length + e.spoken.length, 0);
  const dates = timestamps(plan.attempts, options.now);
  const recent = new RecentPicks(6);
  const chosen = plan.attempts.map((p) => {
    const answer = choose(pool, p, rng, recent);
    recent.add(answer);
    return answer;
  });
  return writeSample(
    target.sqlite,
    plan.sessions.length,
    plan.attempts,
    chosen,
    dates,
    poolAnswers,
    sliceMs,
    options.onProgress,
  );
}

function choose(
  pool: Pool,
  planned: PlannedAttempt,
  rng: ReturnType<typeof createRng>,
  recent: RecentPicks,
): PoolAnswer {
  const entry = pool.get(planned.category) ?? rng.pick([...pool.values()]);
  const spoken = planned.mode !== 'text';
  const answers = spoken && entry.spoken.length ? entry.spoken : entry.typed;
  const answer = pickAnswer(answers, planned.target, rng, recent);
  if (!answer) throw new Error(`The sample pool has no answers for ${planned.category}`);
  return answer;
}

async function writeSample(
  sqlite: BetterSqlite3.Database,
  sessionCount: number,
  planned: readonly PlannedAttempt[],
  chosen: readonly PoolAnswer[],
  dates: readonly Date[],
  poolAnswers: number,
  sliceMs: number,
  onProgress: LoadSampleOptions['onProgress'],
): Promise<LoadSampleResult> {
  const insertAttempt = sqlite.prepare(
    `INSERT INTO attempts (id, session_id, question_id, question_text, category, mode, answer_text, duration_sec, overall,
       content_score, structure_score, language_score, delivery_score, evaluation, evaluator_kind, evaluator_version,
       recording_id, local_day, is_sample, created_at, wpm, filler_per_100)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, NULL, ?, 1, ?, ?, ?)`,
  );
  const insertSession = sqlite.prepare(
    `INSERT INTO sessions (id, kind, status, config, plan_id, started_at, ended_at, is_sample) VALUES (?, 'mock', 'completed', ?, NULL, ?, ?, 1)`,
  );
  const sessionIds = Array.from({ length: sessionCount }, () => randomUUID());
  const members = new Map<number, number[]>();
  planned.forEach((p, i) => {
    if (p.session !== null) members.set(p.session, [...(members.get(p.session) ?? []), i]);
  });

  const upsertCount = sqlite.prepare(UPSERT_SAMPLE_COUNT);
  const replaced = sqlite.transaction(() => {
    const removed = removeSampleRows(sqlite).removedAttempts;
    for (const [index, rows] of members) {
      const first = dates[rows[0] ?? 0] ?? new Date();
      const last = dates[rows.at(-1) ?? 0] ?? first;
      const mode = planned[rows[0] ?? 0]?.mode ?? 'text';
      insertSession.run(
        sessionIds[index],
        sessionConfig(
          rows.map((i) => planned[i]?.category ?? ''),
          mode,
          rows.map((i) => chosen[i]?.question.id ?? ''),
        ),
        new Date(first.getTime() - 60_000).toISOString(),
        new Date(last.getTime() + 150_000).toISOString(),
      );
    }
    return removed;
  })();

  // Attempts go in one slice per transaction. Each slice also records how many sample answers
  // there are so far (Reports reads that count), so an interrupted load is still counted and
  // removable in one step.
  const insertSlice = sqlite.transaction((from: number): number => {
    const started = performance.now();
    let i = from;
    do {
      const p = planned[i] as PlannedAttempt;
      const answer = chosen[i] as PoolAnswer;
      const at = dates[i] as Date;
      const e = answer.evaluation;
      insertAttempt.run(
        randomUUID(),
        p.session === null ? null : sessionIds[p.session],
        answer.question.id,
        answer.question.text,
        answer.question.category,
        p.mode,
        answer.answerText,
        answer.durationSec,
        e.overall,
        e.subscores.content,
        e.subscores.structure,
        e.subscores.language,
        e.subscores.delivery,
        answer.evaluationJson,
        e.evaluator.version,
        localDay(at),
        at.toISOString(),
        p.mode === 'text' ? null : answer.wpm,
        e.metrics.fillerPer100,
      );
      i += 1;
      if (i % WRITE_BATCH === 0) onProgress?.('writing', i, planned.length);
    } while (i < planned.length && performance.now() - started < sliceMs);
    upsertCount.run(SAMPLE_COUNT_KEY, String(i), new Date().toISOString());
    return i;
  });
  for (let next = 0; next < planned.length;) {
    next = insertSlice(next);
    if (next < planned.length) await nextTurn();
  }
  onProgress?.('writing', planned.length, planned.length);
  const days = planned.length ? dates.map((d) => localDay(d)).sort() : [];
  return {
    attempts: planned.length,
    sessions: members.size,
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
    poolAnswers,
    replaced,
  };
}
