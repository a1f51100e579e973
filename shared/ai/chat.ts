import { z } from 'zod';

export const ChatRequestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, 'not a request id');

export const ChatMessage = z.object({
  id: z.number().int(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  /** A stopped or failed reply keeps what arrived. */
  status: z.enum(['complete', 'stopped', 'failed']),
  model: z.string().nullable(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatSendInput = z
  .object({
    /** Made by the renderer so it can stop the reply before the send returns. */
    requestId: ChatRequestId,
    /** Omit to start a new conversation. */
    conversationId: z.string().uuid().optional(),
    message: z.string().trim().min(1, 'Write a message').max(4000),
    /** Send this answer's question and text with the message (otherwise only summaries are sent). */
    attachAttemptId: z.string().trim().min(1).max(64).optional(),
  })
  .strict();
export type ChatSendInput = z.input<typeof ChatSendInput>;

export const ChatSendResult = z.object({ conversationId: z.string(), reply: ChatMessage });

export const ChatHistory = z.object({
  conversationId: z.string().nullable(),
  messages: z.array(ChatMessage),
});
export type ChatHistory = z.infer<typeof ChatHistory>;

/** The summaries the coach is given, shown to the user as "what the coach sees". */
export const CoachContext = z.object({
  weakAreas: z.array(z.object({ category: z.string(), average: z.number(), answers: z.number().int() })),
  skills: z.array(z.object({ skill: z.string(), average: z.number() })),
  recent: z.array(z.object({ category: z.string(), score: z.number(), day: z.string() })),
  /** For "help me improve my last answer"; never sent to the model by itself. */
  lastAttemptId: z.string().nullable(),
});
export type CoachContext = z.infer<typeof CoachContext>;

/** The context as the text sent to the model: scores and categories only, never answers. */
export function coachContextText(context: CoachContext): string {
  if (context.recent.length === 0) return 'The candidate has not answered any questions yet.';
  const lines = [
    `Weakest areas (average score out of 100): ${context.weakAreas.map((w) => `${w.category} ${Math.round(w.average)} over ${w.answers} answers`).join('; ')}.`,
    context.skills.length
      ? `Sub-skills: ${context.skills.map((s) => `${s.skill} ${Math.round(s.average)}`).join(', ')}.`
      : '',
    `Latest scores: ${context.recent.map((r) => `${r.category} ${Math.round(r.score)} on ${r.day}`).join('; ')}.`,
  ];
  return lines.filter(Boolean).join('\n');
}
