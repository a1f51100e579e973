import type { MainServices } from '../services';
import type { HandlerMap } from './handler-types';
import { appHandlers } from './handlers/app';
import { attemptHandlers } from './handlers/attempts';
import { dashboardHandlers } from './handlers/dashboard';
import { draftHandlers } from './handlers/drafts';
import { questionHandlers } from './handlers/questions';
import { savedHandlers } from './handlers/saved';
import { recordingHandlers } from './handlers/recording';
import { settingsHandlers } from './handlers/settings';

/** All handlers, one module per domain. The HandlerMap type makes a missing channel a compile error. */
export function createHandlers(services: MainServices): HandlerMap {
  return {
    ...appHandlers(services),
    ...attemptHandlers(services),
    ...dashboardHandlers(services),
    ...draftHandlers(services),
    ...questionHandlers(services),
    ...savedHandlers(services),
    ...recordingHandlers(services),
    ...settingsHandlers(services),
  };
}
