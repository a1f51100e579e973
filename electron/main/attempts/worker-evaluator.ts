import type { Worker } from 'node:worker_threads';
import {
  EvaluatorInputError,
  type AnswerProblemCode,
  type Evaluation,
  type EvaluationInput,
  type LocalEvaluator,
} from '../../../shared/domain/evaluator';
import { spawnWorker } from '../workers/spawn-worker';
import type { FromEvaluator, ToEvaluator } from './evaluator-protocol';

type Pending = { resolve(value: Evaluation | undefined): void; reject(error: Error): void };
type Request = ToEvaluator extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/**
 * The local evaluator behind a worker thread, with the same interface as the in-process one.
 * The worker starts on first use and is unref'd while idle, so it never keeps a CLI run or a
 * test process alive.
 */
export function createWorkerEvaluator(): LocalEvaluator {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = spawnWorker('evaluator-worker', new URL('./evaluator-worker.ts', import.meta.url));
    started.on('message', (reply: FromEvaluator) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if (reply.ok) waiting.resolve(reply.value);
      else if (reply.error.name === 'EvaluatorInputError' && reply.error.code) {
        waiting.reject(new EvaluatorInputError(reply.error.code as AnswerProblemCode, reply.error.message));
      } else waiting.reject(new Error(reply.error.message));
    });
    started.on('error', (error) => failAll(new Error(`The answer evaluator failed: ${error.message}`)));
    started.on('exit', (code) => failAll(new Error(`The answer evaluator stopped unexpectedly (exit ${code})`)));
    started.unref();
    worker = started;
    return started;
  };

  const request = (message: Request): Promise<Evaluation | undefined> =>
    new Promise((resolve, reject) => {
      const target = ensureWorker();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      target.ref();
      target.postMessage({ ...message, id } as ToEvaluator);
    });

  return {
    async init() {
      await request({ type: 'init' });
    },
    async evaluate(input: EvaluationInput) {
      const value = await request({ type: 'evaluate', input });
      if (!value) throw new Error('The answer evaluator returned nothing');
      return value;
    },
    async precheck(text: string) {
      await request({ type: 'precheck', text }).catch(() => undefined);
    },
    async dispose() {
      const current = worker;
      worker = null;
      if (current) {
        current.removeAllListeners('exit');
        await current.terminate();
      }
      failAll(new Error('The answer evaluator was shut down'));
    },
  };
}
