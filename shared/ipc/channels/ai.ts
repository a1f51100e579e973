import { z } from 'zod';
import { AI_FAILURES } from '../../ai/ai-failure';
import { AiProvider } from '../../ai/ai-settings';
import { ChatHistory, ChatRequestId, ChatSendInput, ChatSendResult, CoachContext } from '../../ai/chat';
import { GenerateQuestionsInput } from '../../ai/generated-questions';
import { AiReview } from '../../ai/review';
import { QuestionDetail } from './questions';
import { channel } from '../channel';
import { NoInput } from './app';

export const AiStatus = z.object({
  provider: AiProvider,
  /** The address requests go to, once AI is on and set up; null otherwise. */
  baseUrl: z.string().nullable(),
  model: z.string().nullable(),
  /** On and set up: features may call the model. */
  enabled: z.boolean(),
  /** What is missing before AI can be used, in words; null when enabled or off. */
  problem: z.string().nullable(),
  /** Whether an API key is stored (the key itself never leaves the main process). */
  keyStored: z.boolean(),
  keyStorage: z.enum(['keychain', 'memory']),
  keychainWarning: z.string().nullable(),
  /** Recordings' audio may be sent for a transcript (AI enabled and transcription turned on). */
  transcription: z.boolean(),
});
export type AiStatus = z.infer<typeof AiStatus>;

export const SetAiKeyInput = z
  .object({ apiKey: z.string().trim().min(1, 'Paste the API key').max(400).regex(/^\S+$/, 'An API key has no spaces') })
  .strict();

export const ConnectionReport = z.object({
  ok: z.boolean(),
  models: z.array(z.string()),
  /** Whether the chosen model is among those listed; null when the list could not be read. */
  modelListed: z.boolean().nullable(),
  failure: z.enum(AI_FAILURES).nullable(),
  message: z.string(),
});
export type ConnectionReport = z.infer<typeof ConnectionReport>;

export const AiUsageSummary = z.object({
  month: z.string(),
  requests: z.number().int(),
  promptTokens: z.number().int(),
  completionTokens: z.number().int(),
});
export type AiUsageSummary = z.infer<typeof AiUsageSummary>;

export const AttemptRef = z.object({ attemptId: z.string().trim().min(1).max(64) }).strict();

export const GenerateQuestionsResult = z.object({
  questions: z.array(QuestionDetail),
  model: z.string(),
  duplicatesSkipped: z.number().int(),
});
export type GenerateQuestionsResult = z.infer<typeof GenerateQuestionsResult>;

export const AiQueueItem = z.object({
  id: z.number().int(),
  kind: z.enum(['ai-review', 'ai-questions']),
  label: z.string(),
  /** The answer an AI review is for; null for other work. */
  attemptId: z.string().nullable(),
  /** waiting: runs when the provider is reachable; failed: will not run again (see lastError). */
  status: z.enum(['waiting', 'failed']),
  tries: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type AiQueueItem = z.infer<typeof AiQueueItem>;

export const aiChannels = {
  'ai:status': channel(NoInput, AiStatus),
  'ai:set-key': channel(SetAiKeyInput, AiStatus),
  'ai:delete-key': channel(NoInput, AiStatus),
  /** Lists the server's models with the saved settings; failures are a report, not an error. */
  'ai:test-connection': channel(NoInput, ConnectionReport),
  'ai:usage': channel(NoInput, AiUsageSummary),
  /** Asks the model to review an attempt and stores the review with it (the recorded score is unchanged). */
  'ai:review-attempt': channel(AttemptRef, AiReview),
  /** AI work waiting for the provider (asked for while it was unreachable), and what failed. */
  'ai:queue': channel(NoInput, z.array(AiQueueItem)),
  /** Runs the waiting work now (e.g. back online); returns what is still waiting. */
  'ai:queue-run': channel(NoInput, z.array(AiQueueItem)),
  'ai:get-review': channel(AttemptRef, AiReview.nullable()),
  /** New questions in the bank's shape, saved as the user's own (source 'generated'). */
  'ai:generate-questions': channel(GenerateQuestionsInput, GenerateQuestionsResult),
  /** Sends a chat message; the reply streams as ai:chat-token events and is returned when it ends or is stopped. */
  'ai:chat-send': channel(ChatSendInput, ChatSendResult),
  'ai:chat-stop': channel(z.object({ requestId: ChatRequestId }).strict(), z.object({ stopped: z.boolean() })),
  /** A conversation (the latest when none is named). */
  'ai:chat-history': channel(z.object({ conversationId: z.string().uuid().optional() }).strict(), ChatHistory),
  /** A short personal explanation of a started plan, from the advisor's own data (AI on only). */
  'ai:explain-plan': channel(
    z.object({ planId: z.string().trim().min(1).max(64) }).strict(),
    z.object({ text: z.string(), model: z.string() }),
  ),
  /** The summaries the coach is given (weak areas, recent scores), to show the user. */
  'ai:coach-context': channel(NoInput, CoachContext),
  /** The recording's audio, as 16 kHz mono WAV, to the provider's /audio/transcriptions; only with transcription on. */
  'ai:transcribe-recording': channel(
    z.object({ recordingId: z.string().trim().min(1).max(64) }).strict(),
    z.object({ text: z.string(), model: z.string() }),
  ),
};
