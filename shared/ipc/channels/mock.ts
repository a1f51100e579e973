import { z } from 'zod';
import { MockConfig, MockMode } from '../../domain/mock/mock-config';
import { channel } from '../channel';
import { NoInput } from './app';
import { MAX_SUBMITTED_ANSWER_CHARS } from './attempts';

const Id = z.string().trim().min(1).max(64);
const Score = z.number().nullable();

export const MockQuestionView = z.object({
  index: z.number().int(),
  questionId: z.string(),
  text: z.string(),
  category: z.string(),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  type: z.string(),
  /** A follow-up the AI asked about the answer to the question with this index. */
  followUpOf: z.number().int().nullable().optional(),
});
export type MockQuestionView = z.infer<typeof MockQuestionView>;

export const MockAnswerView = z.object({
  index: z.number().int(),
  status: z.enum(['answered', 'skipped']),
  attemptId: z.string().nullable(),
  recordingId: z.string().nullable(),
  durationSec: z.number().nullable(),
});
export type MockAnswerView = z.infer<typeof MockAnswerView>;

export const MockSessionView = z.object({
  id: z.string(),
  status: z.enum(['active', 'completed', 'abandoned']),
  config: MockConfig,
  questions: z.array(MockQuestionView),
  answers: z.array(MockAnswerView),
  /** The first question without an answer; equals questions.length when all are answered. */
  currentIndex: z.number().int(),
  /** How many fewer questions the mix could supply than were asked for. */
  shortfall: z.number().int(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type MockSessionView = z.infer<typeof MockSessionView>;

export const MockOptions = z.object({
  roles: z.array(z.object({ id: z.string(), count: z.number().int() })),
  categories: z.array(z.object({ id: z.string(), count: z.number().int() })),
  /** The profile's target role, offered first. */
  defaultRole: z.string().nullable(),
  /** The set-up of the last mock interview, to start from. */
  lastConfig: MockConfig.nullable(),
});
export type MockOptions = z.infer<typeof MockOptions>;

export const MockAnswerInput = z
  .object({
    sessionId: Id,
    index: z.number().int().min(0).max(50),
    /** The typed answer, or for a recorded one the notes / transcript that get scored. */
    answerText: z.string().max(MAX_SUBMITTED_ANSWER_CHARS, 'The answer is too long to send').default(''),
    durationSec: z.number().min(0).max(7200).nullable().default(null),
    recordingId: z
      .string()
      .regex(/^[a-z0-9-]{8,64}$/, 'not a recording id')
      .nullable()
      .default(null),
    /** Move on without an answer: counted as skipped, not scored and not in the total. */
    skip: z.boolean().default(false),
  })
  .strict();
export type MockAnswerInput = z.input<typeof MockAnswerInput>;

const SubscoresView = z.object({ content: Score, structure: Score, language: Score, delivery: Score });

export const MockReportQuestion = z.object({
  index: z.number().int(),
  questionId: z.string(),
  questionText: z.string(),
  category: z.string(),
  status: z.enum(['answered', 'skipped']),
  overall: Score,
  subscores: SubscoresView.nullable(),
  feedback: z.array(z.object({ kind: z.enum(['strength', 'improve']), area: z.string(), message: z.string() })),
  durationSec: z.number().nullable(),
  attemptId: z.string().nullable(),
});

export const MockReport = z.object({
  session: MockSessionView,
  /** Mean of the answered questions; null when none was answered (skips are not averaged in). */
  total: Score,
  answered: z.number().int(),
  skipped: z.number().int(),
  questions: z.array(MockReportQuestion),
  strongestIndex: z.number().int().nullable(),
  weakestIndex: z.number().int().nullable(),
  subskills: SubscoresView,
  practiseNext: z.array(
    z.object({
      kind: z.enum(['category', 'subskill', 'habit', 'question']),
      id: z.string(),
      label: z.string(),
      reason: z.string(),
    }),
  ),
  comparison: z.object({
    count: z.number().int(),
    previousTotal: Score,
    bestTotal: Score,
    delta: Score,
    rank: z.number().int(),
    verdict: z.enum(['first', 'better', 'worse', 'same', 'unscored']),
    history: z.array(z.number()),
  }),
});
export type MockReport = z.infer<typeof MockReport>;

export const MockHistoryItem = z.object({
  id: z.string(),
  endedAt: z.string(),
  total: Score,
  questionCount: z.number().int(),
  answered: z.number().int(),
  mode: MockMode,
});
export type MockHistoryItem = z.infer<typeof MockHistoryItem>;

const SessionIdInput = z.object({ sessionId: Id }).strict();

export const mockChannels = {
  'mock:options': channel(NoInput, MockOptions),
  /** Picks the questions and opens a session; CONFLICT while another mock is unfinished. */
  'mock:start': channel(MockConfig, MockSessionView),
  /** The unfinished mock interview to resume, if any. */
  'mock:active': channel(NoInput, MockSessionView.nullable()),
  'mock:get': channel(SessionIdInput, MockSessionView),
  /** Stores one answer (graded now, shown at the end); BAD_INPUT when it cannot be graded. */
  'mock:answer': channel(MockAnswerInput, MockSessionView),
  /** Continue an audio or video mock in text mode (no microphone or camera). */
  'mock:switch-to-text': channel(SessionIdInput, MockSessionView),
  /** Closes the session and returns the report. */
  'mock:finish': channel(SessionIdInput, MockReport),
  'mock:discard': channel(SessionIdInput, z.object({ discarded: z.boolean() })),
  'mock:report': channel(SessionIdInput, MockReport),
  /** Completed mock interviews, newest first. */
  'mock:history': channel(NoInput, z.array(MockHistoryItem)),
};
