import { existsSync } from 'node:fs';
import path from 'node:path';
import { unsupportedUpdates } from '../updates/updates-port';
import type { Platform } from './platform';

/** "report.pdf", else "report (2).pdf", … — never overwrite an earlier export silently. */
export function freeFileName(dir: string, name: string, exists: (file: string) => boolean = existsSync): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10_000; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!exists(candidate)) return candidate;
  }
  throw new Error(`Too many files named like ${name} in ${dir}`);
}

export interface DataFolderPlatformOptions {
  /**
   * Where "open in the browser" goes: tests pass a function that drives the address with an HTTP
   * client or Playwright. Without one, nothing can be opened (false).
   */
  openExternal?: (url: string) => Promise<boolean> | boolean;
}

/** No dialogs or windows: exports go to the data folder's exports/ (browser host, CLI, tests). */
export function dataFolderPlatform(exportsDir: string, options: DataFolderPlatformOptions = {}): Platform {
  return {
    chooseSavePath: async ({ defaultName }) => freeFileName(exportsDir, path.basename(defaultName)),
    showItemInFolder: async () => false,
    updates: unsupportedUpdates('The browser preview does not update itself; the desktop app does.'),
    openExternal: async (url) => (options.openExternal ? options.openExternal(url) : false),
    focusApp: () => {},
  };
}
