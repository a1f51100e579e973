import type { MainServices } from '../services';
import { createAiService, type AiService, type AiServiceDeps } from './ai-service';

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
