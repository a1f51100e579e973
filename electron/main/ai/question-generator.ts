import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  GeneratedQuestionsReply,
  type GenerateQuestionsInput,
  withoutDuplicates,
} from '../../../shared/ai/generated-questions';
import type { QuestionDetail } from '../../../shared/ipc/channels/questions';
import type { Database } from '../db/schema';
import { getQuestion } from '../questions/question-queries';
import type { AiService } from './ai-service';
import { askStructured, promptParts } from './structured';

type ParsedInput = z.output<typeof GenerateQuestionsInput>;

const SYSTEM = `You write interview questions for a practice app. Each question comes with 3 to 6 key points
an interviewer listens for (short phrases) and a strong model answer written in the first person
with a concrete situation, actions and a measurable result. Write questions that are different from
the existing ones listed. Reply with JSON only.`;

export interface GenerateResult {
  questions: QuestionDetail[];
  model: string;
  /** Questions the model wrote that repeated the bank or earlier ones, left out. */
  duplicatesSkipped: number;
}

/**
 * Asks the model for new questions in the bank's shape, drops near-duplicates of the bank, the
 * user's and earlier generated ones, and saves the rest in one transaction as the user's own
 * (source 'generated', with the model's name), so the evaluator, advisor and mocks use them alike.
 */
export async function generateQuestions(
  ai: AiService,
  db: Kysely<Database>,
  input: ParsedInput,
  now: Date,
  signal?: AbortSignal,
): Promise<GenerateResult> {
  const existing = await db.selectFrom('questions').select('text').where('category', '=', input.category).execute();
  const user = promptParts([
    `Write ${input.count} new ${input.difficulty} interview questions in the category "${input.category}"${input.role !== 'any' ? ` for a ${input.role.replace(/-/g, ' ')}` : ''}.`,
    input.jobDescription
      ? `They should fit this job description:\n"""\n${input.jobDescription.slice(0, 6000)}\n"""`
      : '',
    existing.length
      ? `Existing questions (do not repeat them):\n${existing
          .slice(0, 60)
          .map((q) => `- ${q.text}`)
          .join('\n')}`
      : '',
  ]);
  const result = await askStructured(ai, {
    feature: 'questions',
    name: 'interview_questions',
    schema: GeneratedQuestionsReply,
    system: SYSTEM,
    user,
    signal,
  });
  const fresh = withoutDuplicates(
    result.value.questions.slice(0, input.count),
    existing.map((q) => q.text),
  );
  const ids = fresh.map(() => `gen-${randomUUID()}`);
  await db.transaction().execute(async (trx) => {
    for (const [index, question] of fresh.entries()) {
      await trx
        .insertInto('questions')
        .values({
          id: ids[index] as string,
          source: 'generated',
          category: input.category,
          type: question.type,
          difficulty: input.difficulty,
          text: question.text,
          key_points: JSON.stringify(question.keyPoints.map((text) => ({ text, cues: [] }))),
          model_answer: question.modelAnswer,
          tags: JSON.stringify(['ai-generated']),
          roles: JSON.stringify([input.role]),
          bank_version: null,
          created_at: now.toISOString(),
          generated_by: result.model,
        })
        .execute();
    }
  });
  const questions: QuestionDetail[] = [];
  for (const id of ids) {
    const question = await getQuestion(db, id);
    if (question) questions.push(question);
  }
  return { questions, model: result.model, duplicatesSkipped: result.value.questions.length - fresh.length };
}
