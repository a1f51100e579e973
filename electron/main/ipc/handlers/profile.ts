import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import type { Platform } from '../../platform/platform';
import { exportFileName, openReadSnapshot, writeDataExport } from '../../profile/data-export';
import { deleteAllData } from '../../profile/delete-all';
import { createProfileService } from '../../profile/profile-service';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type ProfileChannel =
  'profile:get' | 'profile:update' | 'profile:export' | 'profile:show-export' | 'profile:delete-all';

function writeError(error: unknown, dir: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC')
    return new AppError(
      'DISK_FULL',
      'The disk is full, so the export could not be written. Free some space and try again.',
    );
  if (
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS' ||
    code === 'ENOENT' ||
    code === 'ENOTDIR' ||
    code === 'EEXIST' ||
    code === 'EISDIR'
  ) {
    return new AppError('UNAVAILABLE', `The export could not be written to ${dir}. Choose a folder you can write to.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function profileHandlers(services: MainServices, platform: Platform): Handlers<ProfileChannel> {
  const profile = createProfileService(services);
  // Only files this process wrote may be revealed: the renderer cannot point the file manager anywhere else.
  const exported = new Set<string>();
  return {
    'profile:get': () => profile.get(),
    'profile:update': (input) => profile.update(input),
    'profile:export': async () => {
      const chosen = await platform.chooseSavePath({
        defaultName: exportFileName(services.now()),
        filters: [{ name: 'ZIP archive', extensions: ['zip'] }],
      });
      if (!chosen) return { status: 'cancelled' as const };
      const target = path.resolve(chosen);
      try {
        await mkdir(path.dirname(target), { recursive: true });
        const snapshot = openReadSnapshot(services.paths.database, services.native.sqlite);
        const result = await writeDataExport(
          {
            sqlite: snapshot,
            recordingsDir: services.paths.recordings,
            settingsFile: services.settings.path,
            app: services.app,
            now: services.now(),
          },
          target,
        ).finally(() => snapshot.close());
        exported.add(target);
        return result;
      } catch (error) {
        throw writeError(error, path.dirname(target));
      }
    },
    'profile:show-export': async ({ path: file }) => {
      const resolved = path.resolve(file);
      return { shown: exported.has(resolved) ? await platform.showItemInFolder(resolved) : false };
    },
    'profile:delete-all': ({ keepExports }) => deleteAllData(services, { keepExports }),
  };
}
