import { BrowserWindow, nativeTheme, shell } from 'electron';
import type { SecurityPolicy } from '../security/policies';
import { isSafeExternalUrl } from '../security/policies';

export interface MainWindow {
  window: BrowserWindow;
  /** Settles when the first page load finished; rejects when it failed. */
  loaded: Promise<void>;
}

export function createMainWindow(options: { preload: string; url: string; policy: SecurityPolicy; show?: boolean }): MainWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: 'IntervYou',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0f1419' : '#f6f7fb',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (options.show ?? true) window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!options.policy.shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!options.policy.shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const loaded = window.loadURL(options.url);
  // Failures are reported through `loaded` to whoever awaits it; never an unhandled rejection.
  loaded.catch((error: unknown) => console.error(`[window] ${options.url} did not load`, error));
  return { window, loaded };
}
