import type { Worker } from 'node:worker_threads';
import {
  ANALYSIS_SAMPLE_RATE,
  PEAKS_PER_SECOND,
  type AnalysisJobOptions,
  type AnalysisOutcome,
  type FromWorker,
  type ToWorker,
} from './analysis-protocol';
import { spawnModuleWorker } from './worker-spawn';

export interface AnalysisSession {
  /** Raw little-endian float32 bytes, in any chunking (a sample may straddle two chunks). */
  push(bytes: Buffer): void;
  /** No more PCM: run the analysis and resolve with it. */
  finish(): Promise<AnalysisOutcome>;
  abort(): void;
}

export interface AnalysisOptions {
  expectedDurationSec?: number | null;
  minPauseSec?: number;
  longPauseSec?: number;
  peaksPerSecond?: number;
}

/** Idle workers are kept this long for the next recording, then ended. */
const IDLE_MS = 60_000;
const idle: Array<{ worker: Worker; timer: NodeJS.Timeout }> = [];

function takeWorker(): Worker {
  const entry = idle.pop();
  if (entry) {
    clearTimeout(entry.timer);
    entry.worker.ref();
    return entry.worker;
  }
  return spawnModuleWorker('analysis-worker');
}

function parkWorker(worker: Worker): void {
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  // An idle worker must not keep a CLI run or a test process alive.
  worker.unref();
  const timer = setTimeout(() => {
    const at = idle.findIndex((e) => e.worker === worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  worker.once('exit', () => {
    const at = idle.findIndex((e) => e.worker === worker);
    if (at >= 0) idle.splice(at, 1);
  });
  idle.push({ worker, timer });
}

/**
 * Starts a worker ahead of time (e.g. when a recording starts) so that loading and compiling the
 * analysis code is not on the critical path when the recording stops.
 */
export function prewarmAnalysisWorker(): void {
  if (idle.length === 0) parkWorker(spawnModuleWorker('analysis-worker'));
}

/** Ends the idle workers now (service shutdown, end of a test run). */
export async function shutdownAnalysisWorkers(): Promise<void> {
  const all = idle.splice(0);
  await Promise.all(
    all.map(({ worker, timer }) => {
      clearTimeout(timer);
      return worker.terminate();
    }),
  );
}

/** Feeds PCM to an analysis worker, one job per recording. */
export function startAnalysis(options: AnalysisOptions = {}): AnalysisSession {
  const job: AnalysisJobOptions = {
    sampleRate: ANALYSIS_SAMPLE_RATE,
    expectedSamples: Math.ceil((options.expectedDurationSec ?? 60) * ANALYSIS_SAMPLE_RATE * 1.05),
    peaksPerSecond: options.peaksPerSecond ?? PEAKS_PER_SECOND,
    ...(options.minPauseSec !== undefined ? { minPauseSec: options.minPauseSec } : {}),
    ...(options.longPauseSec !== undefined ? { longPauseSec: options.longPauseSec } : {}),
  };
  const worker = takeWorker();
  let leftover: Buffer = Buffer.alloc(0);
  let done = false;

  const outcome = new Promise<AnalysisOutcome>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      done = true;
      parkWorker(worker);
      if (message.type === 'result') resolve(message.outcome);
      else reject(new Error(`Voice analysis failed: ${message.message}`));
    });
    worker.on('error', (error) => {
      done = true;
      reject(new Error(`Voice analysis failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`Voice analysis stopped unexpectedly (exit ${code})`));
      done = true;
    });
  });
  // Rejections are consumed by finish(); an aborted session must not raise an unhandled one.
  outcome.catch(() => undefined);

  const post = (message: ToWorker, transfer: ArrayBuffer[] = []): void => worker.postMessage(message, transfer);
  post({ type: 'begin', options: job });

  return {
    push(bytes) {
      if (done) return;
      const joined = leftover.length ? Buffer.concat([leftover, bytes]) : bytes;
      const usable = joined.length - (joined.length % 4);
      if (usable > 0) {
        // A fresh, aligned ArrayBuffer that is transferred, not copied again.
        const buffer = new ArrayBuffer(usable);
        new Uint8Array(buffer).set(joined.subarray(0, usable));
        post({ type: 'pcm', buffer }, [buffer]);
      }
      leftover = Buffer.from(joined.subarray(usable));
    },
    finish() {
      if (!done) post({ type: 'end' });
      return outcome;
    },
    abort() {
      if (done) return;
      done = true;
      // The worker may hold half a job; end it rather than reuse it.
      void worker.terminate();
    },
  };
}
