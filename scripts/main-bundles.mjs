// How the main process, its worker threads and the preload are bundled (esbuild). Used by
// scripts/build-main.mjs for dist/ and by tests that run bundles in plain Node, so both build
// exactly the same way.
//
// Everything the main process imports is bundled: the packaged app carries no node_modules.
// The only things left outside are Electron itself and native addons (*.node), which the app
// loads from resources/native (see electron/main/native/native-modules.ts).
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/** Worker threads, each loaded by electron/main/workers/spawn-worker.ts from `<name>.cjs` beside main.cjs. */
export const WORKER_ENTRIES = {
  'analysis-worker': 'electron/main/media/analysis-worker.ts',
  'evaluator-worker': 'electron/main/attempts/evaluator-worker.ts',
  // Started by the evaluator worker: harper.js grammar checks beside its analysis.
  'grammar-worker': 'electron/main/attempts/grammar-worker.ts',
  'pdf-worker': 'electron/main/reports/pdf-worker.ts',
};

/** The Harper grammar checker's WebAssembly, shipped once as a file beside the evaluator worker. */
export const HARPER_WASM = 'harper_wasm_bg.wasm';

const IMPORT_META_URL = '__intervyouImportMetaUrl';

/**
 * The account service a build points at out of the box: INTERVYOU_DEFAULT_SERVER_URL when the
 * build runs (e.g. `INTERVYOU_DEFAULT_SERVER_URL=https://accounts.example.com npm run build`), read
 * by electron/main/account/default-server-url.ts; null leaves it to Settings or INTERVYOU_SERVER_URL.
 */
const DEFAULT_SERVER_URL = process.env.INTERVYOU_DEFAULT_SERVER_URL?.trim() || null;

/** Options shared by every main-process bundle (CommonJS, Node/Electron, nothing external but Electron). */
function nodeBundle(entry, outfile) {
  return {
    entryPoints: [path.resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    minifyWhitespace: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    external: ['electron', '*.node'],
    // Source files locate their neighbours through import.meta.url; in CommonJS that is this file.
    banner: { js: `const ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;` },
    define: {
      'import.meta.url': IMPORT_META_URL,
      __INTERVYOU_DEFAULT_SERVER_URL__: JSON.stringify(DEFAULT_SERVER_URL),
    },
    alias: {
      // fluent-ffmpeg's index picks lib/ or its 12 MB coverage build at run time; only lib/ ships.
      'fluent-ffmpeg': 'fluent-ffmpeg/lib/fluent-ffmpeg',
      // The 21 MB base64 copy of Harper's WASM is replaced by the .wasm file beside the worker.
      'harper.js/binaryInlined': path.join(root, 'electron/main/attempts/harper-binary-file.ts'),
    },
  };
}

/**
 * Bundles `mainEntry` as `<outDir>/main.cjs` and each worker as `<outDir>/<name>.cjs` beside it, and
 * copies Harper's WASM next to them. Returns the esbuild metafiles (inputs say which packages ship).
 */
export async function bundleMain({ outDir, mainEntry = 'electron/main/main.ts', workers = WORKER_ENTRIES }) {
  mkdirSync(outDir, { recursive: true });
  const jobs = [
    build(nodeBundle(mainEntry, path.join(outDir, 'main.cjs'))),
    ...Object.entries(workers).map(([name, entry]) => build(nodeBundle(entry, path.join(outDir, `${name}.cjs`)))),
  ];
  const results = await Promise.all(jobs);
  copyFileSync(path.join(root, 'node_modules', 'harper.js', 'dist', HARPER_WASM), path.join(outDir, HARPER_WASM));
  return results.map((result) => result.metafile);
}

/** The sandboxed preload: one CommonJS file, as sandboxed preloads require. */
export async function bundlePreload({ outFile }) {
  const result = await build({
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    external: ['electron'],
  });
  return result.metafile;
}
