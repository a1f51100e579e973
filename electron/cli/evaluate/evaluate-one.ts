import type { Evaluation, LocalEvaluator } from '../../../shared/domain/evaluator';
import { EvaluatorInputError } from '../../../shared/domain/evaluator';
import type { QuestionCategory } from '../../../shared/domain/questions/bank-schema';
import type { BankQuestion } from '../../../shared/domain/questions/bank-schema';

export interface CliEvaluationRequest {
  question: string;
  category?: QuestionCategory;
  answer: string;
  durationSec?: number;
}

/** The public JSON of `coach evaluate`: exactly these keys, in this order. */
export interface CliEvaluation {
  overall: number;
  subscores: Evaluation['subscores'];
  metrics: Evaluation['metrics'];
  feedback: Evaluation['feedback'];
  evaluator: Evaluation['evaluator'];
}

export type CliEvaluationResult = { ok: true; value: CliEvaluation } | { ok: false; code: string; message: string };

export async function evaluateOne(
  evaluator: LocalEvaluator,
  request: CliEvaluationRequest,
  bankQuestion: BankQuestion | null,
): Promise<CliEvaluationResult> {
  try {
    const evaluation = await evaluator.evaluate({
      question: {
        text: request.question,
        ...(request.category
          ? { category: request.category }
          : bankQuestion
            ? { category: bankQuestion.category }
            : {}),
        ...(bankQuestion ? { type: bankQuestion.type, keyPoints: bankQuestion.keyPoints } : {}),
        ...(bankQuestion?.modelAnswer ? { modelAnswer: bankQuestion.modelAnswer } : {}),
      },
      answer: request.answer,
      ...(request.durationSec !== undefined ? { durationSec: request.durationSec } : {}),
    });
    const { overall, subscores, metrics, feedback, evaluator: by } = evaluation;
    return { ok: true, value: { overall, subscores, metrics, feedback, evaluator: by } };
  } catch (error) {
    if (error instanceof EvaluatorInputError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** The same evaluation for a person at a terminal. */
export function formatEvaluation(e: CliEvaluation): string {
  const sub = e.subscores;
  const lines = [
    `Overall ${e.overall}/100  (content ${sub.content}, structure ${sub.structure}, language ${sub.language}${sub.delivery === null ? '' : `, delivery ${sub.delivery}`})`,
    `${e.metrics.wordCount} words; key points covered ${Math.round(e.metrics.keyPointCoverage * 100)}%; fillers ${e.metrics.fillerPer100}/100 words; hedges ${e.metrics.hedgePer100}/100 words`,
    '',
  ];
  for (const kind of ['strength', 'improve'] as const) {
    const items = e.feedback.filter((f) => f.kind === kind);
    if (items.length === 0) continue;
    lines.push(kind === 'strength' ? 'Strengths' : 'To improve');
    for (const item of items) {
      lines.push(`  • ${item.message}`);
      for (const quote of item.evidence.slice(0, 2)) lines.push(`      “${quote}”`);
    }
    lines.push('');
  }
  lines.push(`Evaluator: ${e.evaluator.kind} ${e.evaluator.version}`, '');
  return lines.join('\n');
}
