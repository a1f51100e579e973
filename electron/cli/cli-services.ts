import path from 'node:path';
import { appIdentity } from '../main/app-identity';
import { resolveDataDir } from '../main/paths';
import { createSecretStore, DEFAULT_SECRET_SERVICE } from '../main/secrets/secret-store';
import { startServices, type MainServices } from '../main/services';
import { openConfSettings } from '../main/settings/conf-settings';

/** The same services the app runs, on INTERVYOU_DATA_DIR (or ./.data when unset). */
export function openCliServices(io: { env: NodeJS.ProcessEnv; cwd: string }): Promise<MainServices> {
  return startServices({
    runtime: 'test',
    app: appIdentity(),
    dataDir: resolveDataDir(io.env, () => path.join(io.cwd, '.data')),
    settings: (paths) => openConfSettings(paths.settingsDir),
    // A one-shot command must not start remuxing a crashed recording it would then abandon.
    recoverRecordings: false,
    // The app's keychain entries by default; INTERVYOU_KEYCHAIN_SERVICE keeps another session apart.
    secrets: createSecretStore({
      service: io.env.INTERVYOU_KEYCHAIN_SERVICE?.trim() || DEFAULT_SECRET_SERVICE,
      warn: (message) => console.warn(message),
    }),
    env: io.env,
  });
}
