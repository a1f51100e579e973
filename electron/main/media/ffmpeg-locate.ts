import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FfmpegSource = 'bundled' | 'FFMPEG_PATH' | 'fetched' | 'ffmpeg-static' | 'PATH';

export interface FfmpegLocation {
  path: string;
  source: FfmpegSource;
}

export interface LocateFfmpegOptions {
  env?: NodeJS.ProcessEnv;
  /**
   * The packaged app's own ffmpeg (resources/ffmpeg/, see electron-builder.yml). When set it is the
   * only candidate: an installed app never runs whatever FFMPEG_PATH or PATH happen to hold.
   */
  bundled?: string;
  /** The app folder in development, where scripts/fetch-ffmpeg.mjs puts native/ffmpeg/<platform>-<arch>/. */
  appPath?: string;
  /** ffmpeg-static's export (a path, or null when it has no binary for this platform). */
  ffmpegStatic?: () => string | null | undefined;
  /** Whether a file exists and is executable; injectable for tests. */
  isExecutable?: (file: string) => boolean;
  platform?: NodeJS.Platform;
  arch?: string;
}

const require = createRequire(import.meta.url);

/** ffmpeg-static is a development dependency whose binary download is deferred, so both may be absent. */
function ffmpegStaticExport(): string | null {
  try {
    const exported: unknown = require('ffmpeg-static');
    return typeof exported === 'string' ? exported : null;
  } catch {
    return null;
  }
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function ffmpegFileName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
}

/** Where the packaged app carries its ffmpeg: resources/ffmpeg/ffmpeg[.exe]. */
export function bundledFfmpegPath(resourcesPath: string, platform: NodeJS.Platform = process.platform): string {
  return path.join(resourcesPath, 'ffmpeg', ffmpegFileName(platform));
}

/** The directories of PATH, in order, each with the platform's executable suffixes. */
function pathCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const names = platform === 'win32' ? ['ffmpeg.exe', 'ffmpeg.cmd', 'ffmpeg'] : ['ffmpeg'];
  return dirs.flatMap((dir) => names.map((name) => path.join(dir, name)));
}

/**
 * Where ffmpeg is. Packaged: only the app's own copy. Otherwise FFMPEG_PATH, else the copy
 * fetched into native/ffmpeg/ for this platform, else ffmpeg-static's binary, else `ffmpeg` on
 * PATH. Null when there is none; callers turn that into a clear error.
 */
export function locateFfmpeg(options: LocateFfmpegOptions = {}): FfmpegLocation | null {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? executable;
  const platform = options.platform ?? process.platform;

  if (options.bundled) return isExecutable(options.bundled) ? { path: options.bundled, source: 'bundled' } : null;

  const fromEnv = env.FFMPEG_PATH?.trim();
  if (fromEnv) {
    // An explicit setting that is wrong should be reported, not silently replaced.
    return { path: fromEnv, source: 'FFMPEG_PATH' };
  }
  if (options.appPath) {
    const target = `${platform}-${options.arch ?? process.arch}`;
    const fetched = path.join(options.appPath, 'native', 'ffmpeg', target, ffmpegFileName(platform));
    if (isExecutable(fetched)) return { path: fetched, source: 'fetched' };
  }
  const fromStatic = (options.ffmpegStatic ?? ffmpegStaticExport)();
  if (fromStatic && isExecutable(fromStatic)) return { path: fromStatic, source: 'ffmpeg-static' };
  const onPath = pathCandidates(env, platform).find(isExecutable);
  return onPath ? { path: onPath, source: 'PATH' } : null;
}

export const FFMPEG_MISSING_MESSAGE =
  'ffmpeg was not found. Install ffmpeg (or set FFMPEG_PATH to its full path) so recordings can be processed.';

export const BUNDLED_FFMPEG_MISSING_MESSAGE =
  'The ffmpeg that comes with IntervYou is missing or cannot run, so recordings cannot be processed. Reinstalling IntervYou restores it.';
