// The stand-in Electron "executable": bundled to CommonJS and started by the launcher script that
// make-electron-dist.ts puts where Electron's binary would be. It runs the app's main bundle in
// plain Node with `require('electron')` answered by the recording stand-in, the way Electron
// would run it: from resources/app.asar when packaged (extracted first: Node cannot read asar).
//   node runner.cjs <app folder> [app arguments…]
// Environment: INTERVYOU_STAND_IN_RECORD (where to write the recording, JSON),
// INTERVYOU_STAND_IN_ACTIONS (comma-separated: invoke-all, quit), INTERVYOU_STAND_IN_CHANNELS
// (a JSON file listing every contract channel, for invoke-all), INTERVYOU_STAND_IN_APP_PATH (the
// app folder when running unpackaged), INTERVYOU_STAND_IN_USER_DATA.
import { extractAll } from '@electron/asar';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createStandInElectron } from './stand-in-electron';

const [appDir = '', ...appArgs] = process.argv.slice(2);
const resourcesPath = path.join(appDir, 'resources');
const asar = path.join(resourcesPath, 'app.asar');
const isPackaged = existsSync(asar);
const appPath = isPackaged
  ? (() => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'intervyou-asar-'));
      extractAll(asar, dir);
      return dir;
    })()
  : path.resolve(process.env.INTERVYOU_STAND_IN_APP_PATH ?? appDir);

process.argv = [path.join(appDir, 'intervyou'), ...appArgs];
Object.assign(process, { resourcesPath, type: 'browser' });

const pkg = JSON.parse(readFileSync(path.join(appPath, 'package.json'), 'utf8')) as {
  main: string;
  productName?: string;
  version: string;
};
const standIn = createStandInElectron({
  isPackaged,
  appPath,
  userData: process.env.INTERVYOU_STAND_IN_USER_DATA ?? mkdtempSync(path.join(os.tmpdir(), 'intervyou-user-')),
  name: pkg.productName ?? 'IntervYou',
  version: pkg.version,
});

const actionResults: Record<string, unknown> = {};
const recordFile = process.env.INTERVYOU_STAND_IN_RECORD;
process.on('exit', (code) => {
  if (!recordFile) return;
  const recording = {
    exitCode: standIn.exitCode() ?? code,
    appPath,
    resourcesPath,
    isPackaged,
    calls: standIn.calls,
    windows: standIn.windows.map((w) => ({ options: w.options, loads: w.loads })),
    ipcChannels: [...standIn.ipcHandlers.keys()],
    privilegedSchemes: standIn.privilegedSchemes,
    actions: actionResults,
  };
  writeFileSync(recordFile, `${JSON.stringify(recording, null, 2)}\n`);
});
standIn.onExit((code) => setImmediate(() => process.exit(code)));

const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = function load(
  request,
  ...rest
) {
  if (request === 'electron') return standIn.module;
  return originalLoad.call(this, request, ...rest);
};

const guard = setTimeout(() => {
  actionResults.timedOut = true;
  process.exit(124);
}, 150_000);
guard.unref();

/** Waits until the app opened a window and its first load settled (as the page would be shown). */
async function firstWindowLoaded(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const window = standIn.windows[0];
    if (window && window.loads.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the app opened no window within 30 s');
}

async function invokeAll(): Promise<void> {
  const invoke = standIn.ipcHandlers.get('intervyou:invoke');
  if (!invoke) throw new Error('no IPC invoke handler was registered');
  const channels = JSON.parse(readFileSync(process.env.INTERVYOU_STAND_IN_CHANNELS ?? '', 'utf8')) as string[];
  const fromApp = { senderFrame: { url: 'app://intervyou/index.html' } };
  const codes: Record<string, string> = {};
  // null is no channel's valid input: each call reaches its channel's schema and stops there.
  for (const channel of channels) {
    const result = (await invoke(fromApp, channel, null)) as { ok: boolean; error?: { code: string } };
    codes[channel] = result.ok ? 'OK' : (result.error?.code ?? 'NO_CODE');
  }
  actionResults.invokeWithNull = codes;
  actionResults.appInfo = await invoke(fromApp, 'app:info', {});
  actionResults.unknownChannel = await invoke(fromApp, 'nothing:here', {});
  actionResults.foreignOrigin = await invoke({ senderFrame: { url: 'https://example.com/' } }, 'app:info', {});
}

async function runActions(): Promise<void> {
  const actions = (process.env.INTERVYOU_STAND_IN_ACTIONS ?? '').split(',').filter(Boolean);
  if (actions.length === 0) return;
  await firstWindowLoaded();
  for (const action of actions) {
    if (action === 'invoke-all') await invokeAll();
    else if (action === 'quit') standIn.module.app.emit('window-all-closed');
    else throw new Error(`unknown stand-in action ${action}`);
  }
}

createRequire(path.join(appPath, 'package.json'))(path.join(appPath, pkg.main));
setImmediate(() => {
  standIn.becomeReady();
  runActions().catch((error: unknown) => {
    actionResults.error = error instanceof Error ? error.message : String(error);
    process.exit(70);
  });
});
