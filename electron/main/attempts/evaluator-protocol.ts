import type { Evaluation, EvaluationInput } from '../../../shared/domain/evaluator';

/** Messages between the main thread and the evaluator worker. */
export type ToEvaluator =
  | { id: number; type: 'init' }
  | { id: number; type: 'evaluate'; input: EvaluationInput }
  | { id: number; type: 'precheck'; text: string };

export type FromEvaluator =
  | { id: number; ok: true; value?: Evaluation }
  | { id: number; ok: false; error: { name: string; code?: string; message: string } };
