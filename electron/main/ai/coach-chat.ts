import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { coachContextText, type ChatHistory, type ChatMessage, type ChatSendInput } from '../../../shared/ai/chat';
import { AppError } from '../../../shared/ipc/result';
import type { ChatMessagesTable, Database } from '../db/schema';
import type { EventBus } from '../events';
import { AiError } from './ai-error';
import type { AiService } from './ai-service';
import { readCoachContext } from './coach-context';
import type { ChatMessage as ProviderMessage } from './provider';

type SendInput = z.output<typeof ChatSendInput>;

const SYSTEM = `You are IntervYou's interview coach: warm, direct and specific. Help the candidate
prepare for job interviews: explain, give examples, quiz them one question at a time when asked,
and point to what to practise next. Keep replies short (under 200 words) and use Markdown lists
where they help. The app's summary of their practice follows; it has scores, not their answers.`;

// Enough turns to keep a conversation coherent without sending a long history each time.
const HISTORY_MESSAGES = 20;

export interface CoachChat {
  send(input: SendInput): Promise<{ conversationId: string; reply: ChatMessage }>;
  /** Stops a reply in flight; the part that arrived is kept, marked stopped. */
  stop(requestId: string): boolean;
  history(conversationId?: string): Promise<ChatHistory>;
}

interface Deps {
  ai: AiService;
  db: Kysely<Database>;
  events: EventBus;
  now(): Date;
}

function toMessage(row: Selectable<ChatMessagesTable>): ChatMessage {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    status: row.status,
    model: row.model,
    createdAt: row.created_at,
  };
}

export function createCoachChat(deps: Deps): CoachChat {
  const inflight = new Map<string, AbortController>();

  const insert = async (
    conversationId: string,
    message: Omit<ChatMessage, 'id' | 'createdAt'>,
  ): Promise<ChatMessage> => {
    const createdAt = deps.now().toISOString();
    const row = await deps.db
      .insertInto('chat_messages')
      .values({ conversation_id: conversationId, created_at: createdAt, ...message })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), createdAt, ...message };
  };

  const attachment = async (attemptId: string | undefined): Promise<string> => {
    if (!attemptId) return '';
    const attempt = await deps.db
      .selectFrom('attempts')
      .select(['question_text', 'answer_text', 'overall'])
      .where('id', '=', attemptId)
      .executeTakeFirst();
    if (!attempt) throw new AppError('NOT_FOUND', 'That answer no longer exists.');
    return `\n\nThe candidate attached an answer (local score ${Math.round(attempt.overall)}/100).\nQuestion: ${attempt.question_text}\nAnswer:\n"""\n${attempt.answer_text}\n"""`;
  };

  const answer = async (input: SendInput, signal: AbortSignal): ReturnType<CoachChat['send']> => {
    // Before anything is stored: with AI off the message goes nowhere.
    const provider = await deps.ai.provider();
    const conversationId = input.conversationId ?? randomUUID();
    const earlier = await deps.db
      .selectFrom('chat_messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('content', '!=', '')
      .orderBy('id', 'desc')
      .limit(HISTORY_MESSAGES)
      .execute();
    const attached = await attachment(input.attachAttemptId);
    await insert(conversationId, { role: 'user', content: input.message, status: 'complete', model: null });
    const context = coachContextText(await readCoachContext(deps.db));
    const messages: ProviderMessage[] = [
      { role: 'system', content: `${SYSTEM}\n\n${context}` },
      ...earlier.reverse().map((m) => ({ role: m.role, content: m.content })),
      { role: 'user', content: input.message + attached },
    ];

    let text = '';
    try {
      // Stopped before the stream began: stored like a Stop before the first token.
      if (signal.aborted) throw new AiError('cancelled', 'The request was cancelled.');
      const reply = await provider.stream({
        messages,
        signal,
        onToken: (token) => {
          text += token;
          deps.events.emit('ai:chat-token', { requestId: input.requestId, conversationId, text: token });
        },
      });
      await deps.ai.recordUsage('chat', reply);
      const saved = await insert(conversationId, {
        role: 'assistant',
        content: reply.text,
        status: 'complete',
        model: reply.model,
      });
      return { conversationId, reply: saved };
    } catch (error) {
      if (error instanceof AiError && error.failure === 'cancelled') {
        const saved = await insert(conversationId, {
          role: 'assistant',
          content: text,
          status: 'stopped',
          model: provider.model,
        });
        return { conversationId, reply: saved };
      }
      // What arrived is kept (marked failed) so a cut stream loses nothing the user saw.
      if (text)
        await insert(conversationId, { role: 'assistant', content: text, status: 'failed', model: provider.model });
      throw error;
    }
  };

  return {
    async send(input) {
      if (inflight.has(input.requestId)) throw new AppError('CONFLICT', 'That request is already running.');
      // Registered before the first await: the renderer offers Stop as soon as it sends.
      const controller = new AbortController();
      inflight.set(input.requestId, controller);
      try {
        return await answer(input, controller.signal);
      } finally {
        inflight.delete(input.requestId);
      }
    },

    stop(requestId) {
      const controller = inflight.get(requestId);
      controller?.abort();
      return controller !== undefined;
    },

    async history(conversationId) {
      const id =
        conversationId ??
        (
          await deps.db
            .selectFrom('chat_messages')
            .select('conversation_id')
            .orderBy('id', 'desc')
            .limit(1)
            .executeTakeFirst()
        )?.conversation_id ??
        null;
      if (!id) return { conversationId: null, messages: [] };
      const rows = await deps.db
        .selectFrom('chat_messages')
        .selectAll()
        .where('conversation_id', '=', id)
        .orderBy('id')
        .execute();
      return { conversationId: id, messages: rows.map(toMessage) };
    },
  };
}
