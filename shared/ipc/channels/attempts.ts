import { z } from 'zod';
import { Evaluation } from '../../domain/evaluator/schema';
import { VoiceMetrics } from '../../domain/voice/voice-metrics';
import { channel } from '../channel';

/**
 * The longest answer a caller may send. Longer than the evaluator's limit on purpose: the service
 * cuts an over-long paste to that limit at a sentence end and says so, instead of refusing it.
 */
export const MAX_SUBMITTED_ANSWER_CHARS = 100_000;

export const AttemptMode = z.enum(['text', 'audio', 'video']);
export type AttemptMode = z.infer<typeof AttemptMode>;

const Id = z.string().trim().min(1).max(64);
const CategorySlug = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase slug such as "system-design"');

export const SubmitAttemptInput = z
  .object({
    /** A bank or custom question; null or absent for a free-text question. */
    questionId: Id.nullable().optional(),
    questionText: z.string().trim().min(1, 'The question is empty').max(2000),
    category: CategorySlug,
    mode: AttemptMode,
    answerText: z.string().max(MAX_SUBMITTED_ANSWER_CHARS, 'The answer is too long to send'),
    durationSec: z.number().min(0).max(7200).nullable().optional(),
    recordingId: Id.nullable().optional(),
    voice: VoiceMetrics.nullable().optional(),
    /** answerText is word for word what was said in the recording (exact pace from its words). */
    answerIsTranscript: z.boolean().optional(),
    sessionId: Id.nullable().optional(),
  })
  .strict();
export type SubmitAttemptInput = z.input<typeof SubmitAttemptInput>;

export const Subscores = z.object({
  content: z.number().nullable(),
  structure: z.number().nullable(),
  language: z.number().nullable(),
  delivery: z.number().nullable(),
});
export type Subscores = z.infer<typeof Subscores>;

export const AttemptSummary = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  mode: AttemptMode,
  overall: z.number(),
  subscores: Subscores,
  durationSec: z.number().nullable(),
  createdAt: z.string(),
});
export type AttemptSummary = z.infer<typeof AttemptSummary>;

export const AttemptDetail = AttemptSummary.extend({
  sessionId: z.string().nullable(),
  questionText: z.string(),
  category: z.string(),
  answerText: z.string(),
  /** The full evaluation; null for rows written without one (sample data, an older format). */
  evaluation: Evaluation.nullable(),
  evaluator: z.object({ kind: z.string(), version: z.string() }),
  recordingId: z.string().nullable(),
  localDay: z.string(),
  /** Something the user should know about this submission (an over-long answer was cut); null otherwise. */
  notice: z.string().nullable(),
});
export type AttemptDetail = z.infer<typeof AttemptDetail>;

export const AttemptIdInput = z.object({ id: Id }).strict();
export const AttemptsForQuestionInput = z
  .object({ questionId: Id, limit: z.number().int().min(1).max(200).default(20) })
  .strict();

export const attemptChannels = {
  'attempts:submit': channel(SubmitAttemptInput, AttemptDetail),
  'attempts:get': channel(AttemptIdInput, AttemptDetail),
  /** Newest first: the retry comparison reads the previous attempt from here. */
  'attempts:list-for-question': channel(AttemptsForQuestionInput, z.array(AttemptSummary)),
};
