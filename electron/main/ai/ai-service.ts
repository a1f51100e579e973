import type { Kysely } from 'kysely';
import { resolveAiConfig } from '../../../shared/ai/ai-settings';
import type { AiStatus, AiUsageSummary, ConnectionReport } from '../../../shared/ipc/channels/ai';
import type { Database } from '../db/schema';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsStore } from '../settings/settings-store';
import { AiError } from './ai-error';
import { createProvider, type AiProvider, type Usage } from './provider';
import type { RetryPolicy } from './retry';

export interface AiServiceDeps {
  settings: SettingsStore;
  secrets: SecretStore;
  db: Kysely<Database>;
  now(): Date;
  /** Tests shorten these; the app uses the provider's defaults. */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

export interface AiService {
  status(): Promise<AiStatus>;
  setKey(apiKey: string): Promise<AiStatus>;
  deleteKey(): Promise<AiStatus>;
  testConnection(): Promise<ConnectionReport>;
  /** The provider for the saved settings; throws AiError 'not-configured' when AI is off or unfinished. */
  provider(): Promise<AiProvider>;
  recordUsage(feature: string, result: { model: string; usage: Usage }): Promise<void>;
  usage(): Promise<AiUsageSummary>;
}

const KEY_ACCOUNT = 'ai-api-key';

/**
 * Settings, key and provider in one place for every AI feature. The key is read from the secret
 * store for each provider built and goes only into the SDK's Authorization header.
 */
export function createAiService(deps: AiServiceDeps): AiService {
  const status = async (): Promise<AiStatus> => {
    const ai = deps.settings.get().ai;
    const resolved = resolveAiConfig(ai);
    const keyStored = (await deps.secrets.get(KEY_ACCOUNT)) !== null;
    const secrets = deps.secrets.status();
    const base = {
      provider: ai.provider,
      transcription: false,
      keyStored,
      keyStorage: secrets.backend,
      keychainWarning: secrets.warning,
    };
    if ('problem' in resolved) {
      return {
        ...base,
        baseUrl: null,
        model: ai.model,
        enabled: false,
        problem: ai.provider === 'none' ? null : resolved.problem,
      };
    }
    if (resolved.provider === 'openai' && !keyStored) {
      return {
        ...base,
        baseUrl: resolved.baseUrl,
        model: resolved.model,
        enabled: false,
        problem: 'Add your OpenAI API key',
      };
    }
    return {
      ...base,
      transcription: ai.transcription,
      baseUrl: resolved.baseUrl,
      model: resolved.model,
      enabled: true,
      problem: null,
    };
  };

  const provider = async (): Promise<AiProvider> => {
    const current = await status();
    if (!current.enabled || !current.baseUrl || !current.model) {
      throw new AiError('not-configured', current.problem ?? 'AI is turned off in Settings → AI.');
    }
    return createProvider({
      baseUrl: current.baseUrl,
      model: current.model,
      apiKey: await deps.secrets.get(KEY_ACCOUNT),
      timeoutMs: deps.timeoutMs,
      retry: deps.retry,
    });
  };

  return {
    status,
    provider,
    setKey: async (apiKey) => {
      await deps.secrets.set(KEY_ACCOUNT, apiKey);
      return status();
    },
    deleteKey: async () => {
      await deps.secrets.delete(KEY_ACCOUNT);
      return status();
    },
    testConnection: async () => {
      let client: AiProvider;
      try {
        client = await provider();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, models: [], modelListed: null, failure: 'not-configured', message };
      }
      try {
        const models = await client.listModels();
        const modelListed = models.includes(client.model);
        return {
          ok: modelListed,
          models,
          modelListed,
          failure: modelListed ? null : 'unknown-model',
          message: modelListed
            ? `Connected: the server offers ${models.length} ${models.length === 1 ? 'model' : 'models'}, including "${client.model}".`
            : `Connected, but the server has no model named "${client.model}". Pick one of those listed.`,
        };
      } catch (error) {
        if (!(error instanceof AiError)) throw error;
        return { ok: false, models: [], modelListed: null, failure: error.failure, message: error.message };
      }
    },
    recordUsage: async (feature, result) => {
      await deps.db
        .insertInto('ai_usage')
        .values({
          feature,
          model: result.model,
          prompt_tokens: Math.max(0, Math.round(result.usage.promptTokens)),
          completion_tokens: Math.max(0, Math.round(result.usage.completionTokens)),
          created_at: deps.now().toISOString(),
        })
        .execute();
    },
    usage: async () => {
      const now = deps.now();
      const month = now.toISOString().slice(0, 7);
      const row = await deps.db
        .selectFrom('ai_usage')
        .select((eb) => [
          eb.fn.countAll<number>().as('requests'),
          eb.fn.coalesce(eb.fn.sum<number>('prompt_tokens'), eb.lit(0)).as('prompt'),
          eb.fn.coalesce(eb.fn.sum<number>('completion_tokens'), eb.lit(0)).as('completion'),
        ])
        .where('created_at', '>=', `${month}-01T00:00:00.000Z`)
        .executeTakeFirstOrThrow();
      return {
        month,
        requests: Number(row.requests),
        promptTokens: Number(row.prompt),
        completionTokens: Number(row.completion),
      };
    },
  };
}
