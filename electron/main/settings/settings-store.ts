import {
  DEFAULT_SETTINGS,
  mergeSettings,
  Settings,
  type SettingsPatch,
} from '../../../shared/settings/settings-schema';

/** The slice of the Conf / electron-store API we rely on; both implement it identically. */
export interface KeyValueBackend {
  readonly store: Record<string, unknown>;
  set(object: Record<string, unknown>): void;
  clear(): void;
  readonly path: string;
}

export interface SettingsStore {
  readonly path: string;
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  reset(): Settings;
}

export const SETTINGS_FILE_NAME = 'settings';

export function createSettingsStore(backend: KeyValueBackend): SettingsStore {
  const read = (): Settings => {
    const parsed = Settings.safeParse(backend.store);
    // A hand-edited or older file with bad values falls back to defaults for the whole document
    // rather than stopping the app; the next update rewrites it in the current shape.
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  return {
    path: backend.path,
    get: read,
    update(patch) {
      const next = mergeSettings(read(), patch);
      backend.set(next);
      return next;
    },
    reset() {
      backend.clear();
      backend.set(DEFAULT_SETTINGS);
      return DEFAULT_SETTINGS;
    },
  };
}
