import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, webContents } from 'electron';
import { contract } from '../../shared/ipc/contract';
import { aiQueueFor } from './ai/ai-for-services';
import { createDispatcher } from './ipc/dispatcher';
import { registerElectronIpc } from './ipc/electron-transport';
import { createHandlers } from './ipc/registry';
import { openMainLog, teeConsoleTo } from './logging/rotating-log';
import { bundledFfmpegPath, type LocateFfmpegOptions } from './media/ffmpeg-locate';
import { electronNativeDir, electronNativeModules } from './native/native-modules';
import { dataPaths, resolveDataDir } from './paths';
import { electronPlatform } from './platform/electron-platform';
import { legalFiles, resolveResourcesDir } from './resources-dir';
import { handleAppProtocol, registerAppScheme } from './protocol/app-protocol';
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from './security/app-origin';
import { createSecurityPolicy } from './security/policies';
import { startServices, type MainServices } from './services';
import { syncEngineFor } from './sync/sync-for-services';
import { openElectronSettings } from './settings/electron-settings';
import { failedStartReport, writeSmokeReport } from './smoke/smoke-report';
import { runSmokeMode } from './smoke/run-smoke-mode';
import { parseLaunchOptions, type LaunchOptions } from './startup/launch-options';
import { startupFailureMessage } from './startup/startup-failure';
import { scheduleAutoChecks } from './updates/auto-check-schedule';
import { electronAutoUpdater, linuxInstallKind } from './updates/electron-auto-updater';
import { createUpdateController } from './updates/update-controller';
import { updateSupport } from './updates/update-support';
import { unsupportedUpdates, type UpdatesPort } from './updates/updates-port';
import { createMainWindow, type MainWindow } from './window/create-window';

const here = path.dirname(fileURLToPath(import.meta.url));
const startedAt = new Date();

let launch: LaunchOptions;
try {
  launch = parseLaunchOptions(process.argv.slice(1));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const smokeReport = launch.smokeTestReport;

// A smoke test checks a fresh data folder and leaves the user's own alone.
const dataDir = smokeReport
  ? mkdtempSync(path.join(os.tmpdir(), 'intervyou-smoke-'))
  : resolveDataDir(process.env, () => app.getPath('userData'));
const log = openMainLog(dataPaths(dataDir).logs, path.join(os.tmpdir(), 'IntervYou-logs'));
teeConsoleTo(log);

const devServerUrl = app.isPackaged ? undefined : process.env.INTERVYOU_DEV_SERVER_URL;
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [originOf(devServerUrl) ?? ''] : [])];
const policy = createSecurityPolicy(trustedOrigins);
const locateFfmpeg: LocateFfmpegOptions = app.isPackaged
  ? { bundled: bundledFfmpegPath(process.resourcesPath) }
  : { appPath: app.getAppPath() };
const smokeContext = () => ({
  app: { name: app.getName(), version: app.getVersion(), packaged: app.isPackaged },
  runtime: {
    platform: process.platform,
    arch: process.arch,
    electron: process.versions.electron ?? null,
    node: process.versions.node,
  },
});

registerAppScheme(protocol);

/** A start that failed: a dialog with the reason and the log's path (a report instead in a smoke test), then exit. */
function failStart(error: unknown): void {
  console.error('IntervYou failed to start', error);
  if (smokeReport) {
    writeSmokeReport(smokeReport, failedStartReport(error, smokeContext(), startedAt));
  } else {
    const message = startupFailureMessage(error, log.file);
    dialog.showErrorBox(message.title, message.body);
  }
  app.exit(1);
}

if (!smokeReport && !app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: MainServices | undefined;
  let mainWindow: MainWindow | undefined;
  let stopAutoChecks: (() => void) | undefined;

  const support = updateSupport({
    isPackaged: app.isPackaged,
    smokeTest: Boolean(smokeReport),
    platform: process.platform,
    linuxInstall: app.isPackaged ? linuxInstallKind(process.env, process.resourcesPath) : null,
  });
  // Made once the app is ready, inside the start-up that reports its failures.
  let updates: UpdatesPort = unsupportedUpdates(support.supported ? 'Updates are not ready yet.' : support.reason);

  const openWindow = (): MainWindow => {
    mainWindow = createMainWindow({
      preload: path.join(here, '../preload/preload.cjs'),
      url: devServerUrl ?? APP_ENTRY_URL,
      policy,
      show: !smokeReport,
    });
    return mainWindow;
  };
  const currentWindow = () => mainWindow?.window;

  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return void openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
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

      const nativeDir = electronNativeDir({
        isPackaged: app.isPackaged,
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
      });
      services = await startServices({
        runtime: 'electron',
        app: { name: app.getName(), version: app.getVersion() },
        dataDir,
        settings: (paths) => openElectronSettings(paths.settingsDir),
        resourcesDir: resolveResourcesDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath }),
        legal: legalFiles({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath }),
        native: electronNativeModules(nativeDir),
        media: { locateFfmpeg },
        // The smoke test grades its one answer itself; it does not need the evaluator warm early.
        warmEvaluator: !smokeReport,
      });
      if (support.supported) {
        updates = createUpdateController({
          updater: electronAutoUpdater(),
          onStatus: (status) => services?.events.emit('updates:status', status),
        });
      }
      const dispatcher = createDispatcher({
        contract,
        // Save dialogs and "show in folder" attach to the main window (exports: PDF report, data ZIP).
        handlers: createHandlers(services, electronPlatform(currentWindow, updates)),
        trustedOrigins,
        onUnexpectedError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
      });
      registerElectronIpc({
        ipcMain,
        dispatcher,
        events: services.events,
        allWebContents: () => webContents.getAllWebContents(),
      });
      const window = openWindow();
      if (smokeReport) {
        const code = await runSmokeMode({
          services,
          mainWindow: window,
          locateFfmpeg,
          reportFile: smokeReport,
          context: smokeContext(),
        });
        await services.close();
        services = undefined;
        rmSync(dataDir, { recursive: true, force: true });
        app.exit(code);
        return;
      }
      // Pushes waiting scores at start-up, after each answer, on a timer and on backoff.
      syncEngineFor(services).start();
      // AI work left waiting (or cut off) by the last run gets the queue's periodic pass.
      aiQueueFor(services);
      if (support.supported) {
        stopAutoChecks = scheduleAutoChecks({
          check: () => updates.check(),
          enabled: () => services?.settings.get().updates.autoCheck ?? false,
        });
      }
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch(failStart);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the database to close, so the WAL is checkpointed and nothing is cut short.
  let closing = false;
  app.on('will-quit', (event) => {
    stopAutoChecks?.();
    if (!services) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    services
      .close()
      .catch((error: unknown) => console.error('[main] closing services failed', error))
      .finally(() => {
        services = undefined;
        app.quit();
      });
  });
}
