import type { Kysely } from 'kysely';
import { AiReview, AiReviewReply, toReview } from '../../../shared/ai/review';
import { AppError } from '../../../shared/ipc/result';
import type { Database } from '../db/schema';
import type { AiService } from './ai-service';
import { askStructured, promptParts } from './structured';

const SYSTEM = `You are a strict, fair interview coach. Judge the candidate's answer to the interview question.
For each rubric criterion give a mark from 1 (poor) to 5 (excellent), a one-line reason, and evidence:
short phrases copied word for word from the answer (never paraphrased; an empty list if there is none).
"correctness" means whether what the candidate claims is technically and factually right.
Then write an improved version of the answer that keeps the candidate's own facts (invent no new
achievements, numbers or employers), and exactly three concrete next steps. Reply with JSON only.`;

async function loadAttempt(db: Kysely<Database>, attemptId: string) {
  const row = await db
    .selectFrom('attempts')
    .leftJoin('questions', 'questions.id', 'attempts.question_id')
    .select([
      'attempts.id',
      'attempts.question_text',
      'attempts.answer_text',
      'attempts.category',
      'questions.key_points',
      'questions.model_answer',
    ])
    .where('attempts.id', '=', attemptId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That answer no longer exists.');
  return row;
}

function keyPoints(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed = JSON.parse(json) as Array<{ text?: unknown }>;
    return parsed.map((point) => String(point.text ?? '')).filter(Boolean);
  } catch {
    return [];
  }
}

export interface AnswerToReview {
  questionText: string;
  category: string;
  answer: string;
  keyPoints: string[];
  modelAnswer: string | null;
}

/** Asks the model for a rubric review of an answer and checks its quotes against the answer. */
export async function reviewAnswer(
  ai: AiService,
  input: AnswerToReview,
  meta: { attemptId: string; createdAt: string },
  signal?: AbortSignal,
): Promise<AiReview> {
  if (input.answer.trim().length < 3) throw new AppError('BAD_INPUT', 'There is no answer text to review.');
  const user = promptParts([
    `Question (${input.category}): ${input.questionText}`,
    input.keyPoints.length
      ? `What an interviewer listens for:\n${input.keyPoints.map((p) => `- ${p}`).join('\n')}`
      : '',
    input.modelAnswer ? `A reference answer (for judging correctness only):\n${input.modelAnswer}` : '',
    `The candidate's answer:\n"""\n${input.answer}\n"""`,
  ]);
  const result = await askStructured(ai, {
    feature: 'review',
    name: 'answer_review',
    schema: AiReviewReply,
    system: SYSTEM,
    user,
    signal,
  });
  return toReview(result.value, input.answer, { ...meta, model: result.model });
}

/** Reviews one stored attempt and keeps the review with it. */
export async function reviewAttempt(
  ai: AiService,
  db: Kysely<Database>,
  attemptId: string,
  now: Date,
  signal?: AbortSignal,
): Promise<AiReview> {
  const attempt = await loadAttempt(db, attemptId);
  const review = await reviewAnswer(
    ai,
    {
      questionText: attempt.question_text,
      category: attempt.category,
      answer: attempt.answer_text,
      keyPoints: keyPoints(attempt.key_points),
      modelAnswer: attempt.model_answer,
    },
    { attemptId, createdAt: now.toISOString() },
    signal,
  );
  await db
    .insertInto('ai_reviews')
    .values({
      attempt_id: attemptId,
      model: review.model,
      review: JSON.stringify(review),
      created_at: review.createdAt,
    })
    .onConflict((oc) =>
      oc
        .column('attempt_id')
        .doUpdateSet({ model: review.model, review: JSON.stringify(review), created_at: review.createdAt }),
    )
    .execute();
  return review;
}

export async function storedReview(db: Kysely<Database>, attemptId: string): Promise<AiReview | null> {
  const row = await db.selectFrom('ai_reviews').select('review').where('attempt_id', '=', attemptId).executeTakeFirst();
  if (!row) return null;
  const parsed = AiReview.safeParse(JSON.parse(row.review));
  return parsed.success ? parsed.data : null;
}
