import { randomUUID } from 'node:crypto';
import { AiError } from '../../main/ai/ai-error';
import { createCoachChat } from '../../main/ai/coach-chat';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';
import { aiFromEnv } from '../ai-from-env';
import { AI_FAILED } from './ai';

export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'Ask the AI coach; the reply streams to stdout as it arrives',
  usage: 'chat --message "…"',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { message: { type: 'string' } });
    const message = values.message?.trim();
    if (!message) throw new UsageError('Give the message with --message');
    const services = await openCliServices(io);
    const chat = createCoachChat({
      ai: aiFromEnv(services, io.env),
      db: services.db,
      events: services.events,
      now: services.now,
    });
    const requestId = randomUUID();
    const off = services.events.subscribe((name, payload) => {
      if (name === 'ai:chat-token' && (payload as { requestId: string }).requestId === requestId) {
        io.stdout((payload as { text: string }).text);
      }
    });
    try {
      await chat.send({ requestId, message });
      io.stdout('\n');
      return 0;
    } catch (error) {
      if (!(error instanceof AiError)) throw error;
      io.stderr(`coach chat: ${error.message}\n`);
      return AI_FAILED;
    } finally {
      off();
      await services.close();
    }
  },
};
