import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { FollowUpReply } from '../../../shared/ai/follow-up';
import type { Database } from '../db/schema';
import type { AiService } from './ai-service';
import { askStructured } from './structured';

/** What a mock interview needs from a follow-up: a question it can ask and grade. */
export interface FollowUpQuestion {
  questionId: string;
  text: string;
}

export type FollowUpWriter = (
  question: { text: string; category: string; difficulty: 'easy' | 'medium' | 'hard' },
  answer: string,
) => Promise<FollowUpQuestion | null>;

const SYSTEM = `You are a job interviewer. From the candidate's answer, ask ONE natural follow-up
question, the way a real interviewer probes: pick a concrete detail they mentioned (or one they
left out) and ask about it, e.g. "You said the migration was late — what did you change afterwards?".
Give 2 to 5 key points a good reply would cover. Reply with JSON only.`;

/**
 * Writes one follow-up question with the model and saves it as a generated question, so the
 * mock grades the reply like any other. Returns null (and logs why) when the model cannot be
 * used: a mock interview never stops because of the AI.
 */
export function followUpWriter(ai: () => AiService, db: Kysely<Database>, now: () => Date): FollowUpWriter {
  return async (question, answer) => {
    try {
      const result = await askStructured(ai(), {
        feature: 'follow-up',
        name: 'follow_up_question',
        schema: FollowUpReply,
        system: SYSTEM,
        user: `Question: ${question.text}\n\nThe candidate's answer:\n"""\n${answer}\n"""`,
      });
      const id = `gen-${randomUUID()}`;
      await db
        .insertInto('questions')
        .values({
          id,
          source: 'generated',
          category: question.category,
          type: 'behavioral',
          difficulty: question.difficulty,
          text: result.value.question,
          key_points: JSON.stringify(result.value.keyPoints.map((text) => ({ text, cues: [] }))),
          model_answer: null,
          tags: JSON.stringify(['ai-generated', 'follow-up']),
          roles: JSON.stringify(['any']),
          bank_version: null,
          created_at: now().toISOString(),
          generated_by: result.model,
        })
        .execute();
      return { questionId: id, text: result.value.question };
    } catch (error) {
      console.warn(`[ai] no follow-up question: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
}
