import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** How many pre-migration backups are kept in the data folder's backups/. */
export const BACKUPS_KEPT = 3;

const BACKUP_FILE = /^intervyou-\d{8}T\d{6}Z-before-.+\.sqlite$/;

/**
 * Copies the open database with SQLite's online backup (consistent even with the WAL in use) to
 * backups/intervyou-<UTC time>-before-<migration>.sqlite, then keeps only the newest few.
 */
export async function backupDatabase(
  sqlite: BetterSqlite3.Database,
  backupsDir: string,
  options: { label: string; now: Date; keep?: number },
): Promise<string> {
  mkdirSync(backupsDir, { recursive: true });
  const stamp = options.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  const label = options.label.replace(/[^A-Za-z0-9._-]/g, '_');
  const file = path.join(backupsDir, `intervyou-${stamp}-before-${label}.sqlite`);
  await sqlite.backup(file);
  const backups = readdirSync(backupsDir)
    .filter((name) => BACKUP_FILE.test(name))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - (options.keep ?? BACKUPS_KEPT)))) {
    // Opening a backup (to inspect or restore it) leaves WAL side files; they go with it.
    for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(backupsDir, `${old}${suffix}`), { force: true });
  }
  return file;
}
