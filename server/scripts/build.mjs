// Bundles the account service into one ES module for plain `node` (no tsx at run time).
// Packages from node_modules stay external: argon2 is native, and the production image installs
// the service's own dependencies with `npm ci --omit=dev`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const serverDir = path.resolve(import.meta.dirname, '..');
// Under server/ whatever the argument, so the bundle resolves the service's node_modules.
const outdir = path.resolve(serverDir, process.argv[2] ?? 'dist');
if (path.relative(serverDir, outdir).startsWith('..')) throw new Error(`outdir must be inside ${serverDir}`);

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(serverDir, 'src/main.ts')],
  outfile: path.join(outdir, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
process.stdout.write(`account service bundled to ${path.relative(process.cwd(), outdir)}/main.mjs\n`);
