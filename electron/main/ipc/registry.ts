import { dataFolderPlatform } from '../platform/data-folder-platform';
import type { Platform } from '../platform/platform';
import type { MainServices } from '../services';
import type { HandlerMap } from './handler-types';
import { advisorHandlers } from './handlers/advisor';
import { aiHandlers } from './handlers/ai';
import { appHandlers } from './handlers/app';
import { attemptHandlers } from './handlers/attempts';
import { dashboardHandlers } from './handlers/dashboard';
import { dataImportHandlers } from './handlers/data-import';
import { draftHandlers } from './handlers/drafts';
import { mockHandlers } from './handlers/mock';
import { profileHandlers } from './handlers/profile';
import { questionHandlers } from './handlers/questions';
import { savedHandlers } from './handlers/saved';
import { recordingHandlers } from './handlers/recording';
import { reportHandlers } from './handlers/reports';
import { sampleHandlers } from './handlers/sample';
import { settingsHandlers } from './handlers/settings';
import { updateHandlers } from './handlers/updates';
import { accountHandlers } from './handlers/account';
import { syncHandlers } from './handlers/sync';

/**
 * All handlers, one module per domain. The HandlerMap type makes a missing channel a compile error.
 * `platform` is the desktop (save dialogs, file manager): Electron's in the app; without one
 * (browser host, tests) exports go to the data folder's exports/ and imports come from its imports/.
 */
export function createHandlers(
  services: MainServices,
  platform: Platform = dataFolderPlatform(services.paths.exports, { importsDir: services.paths.imports }),
): HandlerMap {
  return {
    ...appHandlers(services),
    ...advisorHandlers(services),
    ...mockHandlers(services),
    ...profileHandlers(services, platform),
    ...dataImportHandlers(services, platform),
    ...attemptHandlers(services),
    ...dashboardHandlers(services),
    ...draftHandlers(services),
    ...questionHandlers(services),
    ...savedHandlers(services),
    ...recordingHandlers(services),
    ...reportHandlers(services, platform),
    ...sampleHandlers(services),
    ...settingsHandlers(services),
    ...updateHandlers(platform),
    ...aiHandlers(services),
    ...accountHandlers(services, platform),
    ...syncHandlers(services),
  };
}
