import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { inferQuestionType } from '../../../shared/domain/evaluator';
import type { CreateCustomQuestionInput, UpdateCustomQuestionInput } from '../../../shared/ipc/channels/questions';
import type { z } from 'zod';
import type { Database } from '../db/schema';

type ParsedCreate = z.output<typeof CreateCustomQuestionInput>;
type ParsedUpdate = z.output<typeof UpdateCustomQuestionInput>;

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
 * Rewrites one of the user's own questions in place; an AI-generated one stays marked as such (with
 * its model) and earlier attempts keep the text they were asked. False when there is none to edit.
 */
export async function updateCustomQuestion(db: Kysely<Database>, input: ParsedUpdate): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({
      category: input.category,
      type: input.type ?? inferQuestionType(input.text, input.category),
      difficulty: input.difficulty,
      text: input.text,
      key_points: JSON.stringify(input.keyPoints.map((text) => ({ text, cues: [] }))),
      model_answer: input.modelAnswer ? input.modelAnswer : null,
    })
    .where('id', '=', input.id)
    .where('source', 'in', ['custom', 'generated'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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
