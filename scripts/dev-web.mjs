// `npm run dev:web`: the real renderer (Vite, hot reload) in your browser, talking to the real
// main-process services through the loopback browser host. Data goes to INTERVYOU_DATA_DIR or .data/dev.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = process.env.INTERVYOU_DATA_DIR ?? path.join(root, '.data', 'dev');
const viteOrigin = 'http://127.0.0.1:5173';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const host = spawn(bin('tsx'), ['electron/host/host-main.ts', '--data-dir', dataDir, '--allow-origin', viteOrigin], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const children = [host];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
host.on('exit', (code) => {
  if (code) process.exit(code);
});

const lines = readline.createInterface({ input: host.stdout });
lines.once('line', (line) => {
  const { url, token } = JSON.parse(line);
  const vite = spawn(bin('vite'), [], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, INTERVYOU_HOST_URL: url },
  });
  children.push(vite);
  vite.on('exit', stop);
  console.log(`\nIntervYou (browser preview) → ${viteOrigin}/?token=${token}\nData folder: ${dataDir}\n`);
});
