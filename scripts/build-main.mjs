// Bundles the Electron main process, its worker threads and the preload into dist/ (see
// scripts/main-bundles.mjs), and records which npm packages went into them for the notices.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleMain, bundlePreload } from './main-bundles.mjs';
import { packagesInMetafiles } from './shipped-packages.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
rmSync(path.join(dist, 'main'), { recursive: true, force: true });
rmSync(path.join(dist, 'preload'), { recursive: true, force: true });

const metafiles = [
  ...(await bundleMain({ outDir: path.join(dist, 'main') })),
  await bundlePreload({ outFile: path.join(dist, 'preload', 'preload.cjs') }),
];
mkdirSync(path.join(dist, 'meta'), { recursive: true });
writeFileSync(
  path.join(dist, 'meta', 'main-packages.json'),
  `${JSON.stringify(packagesInMetafiles(metafiles), null, 2)}\n`,
);
console.log('Built dist/main (main.cjs and workers) and dist/preload/preload.cjs.');
