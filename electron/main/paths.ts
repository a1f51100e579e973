import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Every file location derived from the data folder lives here and nowhere else. */
export interface DataPaths {
  dataDir: string;
  database: string;
  recordings: string;
  settingsDir: string;
  exports: string;
  /** Where the browser host (which has no open dialog) looks for a backup ZIP to import. */
  imports: string;
  logs: string;
  tmp: string;
  /** Copies of the database taken before it is migrated (the newest few; see db/backup.ts). */
  backups: string;
}

export const DATA_DIR_ENV = 'INTERVYOU_DATA_DIR';

/** INTERVYOU_DATA_DIR wins (tests, CLI, browser host); otherwise the caller's default (userData). */
export function resolveDataDir(env: NodeJS.ProcessEnv, defaultDir: () => string): string {
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  return path.resolve(fromEnv ? fromEnv : defaultDir());
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    database: path.join(dataDir, 'intervyou.sqlite'),
    recordings: path.join(dataDir, 'recordings'),
    settingsDir: dataDir,
    exports: path.join(dataDir, 'exports'),
    imports: path.join(dataDir, 'imports'),
    logs: path.join(dataDir, 'logs'),
    tmp: path.join(dataDir, 'tmp'),
    backups: path.join(dataDir, 'backups'),
  };
}

export function ensureDataDirs(paths: DataPaths): void {
  for (const dir of [paths.dataDir, paths.recordings, paths.exports, paths.imports, paths.logs, paths.tmp]) {
    mkdirSync(dir, { recursive: true });
  }
}
