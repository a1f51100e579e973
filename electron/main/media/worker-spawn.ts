import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker_threads Worker from a module in this folder, in each runtime the main-process
 * code runs in:
 * - the esbuild-bundled Electron main: scripts/build-main.mjs emits `<name>.js` next to main.js,
 *   and `import.meta.url` is main.js, so the sibling .js exists and is loaded as is;
 * - source under tsx (browser host, CLI, bench), Vitest or Playwright: there is only `<name>.ts`,
 *   so a small bootstrap registers tsx's ESM loader inside the worker before importing it.
 */
export function spawnModuleWorker(name: string, options: WorkerOptions = {}): Worker {
  const bundled = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled, options);

  const source = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(source)))
    throw new Error(`Worker module ${name} not found next to ${fileURLToPath(import.meta.url)}`);
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((api) => { api.register(); return import(${JSON.stringify(source.href)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
