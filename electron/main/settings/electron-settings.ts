import ElectronStore from 'electron-store';
import { createSettingsStore, SETTINGS_FILE_NAME, type SettingsStore } from './settings-store';

/** Settings inside Electron: electron-store, in the same file the Conf backend uses. */
export function openElectronSettings(dir: string): SettingsStore {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: dir,
    name: SETTINGS_FILE_NAME,
    clearInvalidConfig: true,
  });
  return createSettingsStore(store);
}
