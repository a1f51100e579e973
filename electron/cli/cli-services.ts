import path from 'node:path';
import { appIdentity } from '../main/app-identity';
import { resolveDataDir } from '../main/paths';
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
  });
}
