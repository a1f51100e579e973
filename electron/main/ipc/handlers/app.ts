import { rm } from 'node:fs/promises';
import path from 'node:path';
import { resetLocalData } from '../../db/queries/reset';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function appHandlers(services: MainServices): Handlers<'app:info' | 'data:reset'> {
  return {
    'app:info': () => ({
      name: services.app.name,
      version: services.app.version,
      runtime: services.runtime,
      platform: process.platform,
      dataDir: services.paths.dataDir,
      databasePath: services.paths.database,
    }),
    'data:reset': async () => {
      const counts = await resetLocalData(services.db);
      await Promise.all(
        counts.recordingFiles.map((name) =>
          rm(path.join(services.paths.recordings, path.basename(name)), { force: true }),
        ),
      );
      services.events.emit('data:changed', { scope: 'all' });
      return { removedAttempts: counts.removedAttempts, removedRecordings: counts.removedRecordings };
    },
  };
}
