/**
 * What the main process asks of the desktop it runs on. The app implements it with Electron's
 * dialog and shell (electron-platform.ts); the browser host, the CLI and tests, which have no
 * windows, with the data folder (data-folder-platform.ts).
 */
import type { UpdatesPort } from '../updates/updates-port';

export interface SaveFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  /** Where to save a file the user is exporting; null when they cancelled. */
  chooseSavePath(options: { defaultName: string; filters: SaveFilter[] }): Promise<string | null>;
  /** Which file to open (a backup to import); null when they cancelled or there is none. */
  chooseOpenPath(options: { filters: SaveFilter[] }): Promise<string | null>;
  /** Where files to open are looked for when there is no dialog, said to the user when none is found. */
  openHint?: string;
  /** Reveals a file in the system file manager; false when this platform cannot. */
  showItemInFolder(filePath: string): Promise<boolean>;
  /** The app's self-update (electron-updater in an installed app; unsupported elsewhere). */
  updates: UpdatesPort;
  /** Opens an http(s) address in the system browser (Google sign-in); false when this platform cannot. */
  openExternal(url: string): Promise<boolean>;
  /** Brings the app's window to the front (after the browser hands a sign-in back). */
  focusApp(): void;
}
