// Everything a target's installer carries besides the bundled JavaScript: Electron's native addons
// (scripts/build-electron-native.mjs) and ffmpeg (scripts/fetch-ffmpeg.mjs). This machine's target
// by default; `npm run dist` and `npm start` run it, the workflow runs it once per architecture.
//   node scripts/prepare-target.mjs [--arch x64|arm64] [--platform linux|darwin|win32] [--force]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
for (const script of ['build-electron-native.mjs', 'fetch-ffmpeg.mjs']) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
