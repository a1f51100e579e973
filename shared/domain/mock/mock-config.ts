import { z } from 'zod';
import { QuestionCategory, Role } from '../questions/bank-schema';

export const MockMode = z.enum(['text', 'audio', 'video']);
export type MockMode = z.infer<typeof MockMode>;

/** Which questions: those for a role (plus general ones), or an explicit mix of categories. */
export const MockMix = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: Role.exclude(['any']) }).strict(),
  z
    .object({
      kind: z.literal('categories'),
      categories: z.array(QuestionCategory).min(1, 'Choose at least one category').max(12),
    })
    .strict(),
]);
export type MockMix = z.infer<typeof MockMix>;

export const MOCK_DEFAULTS = { count: 5, prepSec: 30, answerSec: 120 } as const;

export const MockConfig = z
  .object({
    mix: MockMix,
    count: z
      .number()
      .int()
      .min(1, 'At least one question')
      .max(15, 'At most 15 questions')
      .default(MOCK_DEFAULTS.count),
    mode: MockMode.default('text'),
    /** Thinking time before each answer; 0 skips straight to answering. */
    prepSec: z.number().int().min(0).max(300, 'Prep time is at most 5 minutes').default(MOCK_DEFAULTS.prepSec),
    answerSec: z
      .number()
      .int()
      .min(30, 'Allow at least 30 seconds to answer')
      .max(900, 'Answer time is at most 15 minutes')
      .default(MOCK_DEFAULTS.answerSec),
    /** Read each question aloud with the system's speech synthesis. */
    readAloud: z.boolean().default(false),
    /** After each answer, one follow-up question written by the AI from it (needs AI on). */
    followUps: z.boolean().default(false),
  })
  .strict();
export type MockConfig = z.infer<typeof MockConfig>;
export type MockConfigInput = z.input<typeof MockConfig>;
