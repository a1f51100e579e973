import type { MainServices } from '../services';
import { createAiService, type AiService, type AiServiceDeps } from './ai-service';
import { createCoachChat, type CoachChat } from './coach-chat';

const services = new WeakMap<MainServices, AiService>();
const overrides = new WeakMap<MainServices, Pick<AiServiceDeps, 'timeoutMs' | 'retry'>>();

/** Tests: shorter timeouts and retries for the AI service these services will get. */
export function tuneAiForTests(main: MainServices, tuning: Pick<AiServiceDeps, 'timeoutMs' | 'retry'>): void {
  overrides.set(main, tuning);
  services.delete(main);
}

/** The one AI service of a running main process, made on first use. */
export function aiServiceFor(main: MainServices): AiService {
  let ai = services.get(main);
  if (!ai) {
    ai = createAiService({
      settings: main.settings,
      secrets: main.secrets,
      db: main.db,
      now: main.now,
      ...overrides.get(main),
    });
    services.set(main, ai);
  }
  return ai;
}

const chats = new WeakMap<MainServices, CoachChat>();

/** The coach chat of a running main process (it tracks replies in flight, so there is one). */
export function coachChatFor(main: MainServices): CoachChat {
  let chat = chats.get(main);
  if (!chat) {
    chat = createCoachChat({ ai: aiServiceFor(main), db: main.db, events: main.events, now: main.now });
    chats.set(main, chat);
  }
  return chat;
}
