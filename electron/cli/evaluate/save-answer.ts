import type { BankQuestion } from '../../../shared/domain/questions/bank-schema';
import { AppError } from '../../../shared/ipc/result';
import type { AttemptService } from '../../main/attempts/attempt-service';
import type { CliEvaluation, CliEvaluationRequest } from './evaluate-one';

export type SavedEvaluationResult =
  { ok: true; value: CliEvaluation & { attemptId: string } } | { ok: false; code: string; message: string };

/**
 * `coach evaluate --save`: grades and stores the answer as a typed practice attempt through the
 * app's own attempt service (the attempt and its outbox row, so the next `coach sync` sends it).
 * A question worded like a bank question is stored as that question; another needs a category.
 */
export async function saveAnswer(
  attempts: AttemptService,
  request: CliEvaluationRequest,
  bank: BankQuestion | null,
): Promise<SavedEvaluationResult> {
  const category = request.category ?? bank?.category;
  if (!category) {
    return {
      ok: false,
      code: 'no-category',
      message: 'To save an answer to a question that is not in the bank, give its category',
    };
  }
  try {
    const detail = await attempts.submit({
      questionId: bank?.id ?? null,
      questionText: request.question,
      category,
      mode: 'text',
      answerText: request.answer,
      durationSec: request.durationSec ?? null,
    });
    if (!detail.evaluation) throw new Error('the stored answer has no evaluation');
    const { overall, subscores, metrics, feedback, evaluator } = detail.evaluation;
    return { ok: true, value: { overall, subscores, metrics, feedback, evaluator, attemptId: detail.id } };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'BAD_INPUT' || error.code === 'NOT_FOUND')) {
      return { ok: false, code: error.code === 'BAD_INPUT' ? 'not-gradable' : 'not-found', message: error.message };
    }
    throw error;
  }
}
