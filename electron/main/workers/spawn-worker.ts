import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker_threads Worker in each runtime the main-process code runs in:
 * - the esbuild-bundled Electron main: scripts/main-bundles.mjs emits `<name>.cjs` next to main.cjs
 *   (this code is inlined there, so `import.meta.url` is main.cjs) and it is loaded as is;
 * - source under tsx (browser host, CLI, bench), Vitest or Playwright: only the `.ts` source
 *   exists, so a small bootstrap registers tsx's ESM loader inside the worker before importing it.
 */
export function spawnWorker(name: string, source: URL, options: WorkerOptions = {}): Worker {
  const bundled = new URL(`./${name}.cjs`, import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled, options);
  if (!existsSync(fileURLToPath(source))) throw new Error(`Worker module ${fileURLToPath(source)} not found`);
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((api) => { api.register(); return import(${JSON.stringify(source.href)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
