import type { Kysely } from 'kysely';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { MAX_SYNC_BATCH } from '../../../shared/sync/attempt';
import type { AccountSession } from '../account/account-session';
import { isServiceError } from '../account/service-error';
import type { Database } from '../db/schema';
import type { EventBus } from '../events';
import type { SettingsStore } from '../settings/settings-store';
import { retryDelayMs, type BackoffPolicy } from './backoff';
import { syncFailureWords } from './failure-words';
import { createOutboxQueue, type OutboxQueue } from './outbox-queue';
import { pushBatch } from './push-batch';
import { createRejectionStore, type RejectionStore } from './rejection-store';
import { readSyncMeta, writeSyncMeta } from './sync-meta';

export interface SyncTuning {
  backoff: BackoffPolicy;
  /** A pass now and then even when nothing asked for one (an answer saved while the service was down…). */
  periodMs: number;
  /** The first pass after start-up waits this long, so it does not compete with the first paint. */
  startDelayMs: number;
  requestTimeoutMs: number;
  random: () => number;
}

export const DEFAULT_SYNC_TUNING: SyncTuning = {
  backoff: { baseMs: 5_000, capMs: 10 * 60_000 },
  periodMs: 5 * 60_000,
  startDelayMs: 3_000,
  requestTimeoutMs: 30_000,
  random: Math.random,
};

export interface SyncEngineDeps {
  db: Kysely<Database>;
  session: AccountSession;
  settings: Pick<SettingsStore, 'get'>;
  events: EventBus;
  now: () => Date;
  tuning?: Partial<SyncTuning>;
}

/** What one pass did; `error` is why it stopped early (a ServiceError when the service was not reached). */
export interface SyncRunReport {
  pushed: number;
  duplicates: number;
  rejected: number;
  pending: number;
  /** The pass did not run: "Sync my scores" is off, or nobody is signed in. */
  skipped: 'paused' | 'signed-out' | null;
  error: unknown;
}

export interface SyncEngine {
  status(): Promise<SyncStatus>;
  /** The user asked ("Sync now", the window came back online): runs unless the service said to wait. */
  syncNow(): Promise<SyncStatus>;
  /** One pass for the CLI, without timers; resolves with what it did, never throws for the network. */
  push(): Promise<SyncRunReport>;
  /** Listens for new answers, account and settings changes; runs at start-up, on a timer and on backoff. */
  start(): void;
  /** Answers the service refused; dismissing one updates the status. */
  rejections: RejectionStore;
  /** Stops the timers; waits only for a database write in progress, never for the network. */
  close(): Promise<void>;
}

type Trigger = 'start-up' | 'attempt' | 'timer' | 'retry' | 'account' | 'settings' | 'now';

