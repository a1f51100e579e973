import { z } from 'zod';
import { ServiceUrl } from './service-url';
import { AiSettings, AiSettingsPatch, DEFAULT_AI_SETTINGS } from '../ai/ai-settings';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const Settings = z.object({
  theme: ThemePreference.default('system'),
  devices: z
    .object({
      cameraId: z.string().max(512).nullable().default(null),
      microphoneId: z.string().max(512).nullable().default(null),
    })
    .default({ cameraId: null, microphoneId: null }),
  ai: AiSettings.default(DEFAULT_AI_SETTINGS),
  sync: z
    .object({
      // A stored address that is no longer acceptable reads as none, not as a broken settings file.
      serverUrl: ServiceUrl.nullable().catch(null).default(null),
      /** "Sync my scores": off keeps answers in the outbox, unsent, until it is turned on. */
      enabled: z.boolean().default(true),
    })
    .default({ serverUrl: null, enabled: true }),
  updates: z
    .object({
      /** Check for a new version at start-up and every few hours (installed app only). */
      autoCheck: z.boolean().default(true),
    })
    .default({ autoCheck: true }),
});
export type Settings = z.infer<typeof Settings>;

/** A partial update; nested objects merge one level deep. */
export const SettingsPatch = z
  .object({
    theme: ThemePreference,
    devices: Settings.shape.devices.unwrap().partial(),
    ai: AiSettingsPatch,
    sync: z.object({ serverUrl: ServiceUrl.nullable(), enabled: z.boolean() }).partial(),
    updates: Settings.shape.updates.unwrap().partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return Settings.parse({
    ...current,
    ...(patch.theme !== undefined ? { theme: patch.theme } : {}),
    devices: { ...current.devices, ...patch.devices },
    ai: { ...current.ai, ...patch.ai },
    sync: { ...current.sync, ...patch.sync },
    updates: { ...current.updates, ...patch.updates },
  });
}
