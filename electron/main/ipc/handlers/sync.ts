import type { MainServices } from '../../services';
import { leaderboardFor, syncEngineFor } from '../../sync/sync-for-services';
import type { Handlers } from '../handler-types';

type SyncChannel = 'sync:status' | 'sync:now' | 'sync:rejections' | 'sync:dismiss-rejections' | 'leaderboard:get';

/** Score sync (the engine in electron/main/sync) and the leaderboard, cached for offline. */
export function syncHandlers(services: MainServices): Handlers<SyncChannel> {
  const leaderboard = leaderboardFor(services);
  return {
    'sync:status': () => syncEngineFor(services).status(),
    'sync:now': () => syncEngineFor(services).syncNow(),
    'sync:rejections': () => syncEngineFor(services).rejections.list(),
    'sync:dismiss-rejections': async (target) => ({
      dismissed: await syncEngineFor(services).rejections.dismiss(target),
    }),
    'leaderboard:get': (input) => leaderboard.get(input),
  };
}
