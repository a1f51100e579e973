import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { serviceUrlProblem } from '../../../shared/settings/service-url';
import type { UpdatesPort } from '../updates/updates-port';
import type { Platform } from './platform';

/** Save and open dialogs, "show in folder", the system browser and window focus through Electron, attached to the app's window when there is one. */
export function electronPlatform(currentWindow: () => BrowserWindow | undefined, updates: UpdatesPort): Platform {
  return {
    updates,
    async chooseSavePath({ defaultName, filters }) {
      const options = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = currentWindow();
      const result =
        window && !window.isDestroyed()
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ filters }) {
      const options = {
        defaultPath: app.getPath('documents'),
        filters,
        properties: ['openFile' as const],
      };
      const window = currentWindow();
      const result =
        window && !window.isDestroyed()
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showItemInFolder(filePath) {
      shell.showItemInFolder(filePath);
      return true;
    },
    async openExternal(url) {
      // Only the account service's kind of address (https, or http to this computer):
      // shell.openExternal would also run file: and custom-scheme handlers.
      if (serviceUrlProblem(url) !== null) return false;
      await shell.openExternal(url);
      return true;
    },
    focusApp() {
      const window = currentWindow();
      if (!window || window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      // macOS only brings another app's window forward when the app itself is asked to.
      if (process.platform === 'darwin') app.focus({ steal: true });
      window.focus();
    },
  };
}