interface Failure {
  kind: 'offline' | 'error';
  failures: number;
  nextRetryAt: Date;
  /** From Retry-After: not even a user's "Sync now" goes sooner. */
  notBefore: Date | null;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db, session, settings, events, now } = deps;
  const tuning: SyncTuning = { ...DEFAULT_SYNC_TUNING, ...deps.tuning };
  const rejections = createRejectionStore(db);

  let closed = false;
  let started = false;
  let running = false;
  let again = false;
  let current: Promise<SyncRunReport> | null = null;
  let failure: Failure | null = null;
  // A 'signed-out' or 'no-server' answer stops the engine until the account changes.
  let stopped = false;
  let settling: Promise<unknown> | null = null;
  let lastEmitted = '';
  let emitting: Promise<void> = Promise.resolve();
  const timers: { retry?: NodeJS.Timeout; periodic?: NodeJS.Timeout; start?: NodeJS.Timeout } = {};
  const unsubscribe: Array<() => void> = [];

  const base = createOutboxQueue(db);
  // The write that settles a batch is awaited on close, so the database never closes under it.
  const queue: OutboxQueue = {
    ...base,
    settle: (...args) => {
      const write = base.settle(...args);
      settling = write.finally(() => (settling = null));
      return write;
    },
  };

  const enabled = () => settings.get().sync.enabled;
  const signedIn = () => session.isSignedIn() && !stopped;

  let lastStatus: SyncStatus | null = null;

  async function status(): Promise<SyncStatus> {
    // Closing: the database may be gone; a caller still waiting gets the last status known.
    if (closed && lastStatus) return lastStatus;
    const [pending, rejected, meta] = await Promise.all([queue.pendingCount(), rejections.count(), readSyncMeta(db)]);
    const on = enabled();
    const account = signedIn();
    lastStatus = {
      state: !on ? 'paused' : !account ? 'signed-out' : running ? 'syncing' : (failure?.kind ?? 'idle'),
      pending,
      rejected,
      lastSyncAt: meta.lastSyncAt,
      lastError: meta.lastError,
      nextRetryAt: on && account && failure && !running ? failure.nextRetryAt.toISOString() : null,
    };
    return lastStatus;
  }

  /** Emits 'sync:status' when it differs from the last one sent; in order, one at a time. */
  function emitStatus(): Promise<void> {
    emitting = emitting.then(async () => {
      if (closed) return;
      try {
        const next = await status();
        const key = JSON.stringify(next);
        if (key === lastEmitted || closed) return;
        lastEmitted = key;
        events.emit('sync:status', next);
      } catch (error) {
        console.error('[sync] could not read the sync status', error);
      }
    });
    return emitting;
  }

  function scheduleRetry(delayMs: number): void {
    clearTimeout(timers.retry);
    if (!started || closed) return;
    timers.retry = setTimeout(() => void request('retry'), delayMs);
    timers.retry.unref();
  }

  async function recordFailure(error: unknown): Promise<void> {
    if (!isServiceError(error)) console.error('[sync] a sync pass failed', error);
    if (isServiceError(error) && (error.kind === 'signed-out' || error.kind === 'no-server')) {
      stopped = true;
      failure = null;
      clearTimeout(timers.retry);
    } else {
      const failures = (failure?.failures ?? 0) + 1;
      const retryAfterMs = isServiceError(error) ? error.retryAfterMs : null;
      const delay = retryDelayMs(tuning.backoff, failures, retryAfterMs, tuning.random);
      const at = now().getTime();
      failure = {
        kind: isServiceError(error) && error.kind === 'offline' ? 'offline' : 'error',
        failures,
        nextRetryAt: new Date(at + delay),
        notBefore: retryAfterMs ? new Date(at + retryAfterMs) : null,
      };
      scheduleRetry(delay);
    }
    if (!closed) await writeSyncMeta(db, { lastError: syncFailureWords(error) }, now());
  }

  /** One pass: batches of at most MAX_SYNC_BATCH, oldest first, until the outbox is empty. */
  async function drain(): Promise<SyncRunReport> {
    const report: SyncRunReport = { pushed: 0, duplicates: 0, rejected: 0, pending: 0, skipped: null, error: null };
    let answered = false;
    const wanted = () => !closed && enabled() && signedIn();
    try {
      while (wanted()) {
        const batch = await queue.oldest(MAX_SYNC_BATCH);
        if (batch.length === 0) break;
        const outcome = await pushBatch(session, queue, batch, {
          timeoutMs: tuning.requestTimeoutMs,
          now,
          stillWanted: () => !closed,
        });
        answered = true;
        report.pushed += outcome.accepted;
        report.duplicates += outcome.duplicates;
        report.rejected += outcome.rejected;
        // The service answered about none of these rows: leave them for the next pass, do not spin.
        if (outcome.settled === 0) break;
        await emitStatus();
        // Between batches the main process answers the renderer.
        await yieldToEventLoop();
      }
      failure = null;
      clearTimeout(timers.retry);
      if (!closed) {
        await writeSyncMeta(db, { lastError: null, ...(answered ? { lastSyncAt: now().toISOString() } : {}) }, now());
      }
    } catch (error) {
      report.error = error;
      await recordFailure(error);
    }
    if (!closed) report.pending = await queue.pendingCount();
    return report;
  }

  async function runLoop(): Promise<SyncRunReport> {
    let report: SyncRunReport;
    do {
      again = false;
      running = true;
      await emitStatus();
      try {
        report = await drain();
      } finally {
        running = false;
      }
      await emitStatus();
    } while (again && report.error === null && !closed);
    return report;
  }

  function run(): Promise<SyncRunReport> {
    if (current) {
      again = true;
      return current;
    }
    current = runLoop().finally(() => (current = null));
    return current;
  }

  function skipped(): SyncRunReport['skipped'] {
    if (!enabled()) return 'paused';
    if (!signedIn()) return 'signed-out';
    return null;
  }

  async function request(trigger: Trigger): Promise<void> {
    if (closed) return;
    if (trigger === 'account') {
      stopped = false;
      failure = null;
      clearTimeout(timers.retry);
    }
    if (trigger === 'now') stopped = false;
    if (skipped() !== null) return emitStatus();
    const at = now().getTime();
    if (failure?.notBefore && at < failure.notBefore.getTime()) return emitStatus();
    const automatic = trigger === 'start-up' || trigger === 'attempt' || trigger === 'timer';
    if (automatic && failure && at < failure.nextRetryAt.getTime()) return emitStatus();
    await run();
  }

  return {
    status,

    rejections: {
      count: () => rejections.count(),
      list: () => rejections.list(),
      async dismiss(target) {
        const dismissed = await rejections.dismiss(target);
        await emitStatus();
        return dismissed;
      },
    },

    async syncNow() {
      await request('now');
      if (current) await current;
      return status();
    },

    async push() {
      stopped = false;
      const skip = skipped();
      if (skip !== null) {
        return {
          pushed: 0,
          duplicates: 0,
          rejected: 0,
          pending: await queue.pendingCount(),
          skipped: skip,
          error: null,
        };
      }
      // A pass already running (the app's own) is joined; its report is what was done.
      return run();
    },

    start() {
      if (started || closed) return;
      started = true;
      unsubscribe.push(
        events.subscribe((name, payload) => {
          if (name === 'data:changed') {
            const scope = (payload as { scope: string }).scope;
            if (scope === 'attempts' || scope === 'all') void request('attempt');
          } else if (name === 'settings:changed') {
            void request('settings');
          }
        }),
        session.onChange(() => void request('account')),
      );
      timers.periodic = setInterval(() => void request('timer'), tuning.periodMs);
      timers.periodic.unref();
      timers.start = setTimeout(() => void request('start-up'), tuning.startDelayMs);
      timers.start.unref();
      void emitStatus();
    },

    async close() {
      closed = true;
      for (const stop of unsubscribe.splice(0)) stop();
      clearTimeout(timers.retry);
      clearTimeout(timers.start);
      clearInterval(timers.periodic);
      await settling?.catch(() => undefined);
      await emitting;
    },
  };
}
