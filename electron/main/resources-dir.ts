import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the files shipped with the app (question bank, …) live. Packaged, electron-builder copies
 * <repo>/resources to `process.resourcesPath/resources` (see electron-builder.yml extraResources);
 * in development and in Node (tests, CLI, browser host) it is the repository's own resources/.
 * Both this file (electron/main/) and the bundled main (dist/main/) sit two levels below the root.
 */
export function resolveResourcesDir(
  options: { isPackaged: boolean; resourcesPath?: string } = { isPackaged: false },
): string {
  if (options.isPackaged && options.resourcesPath) return path.join(options.resourcesPath, 'resources');
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
}

export function questionBankDir(resourcesDir: string): string {
  return path.join(resourcesDir, 'questions');
}

/** A 3-second WebM clip (speech + video) that `--smoke-test` remuxes and decodes with the app's ffmpeg. */
export function smokeClipPath(resourcesDir: string): string {
  return path.join(resourcesDir, 'smoke', 'clip.webm');
}

/** The app's licence and the third-party notices, shown in Settings → About. */
export interface LegalFiles {
  licence: string;
  notices: string;
}

/**
 * Packaged, electron-builder puts LICENSE.txt and THIRD_PARTY_NOTICES.txt beside app.asar; in
 * development the licence is the repository's and the notices are what `npm run build` wrote.
 */
export function legalFiles(
  options: { isPackaged: boolean; resourcesPath?: string } = { isPackaged: false },
): LegalFiles {
  if (options.isPackaged && options.resourcesPath) {
    return {
      licence: path.join(options.resourcesPath, 'LICENSE.txt'),
      notices: path.join(options.resourcesPath, 'THIRD_PARTY_NOTICES.txt'),
    };
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return {
    licence: path.join(root, 'LICENSE'),
    notices: path.join(root, 'dist', 'notices', 'THIRD_PARTY_NOTICES.txt'),
  };
}
