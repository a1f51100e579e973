import type { LocalEvaluator } from '../../../shared/domain/evaluator';
import { createWorkerEvaluator } from './worker-evaluator';

let instance: LocalEvaluator | null = null;

/**
 * The process's one local evaluator, in a worker thread. Its grammar checker compiles several
 * megabytes of WASM on init (seconds) and holds no per-database state, so every MainServices in a
 * process (the app has one; the CLI, the browser host and test workers may open several) shares
 * it, and it is never disposed before the process ends.
 */
export function sharedLocalEvaluator(): LocalEvaluator {
  instance ??= createWorkerEvaluator();
  return instance;
}
