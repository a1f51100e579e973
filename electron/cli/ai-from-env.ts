import { createAiService, type AiService } from '../main/ai/ai-service';
import type { SecretStore } from '../main/secrets/secret-store';
import type { MainServices } from '../main/services';

/**
 * The AI service for a CLI run: INTERVYOU_AI_BASE_URL / INTERVYOU_AI_MODEL / INTERVYOU_AI_API_KEY
 * (or OPENAI_API_KEY) when the base URL is set, otherwise the app's saved settings and keychain.
 */
export function aiFromEnv(services: MainServices, env: NodeJS.ProcessEnv): AiService {
  const baseUrl = env.INTERVYOU_AI_BASE_URL?.trim();
  if (!baseUrl) {
    return createAiService({
      settings: services.settings,
      secrets: services.secrets,
      db: services.db,
      now: services.now,
    });
  }
  const key = env.INTERVYOU_AI_API_KEY?.trim() || env.OPENAI_API_KEY?.trim() || null;
  const saved = services.settings;
  const settings = {
    ...saved,
    get: () => {
      const current = saved.get();
      return {
        ...current,
        ai: {
          ...current.ai,
          provider: 'openai-compatible' as const,
          baseUrl,
          model: env.INTERVYOU_AI_MODEL?.trim() || current.ai.model,
        },
      };
    },
  };
  const secrets: SecretStore = {
    get: async (account) => (account === 'ai-api-key' ? key : null),
    set: async () => undefined,
    delete: async () => false,
    status: () => ({ backend: 'memory', warning: null, reason: null }),
  };
  return createAiService({ settings, secrets, db: services.db, now: services.now });
}
