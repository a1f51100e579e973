import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { resetLocalData } from '../db/queries/reset';
import type { MainServices } from '../services';

export interface DeleteAllCounts {
  removedAttempts: number;
  removedRecordings: number;
  removedFiles: number;
  settingsReset: boolean;
}

/** Removes every file in a folder (not the folder); returns how many. */
async function emptyFolder(dir: string): Promise<number> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(entries.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
  return entries.length;
}

/**
 * Everything the app keeps about the user: the local history (as data:reset removes it, with no
 * trace left in the database files), every file in the recordings, temporary and backup folders
 * (also ones no row points at, such as a crash's leftovers), the exports (and ZIPs waiting in
 * imports/) unless the user keeps them, the account session (signed out here; the account itself
 * stays on the service), and the settings back to their defaults.
 * The question bank stays: it ships with the app.
 */
export async function deleteAllData(
  services: MainServices,
  options: { keepExports: boolean },
): Promise<DeleteAllCounts> {
  // First: while Settings still name the service that must end the session, and before VACUUM
  // rewrites the file without the signed-in user's row.
  await services.account.signOut();
  const counts = await resetLocalData(services.db);
  // secure_delete zeroed the freed pages; rewriting the file and emptying the WAL leaves no copy
  // of a deleted answer anywhere in the database's files.
  services.database.sqlite.exec('VACUUM');
  services.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const files =
    (await emptyFolder(services.paths.recordings)) +
    (await emptyFolder(services.paths.tmp)) +
    // Pre-migration backups are copies of the history.
    (await emptyFolder(services.paths.backups)) +
    // Backups waiting to be imported are copies of a history too; they stay with the exports.
    (options.keepExports
      ? 0
      : (await emptyFolder(services.paths.exports)) + (await emptyFolder(services.paths.imports)));
  const settings = services.settings.reset();
  services.events.emit('settings:changed', settings);
  services.events.emit('data:changed', { scope: 'all' });
  return {
    removedAttempts: counts.removedAttempts,
    removedRecordings: counts.removedRecordings,
    removedFiles: files,
    settingsReset: true,
  };
}
