import type { EvaluationInput } from '../../../shared/domain/evaluator';

/** What the main thread asks of the evaluator worker. */
export type EvaluatorRequest =
  { type: 'init' } | { type: 'evaluate'; input: EvaluationInput } | { type: 'precheck'; text: string };
