import type { BankQuestion } from '../../../shared/domain/questions/bank-schema';
import { reviewAnswer } from '../../main/ai/review';
import { openCliServices } from '../cli-services';
import type { CliIO } from '../cli-types';
import { aiFromEnv } from '../ai-from-env';

/** The `ai` block of `coach evaluate --ai`: the model's review beside the local evaluation. */
export interface CliAiReview {
  score: number;
  rubric: Array<{ criterion: string; score: number; reason: string }>;
  evidence: Array<{ criterion: string; quote: string }>;
  improved: string;
  nextSteps: string[];
  model: string;
}

export async function aiReviewForCli(
  io: CliIO,
  request: { question: string; category?: string; answer: string },
  bank: BankQuestion | null,
): Promise<CliAiReview> {
  const services = await openCliServices(io);
  try {
    const review = await reviewAnswer(
      aiFromEnv(services, io.env),
      {
        questionText: request.question,
        category: request.category ?? bank?.category ?? 'general',
        answer: request.answer,
        keyPoints: bank?.keyPoints.map((k) => k.text) ?? [],
        modelAnswer: bank?.modelAnswer ?? null,
      },
      { attemptId: 'cli', createdAt: services.now().toISOString() },
    );
    return {
      score: review.score,
      rubric: review.rubric.map(({ criterion, score, reason }) => ({ criterion, score, reason })),
      evidence: review.rubric.flatMap((line) => line.evidence.map((quote) => ({ criterion: line.criterion, quote }))),
      improved: review.improvedAnswer,
      nextSteps: review.nextSteps,
      model: review.model,
    };
  } finally {
    await services.close();
  }
}
