import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { autoUpdater } from 'electron-updater';
import type { UpdaterLike } from './update-controller';

/**
 * electron-updater's updater for this platform (NSIS, macOS ZIP, AppImage or deb), reading the
 * GitHub Releases feed electron-builder wrote into resources/app-update.yml. Updates download in
 * the background once found and install when the user restarts for them, or at the next quit.
 */
export function electronAutoUpdater(): UpdaterLike {
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = {
    info: (message?: unknown) => console.log('[updates]', message),
    warn: (message?: unknown) => console.warn('[updates]', message),
    error: (message?: unknown) => console.error('[updates]', message),
    debug: () => undefined,
  };
  return autoUpdater;
}

/** How a Linux copy was installed, as electron-updater tells them apart; null for neither. */
export function linuxInstallKind(env: NodeJS.ProcessEnv, resourcesPath: string): 'appimage' | 'deb' | null {
  if (env.APPIMAGE) return 'appimage';
  const packageType = path.join(resourcesPath, 'package-type');
  if (existsSync(packageType) && readFileSync(packageType, 'utf8').trim() === 'deb') return 'deb';
  return null;
}
