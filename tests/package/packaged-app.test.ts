import { listPackage } from '@electron/asar';
import BetterSqlite3 from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { readFuseWire } from '../helpers/electron-stand-in/make-electron-dist';
import { makeTempDir } from '../helpers/temp-dir';
import { callsTo, runPackedApp } from './run-stand-in';
import { packWithStandIn, stageProject, type StandInPack } from './stand-in-pack';

const MAX_ASAR_BYTES = 60 * 1024 * 1024;
const SMOKE_STEPS = ['renderer', 'database', 'question-bank', 'ffmpeg', 'evaluator', 'pdf', 'keychain-module'];

interface SmokeReportFile {
  ok: boolean;
  failedStep: string | null;
  app: { packaged: boolean };
  steps: Array<{ name: string; ok: boolean; detail?: string; error?: string }>;
}

describe('the Linux app packed by electron-builder (stand-in Electron, real start-up path)', () => {
  const work = makeTempDir('intervyou-pack-');
  let pack: StandInPack;

  beforeAll(async () => {
    pack = await packWithStandIn(stageProject(path.join(work.path, 'stage')), work.path);
  });
  afterAll(() => work.remove());

  describe('package contents', () => {
    it(`keeps app.asar under ${MAX_ASAR_BYTES / 1024 / 1024} MB, holding the bundles and no node_modules`, () => {
      const asar = path.join(pack.appDir, 'resources', 'app.asar');
      const size = statSync(asar).size;
      console.log(`[package] app.asar: ${(size / 1024 / 1024).toFixed(1)} MB`);
      expect(size).toBeLessThanOrEqual(MAX_ASAR_BYTES);

      const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
      const { main } = JSON.parse(readFileSync(path.join(work.path, 'stage', 'package.json'), 'utf8')) as {
        main: string;
      };
      expect(files).toEqual(
        expect.arrayContaining([
          '/package.json',
          `/${main}`,
          '/dist/main/evaluator-worker.cjs',
          '/dist/main/grammar-worker.cjs',
          '/dist/main/analysis-worker.cjs',
          '/dist/main/pdf-worker.cjs',
          '/dist/main/harper_wasm_bg.wasm',
          '/dist/main/word-vectors.bin',
          '/dist/preload/preload.cjs',
          '/dist/renderer/index.html',
        ]),
      );
      expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
      expect(files.filter((file) => file.endsWith('.map') || file.startsWith('/dist/meta'))).toEqual([]);
    });

    it('carries native addons, ffmpeg with its licence, the app licence, notices and resources outside the asar', () => {
      const resources = path.join(pack.appDir, 'resources');
      for (const file of [
        'native/better_sqlite3.node',
        'native/keytar.node',
        'ffmpeg/ffmpeg',
        'ffmpeg/LICENSE.txt',
        'ffmpeg/README.txt',
        'LICENSE.txt',
        'THIRD_PARTY_NOTICES.txt',
        'resources/smoke/clip.webm',
        'resources/fonts',
      ]) {
        expect(existsSync(path.join(resources, file)), file).toBe(true);
      }
      expect(readFileSync(path.join(resources, 'LICENSE.txt'), 'utf8')).toMatch(/MIT License/);
      expect(readFileSync(path.join(resources, 'THIRD_PARTY_NOTICES.txt'), 'utf8')).toMatch(/FFmpeg/);
      expect(statSync(path.join(resources, 'ffmpeg', 'ffmpeg')).mode & 0o111).not.toBe(0);
    });

    it('flips the fuses in the packed executable', () => {
      expect(readFuseWire(readFileSync(pack.executable))).toEqual({
        RunAsNode: '0',
        EnableCookieEncryption: '1',
        EnableNodeOptionsEnvironmentVariable: '0',
        EnableNodeCliInspectArguments: '0',
        EnableEmbeddedAsarIntegrityValidation: '1',
        OnlyLoadAppFromAsar: '1',
        LoadBrowserProcessSpecificV8Snapshot: '0',
        GrantFileProtocolExtraPrivileges: '0',
      });
    });
  });

  describe('--smoke-test', () => {
    it('checks window, database, bank, bundled ffmpeg, evaluator, PDF and keychain module, writes the report, exits 0', async () => {
      const report = path.join(work.path, 'smoke-ok.json');
      const run = await runPackedApp(pack.executable, ['--smoke-test', report], { workDir: work.path });
      const result = JSON.parse(readFileSync(report, 'utf8')) as SmokeReportFile;
      expect(run.code, run.stderr).toBe(0);
      expect(result).toMatchObject({ ok: true, failedStep: null, app: { packaged: true } });
      expect(result.steps.map((step) => [step.name, step.ok])).toEqual(SMOKE_STEPS.map((name) => [name, true]));
      // The packaged app runs the ffmpeg it carries, never one found on PATH.
      expect(result.steps.find((step) => step.name === 'ffmpeg')?.detail).toContain(
        path.join(pack.appDir, 'resources', 'ffmpeg', 'ffmpeg'),
      );
      expect(run.stdout).toMatch(/Smoke test passed/);
    });

    it('exits non-zero naming the failing step when the bundled ffmpeg is missing, even with ffmpeg on PATH', async () => {
      const broken = path.join(work.path, 'no-ffmpeg');
      cpSync(pack.appDir, broken, { recursive: true });
      rmSync(path.join(broken, 'resources', 'ffmpeg', 'ffmpeg'));
      const report = path.join(work.path, 'smoke-no-ffmpeg.json');
      const run = await runPackedApp(path.join(broken, 'intervyou'), ['--smoke-test', report], { workDir: work.path });
      const result = JSON.parse(readFileSync(report, 'utf8')) as SmokeReportFile;
      expect(run.code).toBe(1);
      expect(result).toMatchObject({ ok: false, failedStep: 'ffmpeg' });
      expect(result.steps.find((step) => step.name === 'ffmpeg')?.error).toMatch(/ffmpeg/i);
      expect(run.stderr).toMatch(/ffmpeg/);
    });
  });

  describe('a start-up that fails', () => {
    it('shows a dialog with the error and the log path, keeps the log in the data folder, exits 1', async () => {
      const dataDir = path.join(work.path, 'future-data');
      mkdirSync(dataDir, { recursive: true });
      const db = new BetterSqlite3(path.join(dataDir, 'intervyou.sqlite'));
      db.exec('CREATE TABLE kysely_migration (name varchar(255) PRIMARY KEY, timestamp varchar(255) NOT NULL)');
      db.prepare('INSERT INTO kysely_migration VALUES (?, ?)').run(
        '9999_from_a_newer_version',
        new Date().toISOString(),
      );
      db.close();

      const run = await runPackedApp(pack.executable, [], { workDir: work.path, env: { INTERVYOU_DATA_DIR: dataDir } });
      expect(run.code).toBe(1);
      const [dialog] = callsTo(run.recording, 'dialog.showErrorBox');
      expect(dialog?.args[0]).toBe('IntervYou could not start');
      const logFile = path.join(dataDir, 'logs', 'main.log');
      expect(dialog?.args[1]).toContain('unknown migration "9999_from_a_newer_version"');
      expect(dialog?.args[1]).toContain(logFile);
      expect(readFileSync(logFile, 'utf8')).toContain('unknown migration "9999_from_a_newer_version"');
      expect(run.recording.windows).toEqual([]);
    });
  });

  describe('a normal start and quit', () => {
    it('locks one instance, registers its scheme before ready, opens a locked-down window, answers every channel and closes the database', async () => {
      const dataDir = path.join(work.path, 'normal-data');
      const channelsFile = path.join(work.path, 'channels.json');
      writeFileSync(channelsFile, JSON.stringify(Object.keys(contract)));
      const run = await runPackedApp(pack.executable, [], {
        workDir: work.path,
        env: { INTERVYOU_DATA_DIR: dataDir },
        actions: ['invoke-all', 'quit'],
        channelsFile,
      });
      const { recording } = run;
      expect(run.code, run.stderr).toBe(0);
      expect(recording.isPackaged).toBe(true);

      expect(callsTo(recording, 'app.requestSingleInstanceLock')).toHaveLength(1);
      const [scheme] = callsTo(recording, 'protocol.registerSchemesAsPrivileged');
      expect(scheme?.afterReady).toBe(false);
      expect(recording.privilegedSchemes).toEqual(['app']);
      expect(callsTo(recording, 'session.setPermissionRequestHandler')).toHaveLength(1);
      expect(callsTo(recording, 'session.setPermissionCheckHandler')).toHaveLength(1);
      expect(callsTo(recording, 'webContents.setWindowOpenHandler')).toHaveLength(1);
      expect(callsTo(recording, 'webContents.on').map((call) => call.args[0])).toEqual(
        expect.arrayContaining(['will-navigate']),
      );

      expect(recording.windows).toHaveLength(1);
      const [window] = recording.windows;
      expect(window?.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
      expect(window?.loads).toEqual([expect.objectContaining({ url: 'app://intervyou/index.html', ok: true })]);

      // Every contract channel is served: null reaches each channel's schema (refused, or taken as
      // "no input" where the channel has none) and never a missing handler or a crash.
      const codes = recording.actions.invokeWithNull as Record<string, string>;
      expect(Object.keys(codes).sort()).toEqual(Object.keys(contract).sort());
      // Google sign-in takes no input, so null is valid: it is refused because this data folder has
      // no account service configured, before any browser is opened.
      expect(Object.entries(codes).filter(([, code]) => code !== 'OK' && code !== 'BAD_INPUT')).toEqual([
        ['account:sign-in-google', 'UNAVAILABLE'],
      ]);
      expect(codes['attempts:submit']).toBe('BAD_INPUT');
      expect(recording.actions.appInfo).toMatchObject({ ok: true, value: { name: 'IntervYou' } });
      expect(recording.actions.unknownChannel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(recording.actions.foreignOrigin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

      // Quitting waited for the database to close: the write-ahead log is checkpointed away.
      expect(existsSync(path.join(dataDir, 'intervyou.sqlite'))).toBe(true);
      expect(readdirSync(dataDir).filter((file) => file.endsWith('-wal'))).toEqual([]);
    });
  });
});
