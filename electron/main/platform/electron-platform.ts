import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { UpdatesPort } from '../updates/updates-port';
import type { Platform } from './platform';

/** Save and open dialogs and "show in folder" through Electron, attached to the app's window when there is one. */
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
  };
}
