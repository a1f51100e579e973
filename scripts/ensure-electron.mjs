// Run before `npm start`, `npm run dev` and `npm run dist`: makes sure the Electron binary is
// downloaded (npm's allowScripts keeps Electron's download out of `npm install`, so installs work
// offline and in CI), then prepares this machine's target: Electron builds of the native addons
// and the ffmpeg the app carries (scripts/prepare-target.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const pathFile = path.join(electronDir, 'path.txt');
const hasBinary =
  existsSync(pathFile) && existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));

if (!hasBinary) {
  console.log('Downloading the Electron binary…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'The Electron binary could not be downloaded (no network?). The browser preview still works: npm run dev:web',
    );
    process.exit(1);
  }
}
const prepared = spawnSync(
  process.execPath,
  [path.join(root, 'scripts', 'prepare-target.mjs'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(prepared.status ?? 1);
