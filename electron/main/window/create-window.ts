import { BrowserWindow, nativeTheme, shell } from 'electron';
import type { SecurityPolicy } from '../security/policies';
import { isSafeExternalUrl } from '../security/policies';

export function createMainWindow(options: { preload: string; url: string; policy: SecurityPolicy }): BrowserWindow {
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
  window.once('ready-to-show', () => window.show());

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
  void window.loadURL(options.url);
  return window;
}
