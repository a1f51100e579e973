import type { Worker } from 'node:worker_threads';
import { spawnWorker } from './spawn-worker';
import type { WorkerFailure, WorkerReply, WorkerRequest } from './worker-protocol';

export interface WorkerClient<P, R> {
  request(payload: P): Promise<R>;
  /** Ends the worker now; pending requests fail. */
  close(): Promise<void>;
}

export interface WorkerClientOptions {
  /** Shown in errors: "The <label> failed: …". */
  label: string;
  /** End the worker after this long without requests (it is started again on demand). */
  idleMs?: number;
  /** Turns a failure from the worker back into the caller's error type. */
  reviveError?: (failure: WorkerFailure) => Error;
}

/**
 * Requests to a worker_threads module that calls serveWorker(). The worker starts on first use
 * and is unref'd whenever nothing is pending, so an idle worker never keeps a CLI run or a test
 * process alive.
 */
export function createWorkerClient<P, R>(name: string, source: URL, options: WorkerClientOptions): WorkerClient<P, R> {
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(value: R): void; reject(error: Error): void }>();
  const revive = options.reviveError ?? ((failure: WorkerFailure) => new Error(failure.message));

  const failAll = (error: Error): void => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const stop = async (): Promise<void> => {
    const current = worker;
    worker = null;
    if (idleTimer) clearTimeout(idleTimer);
    if (current) {
      current.removeAllListeners('exit');
      await current.terminate();
    }
  };

  const settle = (target: Worker): void => {
    if (pending.size > 0) return;
    target.unref();
    if (options.idleMs !== undefined) {
      idleTimer = setTimeout(() => void stop(), options.idleMs);
      idleTimer.unref();
    }
  };

  const start = (): Worker => {
    const started = spawnWorker(name, source);
    started.on('message', (reply: WorkerReply<R>) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      settle(started);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(revive(reply.error));
    });
    started.on('error', (error) => {
      worker = null;
      failAll(new Error(`The ${options.label} failed: ${error.message}`));
    });
    started.on('exit', (code) => {
      worker = null;
      failAll(new Error(`The ${options.label} stopped unexpectedly (exit ${code})`));
    });
    return started;
  };

  return {
    request(payload) {
      if (idleTimer) clearTimeout(idleTimer);
      const target = (worker ??= start());
      target.ref();
      return new Promise<R>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const message: WorkerRequest<P> = { id, payload };
        target.postMessage(message);
      });
    },
    async close() {
      await stop();
      failAll(new Error(`The ${options.label} was shut down`));
    },
  };
}
