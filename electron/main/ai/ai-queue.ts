import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { GenerateQuestionsInput } from '../../../shared/ai/generated-questions';
import type { AiQueueItem } from '../../../shared/ipc/channels/ai';
import type { Database } from '../db/schema';
import { AiError } from './ai-error';
import { backoffMs } from './retry';

/** AI work that waits for the provider: a row in the durable jobs table until it has run. */
export type AiJob =
  { kind: 'ai-review'; attemptId: string } | { kind: 'ai-questions'; input: z.output<typeof GenerateQuestionsInput> };

export interface AiQueue {
  /** Stores the job (once: the same job already waiting is not added again) and schedules a run. */
  enqueue(job: AiJob): Promise<void>;
  list(): Promise<AiQueueItem[]>;
  /** Runs every job that is due; resolves when this pass is over. */
  drain(): Promise<void>;
  /**
   * Stops the periodic pass and cuts the job in progress short (it waits again, as if not tried), so
   * quitting is quick and the database can be closed after.
   */
  close(): Promise<void>;
}

const RETRY = { attempts: Number.POSITIVE_INFINITY, baseMs: 5_000, capMs: 10 * 60_000 };
const PASS_INTERVAL_MS = 30_000;

// Failures that mean "not now": the job waits. Anything else (bad key, invalid output, a deleted
// answer) will not get better by waiting, so it is marked failed with the reason.
function waitable(error: unknown): boolean {
  return (
    error instanceof AiError &&
    (error.failure === 'unreachable' ||
      error.failure === 'timeout' ||
      error.failure === 'rate-limited' ||
      error.failure === 'server-error')
  );
}

function label(job: AiJob): string {
  if (job.kind === 'ai-review') return 'AI review of an answer';
  const { count, difficulty, category } = job.input;
  return `${count} generated ${difficulty} ${category.replace(/-/g, ' ')} ${count === 1 ? 'question' : 'questions'}`;
}

export function createAiQueue(deps: {
  db: Kysely<Database>;
  now(): Date;
  run(job: AiJob, signal: AbortSignal): Promise<void>;
  /** Tests shorten the time between passes. */
  intervalMs?: number;
}): AiQueue {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let closed = false;
  const stopping = new AbortController();

  const schedule = (): void => {
    if (timer || closed) return;
    // Unreferenced: a waiting job never keeps the process (CLI, tests) alive.
    timer = setInterval(() => void drain(), deps.intervalMs ?? PASS_INTERVAL_MS).unref();
  };

  const anyWaiting = async (): Promise<boolean> =>
    (await deps.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'like', 'ai-%')
      .where('status', '=', 'queued')
      .executeTakeFirst()) !== undefined;

  // A job still 'running' was cut off with its process (a crash, a kill): it waits again. Jobs left
  // from an earlier run get the periodic pass, as newly queued ones do.
  const recover = async (): Promise<void> => {
    await deps.db
      .updateTable('jobs')
      .set({ status: 'queued', updated_at: deps.now().toISOString() })
      .where('kind', 'like', 'ai-%')
      .where('status', '=', 'running')
      .execute();
    if (await anyWaiting()) schedule();
  };
  const recovered = recover().catch((error: unknown) => console.error('[ai] queue recovery failed', error));

  const pass = async (): Promise<void> => {
    await recovered;
    const now = deps.now();
    const due = await deps.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', 'like', 'ai-%')
      .where('status', '=', 'queued')
      .where('run_after', '<=', now.toISOString())
      .orderBy('id')
      .execute();
    for (const row of due) {
      if (closed) break;
      const job = JSON.parse(row.payload) as AiJob;
      await deps.db
        .updateTable('jobs')
        .set({ status: 'running', updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute();
      try {
        await deps.run(job, stopping.signal);
        await deps.db.deleteFrom('jobs').where('id', '=', row.id).execute();
      } catch (error) {
        if (stopping.signal.aborted) {
          // Cut short by close(), not failed: it runs again next time, with no try counted.
          await deps.db
            .updateTable('jobs')
            .set({ status: 'queued', updated_at: deps.now().toISOString() })
            .where('id', '=', row.id)
            .execute();
          break;
        }
        const message = error instanceof Error ? error.message : String(error);
        const tries = row.tries + 1;
        const later = new Date(deps.now().getTime() + backoffMs(RETRY, Math.min(tries, 10)) + RETRY.baseMs);
        await deps.db
          .updateTable('jobs')
          .set({
            status: waitable(error) ? 'queued' : 'failed',
            tries,
            run_after: later.toISOString(),
            last_error: message.slice(0, 500),
            updated_at: deps.now().toISOString(),
          })
          .where('id', '=', row.id)
          .execute();
        // The provider is still away: the rest would fail the same way.
        if (waitable(error)) break;
      }
    }
    if (!(await anyWaiting()) && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const drain = (): Promise<void> => {
    if (closed) return Promise.resolve();
    running ??= pass()
      .catch((error: unknown) => console.error('[ai] queue pass failed', error))
      .finally(() => {
        running = null;
      });
    return running;
  };

  return {
    async enqueue(job) {
      const payload = JSON.stringify(job);
      const existing = await deps.db
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', job.kind)
        .where('payload', '=', payload)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst();
      if (!existing) {
        const at = deps.now().toISOString();
        await deps.db
          .insertInto('jobs')
          .values({
            kind: job.kind,
            payload,
            status: 'queued',
            run_after: at,
            last_error: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
      schedule();
    },
    async list() {
      const rows = await deps.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', 'like', 'ai-%')
        .where('status', 'in', ['queued', 'running', 'failed'])
        .orderBy('id')
        .execute();
      return rows.map((row) => {
        const job = JSON.parse(row.payload) as AiJob;
        return {
          id: row.id,
          kind: job.kind,
          label: label(job),
          attemptId: job.kind === 'ai-review' ? job.attemptId : null,
          status: row.status === 'failed' ? ('failed' as const) : ('waiting' as const),
          tries: row.tries,
          lastError: row.last_error,
          createdAt: row.created_at,
        };
      });
    },
    drain,
    async close() {
      closed = true;
      clearInterval(timer);
      timer = undefined;
      stopping.abort();
      await recovered;
      await running;
    },
  };
}
