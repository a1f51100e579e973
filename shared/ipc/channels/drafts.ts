import { z } from 'zod';
import { channel } from '../channel';
import { MAX_SUBMITTED_ANSWER_CHARS } from './attempts';
import { QuestionId } from './questions';

export const Draft = z.object({
  questionId: z.string(),
  answerText: z.string(),
  /** Time already spent on the answer, so the timer resumes where it was. */
  elapsedSec: z.number(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof Draft>;

export const SaveDraftInput = z
  .object({
    questionId: QuestionId,
    answerText: z.string().max(MAX_SUBMITTED_ANSWER_CHARS),
    elapsedSec: z.number().min(0).max(86_400).default(0),
  })
  .strict();

export const DraftQuestionInput = z.object({ questionId: QuestionId }).strict();

export const draftChannels = {
  /** The draft answer for a question, or null. */
  'drafts:get': channel(DraftQuestionInput, Draft.nullable()),
  /** Saves (or, for an empty answer, removes) the draft; called as the user types, debounced. */
  'drafts:save': channel(SaveDraftInput, z.object({ saved: z.boolean(), updatedAt: z.string() })),
  'drafts:clear': channel(DraftQuestionInput, z.object({ cleared: z.boolean() })),
};
