import { existsSync } from 'node:fs';
import path from 'node:path';

export const NATIVE_SQLITE_FILE = 'better_sqlite3.node';

/**
 * better-sqlite3 is compiled twice: node_modules holds the Node build (tests, CLI, browser host);
 * scripts/build-electron-native.mjs writes an Electron build to native/electron/<platform>-<arch>/,
 * which electron-builder ships as resources/native/. Main loads it through `nativeBinding`.
 */
export function electronSqliteBinding(options: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): string {
  const file = options.isPackaged
    ? path.join(options.resourcesPath, 'native', NATIVE_SQLITE_FILE)
    : path.join(options.appPath, 'native', 'electron', `${process.platform}-${process.arch}`, NATIVE_SQLITE_FILE);
  if (!existsSync(file)) {
    throw new Error(`The Electron build of better-sqlite3 is missing at ${file}. Run "npm run native:electron".`);
  }
  return file;
}
