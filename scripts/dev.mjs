// `npm run dev`: Electron with the renderer served by Vite (hot reload). Main and preload are
// rebuilt once at start; restart after changing them.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const devUrl = 'http://127.0.0.1:5173/';

for (const step of [['scripts/ensure-electron.mjs'], ['scripts/build-main.mjs']]) {
  const result = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const vite = spawn(bin('vite'), [], { cwd: root, stdio: 'inherit' });
const electron = spawn(bin('electron'), ['.'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, INTERVYOU_DEV_SERVER_URL: devUrl },
});
electron.on('exit', (code) => {
  vite.kill('SIGTERM');
  process.exit(code ?? 0);
});
