import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/** The entry Electron runs for this app: package.json's `main` (the specs launch the app folder). */
export function packageEntry(): string {
  const { main } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
  return path.join(root, main);
}

/**
 * Where the Electron binary and its better-sqlite3 build are, or why the `_electron` specs cannot
 * run on this machine (the binary is downloaded by `npm start` / `npm run setup:electron`).
 */
export function electronAvailability(): { ok: true; executable: string } | { ok: false; reason: string } {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      reason: 'no Electron binary installed (run `npm run setup:electron` on a machine with network access)',
    };
  }
  const executable = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { ok: false, reason: `Electron binary missing at ${executable}` };
  const nativeDir = path.join(root, 'native', 'electron', `${process.platform}-${process.arch}`);
  for (const addon of ['better_sqlite3.node', 'keytar.node']) {
    if (!existsSync(path.join(nativeDir, addon)))
      return { ok: false, reason: `${addon} has no Electron build (run \`npm run native:electron\`)` };
  }
  if (!existsSync(packageEntry()))
    return { ok: false, reason: `app not built: ${packageEntry()} is missing (run \`npm run build\`)` };
  return { ok: true, executable };
}

/** `env` adds to the test's environment (e.g. INTERVYOU_SERVER_URL for the account service). */
export async function launchApp(
  executable: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: executable,
    args: [root, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, INTERVYOU_DATA_DIR: dataDir, ...env } as Record<string, string>,
  });
}
