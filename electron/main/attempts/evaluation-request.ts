import type { EvaluationInput } from '../../../shared/domain/evaluator';
import { QuestionCategory, QuestionType } from '../../../shared/domain/questions/bank-schema';
import type { QuestionRow } from '../db/schema';
import { parseKeyPoints } from '../questions/question-mapping';

export interface EvaluationRequestParts {
  questionText: string;
  category: string;
  /** 'text': the duration is typing time and is not graded as speaking time. Absent: graded. */
  mode?: 'text' | 'audio' | 'video';
  answer: string;
  durationSec?: number | null;
  voice?: EvaluationInput['voice'] | null;
  /** The answer is word for word what the recording says; only meaningful with voice. */
  answerIsTranscript?: boolean;
  /** The stored question, when the attempt answers a bank or custom question. */
  question?: Pick<QuestionRow, 'type' | 'key_points' | 'model_answer'> | null;
}

/**
 * What the evaluator is told: the question as asked, plus what the bank or the user's own
 * question knows about it (key points, type, model answer), so coverage is measured against the
 * points an interviewer listens for instead of points guessed from the question's words.
 */
export function evaluationRequest(parts: EvaluationRequestParts): EvaluationInput {
  const category = QuestionCategory.safeParse(parts.category);
  const type = QuestionType.safeParse(parts.question?.type);
  const keyPoints = parts.question ? parseKeyPoints(parts.question.key_points) : [];
  const duration = parts.durationSec ?? null;
  return {
    question: {
      text: parts.questionText,
      ...(category.success ? { category: category.data } : {}),
      ...(type.success ? { type: type.data } : {}),
      ...(keyPoints.length ? { keyPoints: keyPoints.slice(0, 12) } : {}),
      ...(parts.question?.model_answer ? { modelAnswer: parts.question.model_answer } : {}),
    },
    answer: parts.answer,
    // The evaluator reads a duration as speaking time (pace, "you took too long"); time spent
    // typing a written answer is not that, so it is stored with the attempt but not graded.
    ...(parts.mode !== 'text' && duration !== null && duration > 0 ? { durationSec: Math.min(duration, 7200) } : {}),
    ...(parts.voice ? { voice: parts.voice } : {}),
    ...(parts.voice && parts.answerIsTranscript ? { answerIsTranscript: true } : {}),
  };
}
