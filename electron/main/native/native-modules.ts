import { existsSync } from 'node:fs';
import path from 'node:path';

/** The native addons the app loads, by file name. */
export const NATIVE_FILES = { sqlite: 'better_sqlite3.node', keytar: 'keytar.node' } as const;

export type NativeModuleName = keyof typeof NATIVE_FILES;

/**
 * Absolute paths of native addons built for the running runtime. A missing entry means "the npm
 * package's own build": what Node (tests, CLI, browser host) uses from node_modules.
 */
export type NativeModules = Partial<Record<NativeModuleName, string>>;

/**
 * Where Electron finds its native addons. node_modules holds Node builds (tests, CLI, browser host);
 * scripts/build-electron-native.mjs writes Electron builds for each target to
 * native/electron/<platform>-<arch>/, which electron-builder ships as resources/native/ (the
 * packaged app has no node_modules: the main process is bundled).
 */
export function electronNativeDir(options: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return options.isPackaged
    ? path.join(options.resourcesPath, 'native')
    : path.join(options.appPath, 'native', 'electron', `${process.platform}-${process.arch}`);
}

/** Every addon's path in an Electron native folder; throws, naming the missing files, when one is absent. */
export function electronNativeModules(nativeDir: string): Required<NativeModules> {
  const modules = {
    sqlite: path.join(nativeDir, NATIVE_FILES.sqlite),
    keytar: path.join(nativeDir, NATIVE_FILES.keytar),
  };
  const missing = Object.values(modules).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Native modules built for Electron are missing: ${missing.join(', ')}. Run "npm run native:electron".`,
    );
  }
  return modules;
}
