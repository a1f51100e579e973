import { readFile, rm } from 'node:fs/promises';
import { resetLocalData } from '../../db/queries/reset';
import { recordingFiles } from '../../media/media-files';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function appHandlers(services: MainServices): Handlers<'app:info' | 'app:licences' | 'data:reset'> {
  return {
    'app:info': () => ({
      name: services.app.name,
      version: services.app.version,
      runtime: services.runtime,
      platform: process.platform,
      dataDir: services.paths.dataDir,
      databasePath: services.paths.database,
    }),
    'app:licences': async () => ({
      appLicence: await readFile(services.legal.licence, 'utf8'),
      notices: await readFile(services.legal.notices, 'utf8').catch(() => null),
    }),
    'data:reset': async () => {
      const counts = await resetLocalData(services.db);
      // Every file a recording owns (media, .part, peaks, thumbnail), not only the one in its row.
      const files = counts.recordingIds.flatMap((id) => Object.values(recordingFiles(services.paths.recordings, id)));
      await Promise.all(files.map((file) => rm(file, { force: true })));
      services.events.emit('data:changed', { scope: 'all' });
      return { removedAttempts: counts.removedAttempts, removedRecordings: counts.removedRecordings };
    },
  };
}
