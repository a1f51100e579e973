import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FfmpegSource = 'FFMPEG_PATH' | 'ffmpeg-static' | 'PATH';

export interface FfmpegLocation {
  path: string;
  source: FfmpegSource;
}

export interface LocateFfmpegOptions {
  env?: NodeJS.ProcessEnv;
  /** ffmpeg-static's export (a path, or null when it has no binary for this platform). */
  ffmpegStatic?: () => string | null | undefined;
  /** Whether a file exists and is executable; injectable for tests. */
  isExecutable?: (file: string) => boolean;
  platform?: NodeJS.Platform;
}

const require = createRequire(import.meta.url);

/** ffmpeg-static is an optional dependency and its binary download is deferred, so both may be absent. */
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

/**
 * Inside a packaged app ffmpeg-static's path points into app.asar, which cannot be executed;
 * electron-builder unpacks it (asarUnpack) next to the archive instead.
 */
export function unpackedAsarPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** The directories of PATH, in order, each with the platform's executable suffixes. */
function pathCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const names = platform === 'win32' ? ['ffmpeg.exe', 'ffmpeg.cmd', 'ffmpeg'] : ['ffmpeg'];
  return dirs.flatMap((dir) => names.map((name) => path.join(dir, name)));
}

/**
 * Where ffmpeg is: FFMPEG_PATH, else ffmpeg-static's binary (unpacked from the asar when
 * packaged), else `ffmpeg` on PATH. Null when there is none; callers turn that into a clear error.
 */
export function locateFfmpeg(options: LocateFfmpegOptions = {}): FfmpegLocation | null {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? executable;
  const platform = options.platform ?? process.platform;

  const fromEnv = env.FFMPEG_PATH?.trim();
  if (fromEnv) {
    // An explicit setting that is wrong should be reported, not silently replaced.
    return { path: fromEnv, source: 'FFMPEG_PATH' };
  }
  const fromStatic = (options.ffmpegStatic ?? ffmpegStaticExport)();
  if (fromStatic) {
    const unpacked = unpackedAsarPath(fromStatic);
    if (isExecutable(unpacked)) return { path: unpacked, source: 'ffmpeg-static' };
  }
  const onPath = pathCandidates(env, platform).find(isExecutable);
  return onPath ? { path: onPath, source: 'PATH' } : null;
}

export const FFMPEG_MISSING_MESSAGE =
  'ffmpeg was not found. Install ffmpeg (or set FFMPEG_PATH to its full path) so recordings can be processed.';
