import {
  EvaluatorInputError,
  type AnswerProblemCode,
  type Evaluation,
  type EvaluationInput,
  type LocalEvaluator,
} from '../../../shared/domain/evaluator';
import { createWorkerClient } from '../workers/worker-client';
import type { EvaluatorRequest } from './evaluator-protocol';

/** The local evaluator behind a worker thread, with the same interface as the in-process one. */
export function createWorkerEvaluator(): LocalEvaluator {
  const client = createWorkerClient<EvaluatorRequest, Evaluation | null>(
    'evaluator-worker',
    new URL('./evaluator-worker.ts', import.meta.url),
    {
      label: 'answer evaluator',
      reviveError: (failure) =>
        failure.name === 'EvaluatorInputError' && failure.code
          ? new EvaluatorInputError(failure.code as AnswerProblemCode, failure.message)
          : new Error(failure.message),
    },
  );
  return {
    async init() {
      await client.request({ type: 'init' });
    },
    async evaluate(input: EvaluationInput) {
      const value = await client.request({ type: 'evaluate', input });
      if (!value) throw new Error('The answer evaluator returned nothing');
      return value;
    },
    async precheck(text: string) {
      await client.request({ type: 'precheck', text }).catch(() => undefined);
    },
    dispose: () => client.close(),
  };
}
