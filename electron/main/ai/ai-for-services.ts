import type { MainServices } from '../services';
import { createAiService, type AiService, type AiServiceDeps } from './ai-service';
import { createAiQueue, type AiQueue } from './ai-queue';
import { createCoachChat, type CoachChat } from './coach-chat';
import { generateQuestions } from './question-generator';
import { reviewAttempt } from './review';

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

const queues = new WeakMap<MainServices, AiQueue>();
const queueIntervals = new WeakMap<MainServices, number>();

/** Tests: a shorter time between the queue's periodic passes. */
export function tuneAiQueueForTests(main: MainServices, tuning: { intervalMs: number }): void {
  queueIntervals.set(main, tuning.intervalMs);
}

/** Stops the queue's periodic pass (services.close calls this before the database closes). */
export async function closeAiQueueFor(main: MainServices): Promise<void> {
  const queue = queues.get(main);
  queues.delete(main);
  await queue?.close();
}

/** The durable queue of AI work that waits for the provider (rows in the jobs table). */
export function aiQueueFor(main: MainServices): AiQueue {
  let queue = queues.get(main);
  if (!queue) {
    queue = createAiQueue({
      db: main.db,
      now: main.now,
      intervalMs: queueIntervals.get(main),
      run: async (job, signal) => {
        if (job.kind === 'ai-review') {
          await reviewAttempt(aiServiceFor(main), main.db, job.attemptId, main.now(), signal);
          main.events.emit('data:changed', { scope: 'ai-review' });
          return;
        }
        const result = await generateQuestions(aiServiceFor(main), main.db, job.input, main.now(), signal);
        if (result.questions.length) main.events.emit('data:changed', { scope: 'questions' });
      },
    });
    queues.set(main, queue);
  }
  return queue;
}
