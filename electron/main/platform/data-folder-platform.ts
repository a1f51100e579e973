import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { unsupportedUpdates } from '../updates/updates-port';
import type { Platform, SaveFilter } from './platform';

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

/** The most recently modified file in `dir` whose extension a filter lists; null when there is none. */
export function newestMatchingFile(dir: string, filters: SaveFilter[]): string | null {
  const extensions = new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e.toLowerCase()}`)));
  const files = (() => {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
  })()
    .filter((e) => e.isFile() && extensions.has(path.extname(e.name).toLowerCase()))
    .map((e) => {
      const file = path.join(dir, e.name);
      return { file, mtime: statSync(file).mtimeMs };
    })
    .sort((a, b) => b.mtime - a.mtime || b.file.localeCompare(a.file));
  return files[0]?.file ?? null;
}

export interface DataFolderPlatformOptions {
  /** Where a backup to import is looked for: the newest ZIP in it (none when not given). */
  importsDir?: string;
  /**
   * Where "open in the browser" goes: tests pass a function that drives the address with an HTTP
   * client or Playwright. Without one, nothing can be opened (false).
   */
  openExternal?: (url: string) => Promise<boolean> | boolean;
}

/**
 * No dialogs or windows (browser host, CLI, tests): exports go to the data folder's exports/, and a
 * backup to import is the newest ZIP in `importsDir`.
 */
export function dataFolderPlatform(exportsDir: string, options: DataFolderPlatformOptions = {}): Platform {
  const { importsDir } = options;
  return {
    chooseSavePath: async ({ defaultName }) => freeFileName(exportsDir, path.basename(defaultName)),
    chooseOpenPath: async ({ filters }) => (importsDir ? newestMatchingFile(importsDir, filters) : null),
    openHint: importsDir
      ? `No export ZIP was found in ${importsDir}. Copy one there and try again.`
      : 'Importing a backup needs the desktop app.',
    showItemInFolder: async () => false,
    updates: unsupportedUpdates('The browser preview does not update itself; the desktop app does.'),
    openExternal: async (url) => (options.openExternal ? options.openExternal(url) : false),
    focusApp: () => {},
  };
}
