import { z } from 'zod';
import { serverAddress, serviceUrlProblem } from '../settings/service-url';

export const AiProvider = z.enum(['none', 'openai', 'openai-compatible']);
export type AiProvider = z.infer<typeof AiProvider>;

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** Why an AI server address cannot be used, or null when it can (see serviceUrlProblem). */
export function baseUrlProblem(value: string): string | null {
  return serviceUrlProblem(value, {
    example: 'http://127.0.0.1:11434/v1',
    credentials: 'Put the key in the API key field, not in the address',
  });
}

export const AiBaseUrl = serverAddress(baseUrlProblem);

export const AiModelName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\s]+$/, 'A model name has no spaces');

export const AiSettings = z.object({
  provider: AiProvider.default('none'),
  /** For 'openai-compatible'; 'openai' uses OPENAI_BASE_URL when null. */
  baseUrl: AiBaseUrl.nullable().catch(null).default(null),
  model: AiModelName.nullable().catch(null).default(null),
  /** Ask for an AI review after every answer, not only on the button. */
  autoReview: z.boolean().default(false),
  /** Send a recording's audio to the provider for a transcript (off: recordings never leave). */
  transcription: z.boolean().default(false),
  transcriptionModel: AiModelName.catch('whisper-1').default('whisper-1'),
});
export type AiSettings = z.infer<typeof AiSettings>;

export const DEFAULT_AI_SETTINGS: AiSettings = AiSettings.parse({});

export const AiSettingsPatch = z
  .object({
    provider: AiProvider,
    baseUrl: AiBaseUrl.nullable(),
    model: AiModelName.nullable(),
    autoReview: z.boolean(),
    transcription: z.boolean(),
    transcriptionModel: AiModelName,
  })
  .partial()
  .strict();
export type AiSettingsPatch = z.infer<typeof AiSettingsPatch>;

export interface ResolvedAiConfig {
  provider: Exclude<AiProvider, 'none'>;
  baseUrl: string;
  model: string;
}

/** The endpoint and model the settings point at, or why AI cannot be used yet. */
export function resolveAiConfig(settings: AiSettings): ResolvedAiConfig | { problem: string } {
  if (settings.provider === 'none') return { problem: 'AI is turned off in Settings → AI' };
  const baseUrl = settings.provider === 'openai' ? (settings.baseUrl ?? OPENAI_BASE_URL) : settings.baseUrl;
  if (!baseUrl) return { problem: 'Enter the server address in Settings → AI' };
  const model = settings.model ?? (settings.provider === 'openai' ? DEFAULT_OPENAI_MODEL : null);
  if (!model) return { problem: 'Enter a model name in Settings → AI' };
  return { provider: settings.provider, baseUrl, model };
}
