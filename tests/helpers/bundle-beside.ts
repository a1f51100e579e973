import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleMain } from '../../scripts/main-bundles.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a test entry as `main.cjs` and each worker entry as `<name>.cjs` beside it in outDir,
 * exactly as scripts/build-main.mjs lays out dist/main, so the workers load from sibling files
 * without tsx and without node_modules.
 */
export async function bundleBeside(
  outDir: string,
  mainEntry: string,
  workers: Record<string, string>,
): Promise<string> {
  await bundleMain({ outDir, mainEntry, workers });
  return path.join(outDir, 'main.cjs');
}

/** The Node build of better-sqlite3's addon: a bundle cannot find it through `bindings`. */
export function nodeSqliteBinding(): string {
  const require = createRequire(path.join(ROOT, 'package.json'));
  return path.join(
    path.dirname(require.resolve('better-sqlite3/package.json')),
    'build',
    'Release',
    'better_sqlite3.node',
  );
}
