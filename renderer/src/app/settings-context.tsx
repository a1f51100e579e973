import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/settings/settings-schema';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings-schema';
import { bridge } from '../api/bridge';
import { call } from '../api/client';
import { applyTheme, onSystemThemeChange, resolveTheme, systemPrefersDark } from '../theme/theme';

interface SettingsContextValue {
  settings: Settings;
  loaded: boolean;
  update(patch: SettingsPatch): Promise<void>;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [systemDark, setSystemDark] = useState(systemPrefersDark);

  useEffect(() => {
    call('settings:get', {})
      .then(setSettings)
      .catch(() => undefined)
      .finally(() => setLoaded(true));
    const offSettings = bridge.on('settings:changed', setSettings);
    const offSystem = onSystemThemeChange(() => setSystemDark(systemPrefersDark()));
    return () => {
      offSettings();
      offSystem();
    };
  }, []);

  useEffect(() => applyTheme(resolveTheme(settings.theme, systemDark)), [settings.theme, systemDark]);

  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings(await call('settings:update', patch));
  }, []);

  return <SettingsContext.Provider value={{ settings, loaded, update }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings must be used inside <SettingsProvider>');
  return value;
}
