// Bundles the Electron main process (ESM) and the preload (one CommonJS file, as sandboxed
// preloads require) into dist/. Runtime dependencies stay in node_modules (packed into the asar).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.js',
    format: 'esm',
    packages: 'external',
  }),
  // The voice-analysis worker thread, loaded by electron/main/workers/spawn-worker.ts from next to main.js.
  build({
    ...common,
    entryPoints: ['electron/main/media/analysis-worker.ts'],
    outfile: 'dist/main/analysis-worker.js',
    format: 'esm',
    packages: 'external',
  }),
  // The answer evaluator's worker thread (harper.js WASM), loaded by electron/main/workers/spawn-worker.ts.
  build({
    ...common,
    entryPoints: ['electron/main/attempts/evaluator-worker.ts'],
    outfile: 'dist/main/evaluator-worker.js',
    format: 'esm',
    packages: 'external',
  }),
  // The PDF report's worker thread (pdfmake), loaded by electron/main/workers/spawn-worker.ts.
  build({
    ...common,
    entryPoints: ['electron/main/reports/pdf-worker.ts'],
    outfile: 'dist/main/pdf-worker.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
