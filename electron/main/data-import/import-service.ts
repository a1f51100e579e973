import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportInput, ImportInspection, ImportResult } from '../../../shared/ipc/channels/data-import';
import { AppError } from '../../../shared/ipc/result';
import { backupDatabase } from '../db/backup';
import { migrations } from '../db/migrations';
import { isDiskFullError } from '../media/disk-space';
import { recordingFiles } from '../media/media-files';
import type { Platform } from '../platform/platform';
import type { MainServices } from '../services';
import { applyImport, countAlreadyHere, importableCounts } from './apply-import';
import type { BackupZipLimits } from './backup-zip';
import { readBackup, type ReadBackup } from './read-backup';

export interface ImportService {
  inspect(): Promise<ImportInspection>;
  import(input: ImportInput): Promise<ImportResult>;
}

const FILTERS = [{ name: 'IntervYou export (ZIP)', extensions: ['zip'] }];

/** Staged files moved into the recordings folder, and what they displaced, so a failed import can put it all back. */
interface Moved {
  target: string;
  displaced: string | null;
}

async function moveIn(staged: ReadBackup['staged'], recordingsDir: string, asideDir: string): Promise<Moved[]> {
  const moved: Moved[] = [];
  await mkdir(asideDir, { recursive: true });
  try {
    for (const files of staged.values()) {
      for (const file of files) {
        const target = path.join(recordingsDir, file.name);
        let displaced: string | null = null;
        if (existsSync(target)) {
          displaced = path.join(asideDir, file.name);
          await rename(target, displaced);
        }
        moved.push({ target, displaced });
        await rename(file.staged, target);
      }
    }
    return moved;
  } catch (error) {
    await moveBack(moved);
    throw error;
  }
}

async function moveBack(moved: Moved[]): Promise<void> {
  for (const { target, displaced } of moved.reverse()) {
    await rm(target, { force: true });
    if (displaced) await rename(displaced, target);
  }
}

/**
 * Import of a data export (profile:export's ZIP), in two steps so the user decides with the facts
 * in front of them: inspect (choose the file in the main process, check all of it, say what it
 * holds) and import (check it again — the file may have changed — then write it in one
 * transaction; a replace first backs the database up to backups/).
 */
export function createImportService(
  services: MainServices,
  platform: Platform,
  options: { limits?: BackupZipLimits } = {},
): ImportService {
  const { paths } = services;
  // The file the user chose last, named to the renderer by an id only.
  let chosen: { id: string; file: string } | null = null;
  let busy = false;

  async function read(file: string, wantRecording?: (id: string) => boolean) {
    const stagingDir = path.join(paths.tmp, `import-${randomUUID()}`);
    try {
      const backup = await readBackup({
        file,
        stagingDir,
        ffmpegPath: services.media.ffmpegPath(),
        appVersion: services.app.version,
        knownMigrations: migrations.map(([name]) => name),
        limits: options.limits,
        wantRecording,
      });
      return { backup, stagingDir };
    } catch (error) {
      await rm(stagingDir, { recursive: true, force: true });
      throw readError(error);
    }
  }

  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (busy) throw new AppError('CONFLICT', 'An import is already running; wait for it to finish.');
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  }

  return {
    inspect: () =>
      exclusive(async () => {
        const file = await platform.chooseOpenPath({ filters: FILTERS });
        if (!file) return { status: 'cancelled', hint: platform.openHint ?? null };
        const { backup, stagingDir } = await read(path.resolve(file));
        await rm(stagingDir, { recursive: true, force: true });
        chosen = { id: randomUUID(), file: path.resolve(file) };
        return {
          status: 'ready',
          importId: chosen.id,
          fileName: path.basename(file),
          bytes: (await stat(file)).size,
          app: backup.manifest.app,
          exportedAt: backup.manifest.exportedAt,
          counts: importableCounts(backup.rows),
          alreadyHere: await countAlreadyHere(services.db, backup.rows),
          hasProfile: backup.rows.profile.length > 0,
          problems: backup.problems,
        };
      }),

    import: (input) =>
      exclusive(async () => {
        if (!chosen || chosen.id !== input.importId) {
          throw new AppError('NOT_FOUND', 'Choose the backup to import again.');
        }
        const { file } = chosen;
        const here = new Set(
          input.mode === 'merge'
            ? (await services.db.selectFrom('recordings').select('id').execute()).map((r) => r.id)
            : [],
        );
        const { backup, stagingDir } = await read(file, (id) => !here.has(id));
        const asideDir = path.join(stagingDir, 'displaced');
        try {
          const backupFile =
            input.mode === 'replace'
              ? await backupDatabase(services.database.sqlite, paths.backups, { label: 'import', now: services.now() })
              : null;
          const moved = await moveIn(backup.staged, paths.recordings, asideDir);
          let applied;
          try {
            applied = await applyImport(services.db, backup.rows, input.mode);
          } catch (error) {
            await moveBack(moved);
            const reason = error instanceof Error ? error.message : String(error);
            throw new AppError('INTERNAL', `The import failed (${reason}); your data is exactly as it was.`);
          }
          const imported = new Set(backup.staged.keys());
          for (const id of applied.replacedRecordingIds) {
            if (imported.has(id)) continue;
            const files = recordingFiles(paths.recordings, id);
            await Promise.all([files.media, files.peaks, files.thumbnail].map((f) => rm(f, { force: true })));
          }
          chosen = null;
          services.events.emit('data:changed', { scope: 'all' });
          return {
            mode: input.mode,
            added: applied.added,
            kept: applied.kept,
            queuedForSync: applied.queuedForSync,
            backup: backupFile ? path.basename(backupFile) : null,
            problems: [...backup.problems, ...applied.problems],
          };
        } catch (error) {
          throw readError(error);
        } finally {
          await rm(stagingDir, { recursive: true, force: true });
        }
      }),
  };
}

function readError(error: unknown): Error {
  if (error instanceof AppError) return error;
  if (isDiskFullError(error)) {
    return new AppError(
      'DISK_FULL',
      'The disk is full, so the backup could not be imported. Free some space and try again.',
    );
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return new AppError(
      'UNAVAILABLE',
      'The chosen file could not be read. Check that it is still there and try again.',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
