import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { inferQuestionType } from '../../../shared/domain/evaluator';
import type { CreateCustomQuestionInput } from '../../../shared/ipc/channels/questions';
import type { z } from 'zod';
import type { Database } from '../db/schema';

type ParsedCreate = z.output<typeof CreateCustomQuestionInput>;

/** A question of the user's own; the evaluator treats its key points like the bank's. */
export async function createCustomQuestion(db: Kysely<Database>, input: ParsedCreate, now: Date): Promise<string> {
  const id = `custom-${randomUUID()}`;
  await db
    .insertInto('questions')
    .values({
      id,
      source: 'custom',
      category: input.category,
      type: input.type ?? inferQuestionType(input.text, input.category),
      difficulty: input.difficulty,
      text: input.text,
      key_points: JSON.stringify(input.keyPoints.map((text) => ({ text, cues: [] }))),
      model_answer: input.modelAnswer ? input.modelAnswer : null,
      tags: JSON.stringify(['custom']),
      roles: JSON.stringify(['any']),
      bank_version: null,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Only the user's own questions (written or AI-generated) can be deleted; their attempts stay,
 * with the question text they were asked.
 */
export async function deleteCustomQuestion(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('questions')
    .where('id', '=', id)
    .where('source', 'in', ['custom', 'generated'])
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
