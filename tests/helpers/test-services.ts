import { createSecretStore } from '../../electron/main/secrets/secret-store';
import { startServices, type MainServices, type StartServicesOptions } from '../../electron/main/services';
import { openConfSettings } from '../../electron/main/settings/conf-settings';
import { testSecretService } from './keychain';

/**
 * The real main-process services on a real data folder, as the browser host runs them. Secrets go
 * to the OS keychain (memory where none answers) under a service name of this run's own.
 * `extra` overrides any start option (a secret store shared with a "restart", account tuning…).
 */
export function startTestServices(
  dataDir: string,
  now?: () => Date,
  extra: Partial<StartServicesOptions> = {},
): Promise<MainServices> {
  return startServices({
    runtime: 'test',
    app: { name: 'IntervYou', version: '0.0.0-test' },
    dataDir,
    settings: (paths) => openConfSettings(paths.settingsDir),
    now,
    secrets: createSecretStore({ service: testSecretService() }),
    ...extra,
  });
}
