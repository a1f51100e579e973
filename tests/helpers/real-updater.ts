import { AppImageUpdater } from 'electron-updater/out/AppImageUpdater.js';
import type { AppAdapter } from 'electron-updater/out/AppAdapter.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NodeUpdateHttpExecutor } from './node-update-executor';

export const FEED_OWNER = 'intervyou';
export const FEED_REPO = 'intervyou-desktop';

/** electron-updater's real Linux updater with a Node HTTP client, as an installed 0.1.0 app would run it. */
export function realUpdater(dir: string, currentVersion: string, host: string): AppImageUpdater {
  const app: AppAdapter = {
    version: currentVersion,
    name: 'IntervYou',
    isPackaged: true,
    appUpdateConfigPath: path.join(dir, 'app-update.yml'),
    userDataPath: dir,
    baseCachePath: dir,
    whenReady: async () => undefined,
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  // What electron-builder writes into resources/ (the download cache is named from it).
  writeFileSync(
    app.appUpdateConfigPath,
    `owner: ${FEED_OWNER}\nrepo: ${FEED_REPO}\nprovider: github\nupdaterCacheDirName: intervyou-updater\n`,
  );
  const updater = new AppImageUpdater(null, app);
  (updater as unknown as { httpExecutor: NodeUpdateHttpExecutor }).httpExecutor = new NodeUpdateHttpExecutor();
  // Not started from an AppImage: this tells the updater to check anyway (it never installs here).
  updater.forceDevUpdateConfig = true;
  updater.autoDownload = false;
  updater.logger = null;
  updater.setFeedURL({ provider: 'github', owner: FEED_OWNER, repo: FEED_REPO, host, protocol: 'http' });
  return updater;
}
