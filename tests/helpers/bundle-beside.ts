import { build } from 'esbuild';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a test entry as `main.js` and each worker entry as `<name>.js` beside it in outDir, as
 * scripts/build-main.mjs lays out dist/main, so the workers load from sibling files without tsx.
 * outDir must be inside the repository so the bundles' external packages resolve.
 */
export async function bundleBeside(
  outDir: string,
  mainEntry: string,
  workers: Record<string, string>,
): Promise<string> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node22',
    format: 'esm' as const,
    packages: 'external' as const,
    logLevel: 'silent' as const,
  };
  const main = path.join(outDir, 'main.js');
  await build({ ...common, entryPoints: [path.join(ROOT, mainEntry)], outfile: main });
  for (const [name, entry] of Object.entries(workers)) {
    await build({ ...common, entryPoints: [path.join(ROOT, entry)], outfile: path.join(outDir, `${name}.js`) });
  }
  return main;
}
