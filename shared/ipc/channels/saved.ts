import { z } from 'zod';
import { channel } from '../channel';
import { NoInput } from './app';
import { QuestionId, QuestionSummary } from './questions';

export const MAX_NOTE_CHARS = 2000;

export const SavedQuestion = z.object({
  question: QuestionSummary,
  note: z.string(),
  savedAt: z.string(),
  attemptCount: z.number().int(),
  lastScore: z.number().nullable(),
});
export type SavedQuestion = z.infer<typeof SavedQuestion>;

const Note = z.string().max(MAX_NOTE_CHARS, `Notes are limited to ${MAX_NOTE_CHARS} characters`);

export const SaveQuestionInput = z.object({ questionId: QuestionId, note: Note.optional() }).strict();
export const SavedNoteInput = z.object({ questionId: QuestionId, note: Note }).strict();
export const SavedQuestionIdInput = z.object({ questionId: QuestionId }).strict();

export const savedChannels = {
  /** Most recently saved first. */
  'saved:list': channel(NoInput, z.array(SavedQuestion)),
  /** Bookmarks a question; saving one already saved keeps its note and date. */
  'saved:add': channel(SaveQuestionInput, z.object({ saved: z.literal(true) })),
  'saved:remove': channel(SavedQuestionIdInput, z.object({ removed: z.boolean() })),
  'saved:set-note': channel(SavedNoteInput, z.object({ note: z.string() })),
};
