import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeStandInElectronDist } from '../helpers/electron-stand-in/make-electron-dist';

const execFileAsync = promisify(execFile);
export const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));

/** The Electron version the app is built against (electron-builder needs it without the binary). */
export function electronVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
}

/** The files electron-builder reads, copied so the pack never touches the repository's native/ folder. */
const PROJECT_FILES = ['package.json', 'electron-builder.yml', 'LICENSE', 'build', 'dist', 'resources'];
const PACK_SCRIPTS = ['before-pack.cjs', 'binary-target.cjs'];

function addonOf(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'build', 'Release', file);
}

/**
 * A copy of the project ready for `electron-builder --linux dir`: the built dist/, and a native/
 * folder for linux-x64 holding what this machine can run in place of Electron's builds (Node's
 * better-sqlite3 and keytar addons, Debian's ffmpeg and its copyright file).
 */
export function stageProject(stagingDir: string): string {
  for (const entry of PROJECT_FILES) cpSync(path.join(root, entry), path.join(stagingDir, entry), { recursive: true });
  mkdirSync(path.join(stagingDir, 'scripts'), { recursive: true });
  for (const script of PACK_SCRIPTS)
    copyFileSync(path.join(root, 'scripts', script), path.join(stagingDir, 'scripts', script));

  const target = `${process.platform}-${process.arch}`;
  const nativeDir = path.join(stagingDir, 'native', 'electron', target);
  mkdirSync(nativeDir, { recursive: true });
  copyFileSync(addonOf('better-sqlite3', 'better_sqlite3.node'), path.join(nativeDir, 'better_sqlite3.node'));
  copyFileSync(addonOf('keytar', 'keytar.node'), path.join(nativeDir, 'keytar.node'));

  const ffmpegDir = path.join(stagingDir, 'native', 'ffmpeg', target);
  mkdirSync(ffmpegDir, { recursive: true });
  copyFileSync('/usr/bin/ffmpeg', path.join(ffmpegDir, 'ffmpeg'));
  copyFileSync('/usr/share/doc/ffmpeg/copyright', path.join(ffmpegDir, 'LICENSE.txt'));
  copyFileSync('/usr/share/doc/ffmpeg/copyright', path.join(ffmpegDir, 'README.txt'));
  return stagingDir;
}

export interface StandInPack {
  /** The unpacked app: what the AppImage and deb install. */
  appDir: string;
  executable: string;
  log: string;
}

/** Packs the staged project for Linux (`dir` target) with the stand-in in place of Electron's binary. */
export async function packWithStandIn(stagingDir: string, workDir: string): Promise<StandInPack> {
  const version = electronVersion();
  const electronDist = await makeStandInElectronDist(path.join(workDir, 'electron-dist'), version);
  const output = path.join(workDir, 'out');
  const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  const { stdout, stderr } = await execFileAsync(
    process.execPath,
    [
      cli,
      '--linux',
      'dir',
      '--publish',
      'never',
      '--projectDir',
      stagingDir,
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${version}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: stagingDir, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, maxBuffer: 16 * 1024 * 1024 },
  );
  const appDir = path.join(output, 'linux-unpacked');
  const executable = path.join(appDir, 'intervyou');
  if (!existsSync(executable)) throw new Error(`electron-builder made no ${executable}:\n${stdout}\n${stderr}`);
  return { appDir, executable, log: `${stdout}\n${stderr}` };
}
