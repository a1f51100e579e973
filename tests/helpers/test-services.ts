import { startServices, type MainServices } from '../../electron/main/services';
import { openConfSettings } from '../../electron/main/settings/conf-settings';

/** The real main-process services on a real data folder, as the browser host runs them. */
export function startTestServices(dataDir: string, now?: () => Date): Promise<MainServices> {
  return startServices({
    runtime: 'test',
    app: { name: 'IntervYou', version: '0.0.0-test' },
    dataDir,
    settings: (paths) => openConfSettings(paths.settingsDir),
    now,
  });
}
