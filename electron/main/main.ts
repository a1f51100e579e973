import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session, webContents } from 'electron';
import { contract } from '../../shared/ipc/contract';
import { createDispatcher } from './ipc/dispatcher';
import { registerElectronIpc } from './ipc/electron-transport';
import { createHandlers } from './ipc/registry';
import { electronSqliteBinding } from './native-binding';
import { resolveDataDir } from './paths';
import { electronPlatform } from './platform/electron-platform';
import { resolveResourcesDir } from './resources-dir';
import { handleAppProtocol, registerAppScheme } from './protocol/app-protocol';
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from './security/app-origin';
import { createSecurityPolicy } from './security/policies';
import { startServices, type MainServices } from './services';
import { openElectronSettings } from './settings/electron-settings';
import { createMainWindow } from './window/create-window';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.INTERVYOU_DEV_SERVER_URL;
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [originOf(devServerUrl) ?? ''] : [])];
const policy = createSecurityPolicy(trustedOrigins);

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: MainServices | undefined;
  let mainWindow: BrowserWindow | undefined;

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      preload: path.join(here, '../preload/preload.cjs'),
      url: devServerUrl ?? APP_ENTRY_URL,
      policy,
    });
  };

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app
    .whenReady()
    .then(async () => {
      session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
        callback(policy.shouldGrantPermission(permission, details.requestingUrl)),
      );
      session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
        policy.shouldGrantPermission(permission, requestingOrigin),
      );
      handleAppProtocol(protocol, path.join(app.getAppPath(), 'dist', 'renderer'), () => services?.media);

      services = await startServices({
        runtime: 'electron',
        app: { name: app.getName(), version: app.getVersion() },
        dataDir: resolveDataDir(process.env, () => app.getPath('userData')),
        settings: (paths) => openElectronSettings(paths.settingsDir),
        resourcesDir: resolveResourcesDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath }),
        nativeBinding: electronSqliteBinding({
          isPackaged: app.isPackaged,
          appPath: app.getAppPath(),
          resourcesPath: process.resourcesPath,
        }),
      });
      const dispatcher = createDispatcher({
        contract,
        // Save dialogs and "show in folder" attach to the main window (exports: PDF report, data ZIP).
        handlers: createHandlers(
          services,
          electronPlatform(() => mainWindow),
        ),
        trustedOrigins,
        onUnexpectedError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
      });
      registerElectronIpc({
        ipcMain,
        dispatcher,
        events: services.events,
        allWebContents: () => webContents.getAllWebContents(),
      });
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('IntervYou failed to start', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    void services?.close();
  });
}
