import type { Worker } from 'node:worker_threads';
import type { FromWorker, ProcessJob, ProcessOutcome, ToWorker } from './analysis-protocol';
import { MediaError } from './ffmpeg-pass';
import { spawnWorker } from '../workers/spawn-worker';

const spawnAnalysisWorker = (): Worker =>
  spawnWorker('analysis-worker', new URL('./analysis-worker.ts', import.meta.url));

/** How long a cancelled job's worker has to kill its ffmpeg processes before it is ended anyway. */
const ABORT_GRACE_MS = 2000;
/** Idle workers are kept this long for the next recording, then ended. */
const IDLE_MS = 60_000;
const idle: Array<{ worker: Worker; timer: NodeJS.Timeout }> = [];
/** Workers of cancelled jobs until they have killed their ffmpeg processes and ended. */
const aborting = new Set<Promise<void>>();

function takeWorker(): Worker {
  const entry = idle.pop();
  if (entry) {
    clearTimeout(entry.timer);
    entry.worker.removeAllListeners('error');
    entry.worker.removeAllListeners('exit');
    entry.worker.ref();
    return entry.worker;
  }
  return spawnAnalysisWorker();
}

function forget(worker: Worker): void {
  const at = idle.findIndex((e) => e.worker === worker);
  if (at >= 0) idle.splice(at, 1);
}

function parkWorker(worker: Worker): void {
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  // An idle worker must not keep a CLI run or a test process alive.
  worker.unref();
  const timer = setTimeout(() => {
    forget(worker);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  worker.once('exit', () => forget(worker));
  // A worker that fails to load, or throws while idle: without a listener its 'error' would be
  // thrown in the main process.
  worker.on('error', (error) => {
    console.error('[media] an idle analysis worker failed', error);
    forget(worker);
    void worker.terminate();
  });
  idle.push({ worker, timer });
}

/**
 * Starts a worker ahead of time (e.g. when a recording starts) so that loading and compiling the
 * processing code is not on the critical path when the recording stops.
 */
export function prewarmAnalysisWorker(): void {
  if (idle.length === 0) parkWorker(spawnAnalysisWorker());
}

/**
 * Ends the idle workers now (service shutdown, end of a CLI run or a test file), and waits for
 * those of cancelled jobs: quitting sooner could leave their ffmpeg processes running.
 */
export async function shutdownAnalysisWorkers(): Promise<void> {
  const all = idle.splice(0);
  await Promise.all([
    ...all.map(({ worker, timer }) => {
      clearTimeout(timer);
      return worker.terminate();
    }),
    ...aborting,
  ]);
}

export interface JobCallbacks {
  onProgress?(decodedSec: number): void;
  onDecoded?(): void;
  signal?: AbortSignal;
}

/** Runs one processing job in a pooled worker; rejects with MediaError for unreadable media. */
export function runProcessJob(job: ProcessJob, callbacks: JobCallbacks = {}): Promise<ProcessOutcome> {
  const worker = takeWorker();
  return new Promise<ProcessOutcome>((resolve, reject) => {
    let settled = false;
    const finish = (reuse: boolean): void => {
      settled = true;
      callbacks.signal?.removeEventListener('abort', onAbort);
      if (reuse) parkWorker(worker);
      else {
        worker.removeAllListeners();
        void worker.terminate();
      }
    };
    const onAbort = (): void => {
      if (settled) return;
      settled = true;
      callbacks.signal?.removeEventListener('abort', onAbort);
      // The worker kills its ffmpeg processes and says so; only then is the thread ended (ended at
      // once, it might never read the message and leave ffmpeg running). It is not reused mid-job.
      worker.removeAllListeners();
      const ended = new Promise<void>((resolve) => {
        const end = (): void => {
          clearTimeout(deadline);
          worker.removeAllListeners();
          void worker.terminate().then(
            () => resolve(),
            () => resolve(),
          );
        };
        const deadline = setTimeout(end, ABORT_GRACE_MS);
        worker.on('message', (message: FromWorker) => message.type === 'aborted' && end());
        worker.on('error', end);
      });
      aborting.add(ended);
      void ended.then(() => aborting.delete(ended));
      worker.postMessage({ type: 'abort' } satisfies ToWorker);
      reject(Object.assign(new Error('Processing was cancelled'), { name: 'AbortError' }));
    };
    if (callbacks.signal?.aborted) {
      parkWorker(worker);
      reject(Object.assign(new Error('Processing was cancelled'), { name: 'AbortError' }));
      return;
    }
    callbacks.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: FromWorker) => {
      if (settled) return;
      if (message.type === 'progress') callbacks.onProgress?.(message.decodedSec);
      else if (message.type === 'decoded') callbacks.onDecoded?.();
      else if (message.type === 'result') {
        finish(true);
        resolve(message.outcome);
      } else if (message.type === 'error') {
        finish(true);
        reject(
          message.media
            ? new MediaError(message.message, message.detail)
            : new Error(`Processing failed: ${message.message}`),
        );
      }
    });
    worker.on('error', (error) => {
      if (settled) return;
      finish(false);
      reject(new Error(`Processing failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (settled) return;
      finish(false);
      reject(new Error(`Processing stopped unexpectedly (exit ${code})`));
    });
    worker.postMessage({ type: 'process', job } satisfies ToWorker);
  });
}
