import Conf from 'conf';
import { createSettingsStore, SETTINGS_FILE_NAME, type SettingsStore } from './settings-store';

/**
 * Settings outside Electron (CLI, browser host, tests). Same file format and location as the
 * electron-store backend, so both runtimes read each other's settings.
 */
export function openConfSettings(dir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: SETTINGS_FILE_NAME,
    clearInvalidConfig: true,
  });
  return createSettingsStore(conf);
}
