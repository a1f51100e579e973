import { createSecretStore } from '../../electron/main/secrets/secret-store';
import { startServices, type MainServices } from '../../electron/main/services';
import { openConfSettings } from '../../electron/main/settings/conf-settings';
import { testSecretService } from './keychain';

/**
 * The real main-process services on a real data folder, as the browser host runs them. Secrets go
 * to the OS keychain (memory where none answers) under a service name of this run's own.
 */
export function startTestServices(dataDir: string, now?: () => Date): Promise<MainServices> {
  return startServices({
    runtime: 'test',
    app: { name: 'IntervYou', version: '0.0.0-test' },
    dataDir,
    settings: (paths) => openConfSettings(paths.settingsDir),
    now,
    secrets: createSecretStore({ service: testSecretService() }),
  });
}
