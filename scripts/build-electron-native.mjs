// Native addons for Electron, per target, in native/electron/<platform>-<arch>/ (shipped as
// resources/native/), leaving node_modules' Node builds untouched (tests, CLI and the browser host
// use those):
// - better-sqlite3 for Electron's ABI: the published prebuilt binary, else compiled against
//   Electron's headers;
// - keytar (N-API, so one build serves Node and Electron): this machine's build when the target is
//   this machine, else the published N-API prebuilt for the target.
//   node scripts/build-electron-native.mjs [--arch x64|arm64] [--platform linux|darwin|win32] [--force]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { targetArgs } from './target-args.mjs';

const require = createRequire(import.meta.url);
const { assertBinaryTarget } = require('./binary-target.cjs');

const values = targetArgs();
const root = path.resolve(import.meta.dirname, '..');
const versionOf = (pkg) =>
  JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const electronVersion = versionOf('electron');
const outDir = path.join(root, 'native', 'electron', `${values.platform}-${values.arch}`);
const stampFile = path.join(outDir, 'build-info.json');
const stamp = { electron: electronVersion, betterSqlite3: versionOf('better-sqlite3'), keytar: versionOf('keytar') };
const outputs = { sqlite: path.join(outDir, 'better_sqlite3.node'), keytar: path.join(outDir, 'keytar.node') };
const isHost = values.platform === process.platform && values.arch === process.arch;

if (!values.force && existsSync(stampFile) && Object.values(outputs).every((file) => existsSync(file))) {
  const previous = JSON.parse(readFileSync(stampFile, 'utf8'));
  if (JSON.stringify(previous) === JSON.stringify(stamp)) {
    console.log(`Native addons for Electron ${electronVersion} (${values.platform}-${values.arch}) are up to date.`);
    process.exit(0);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cwd, cmd, args) =>
  spawnSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;

/** A scratch copy of a package without its build/, so building there leaves node_modules alone. */
function scratchCopy(pkg) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'intervyou-native-')), pkg);
  cpSync(path.join(root, 'node_modules', pkg), dir, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  return dir;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });

const sqliteDir = scratchCopy('better-sqlite3');
const target = ['--target', electronVersion, '--arch', values.arch];
const sqliteOk =
  run(sqliteDir, bin('prebuild-install'), ['--runtime', 'electron', ...target, '--platform', values.platform]) ||
  run(sqliteDir, bin('node-gyp'), [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${values.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
if (!sqliteOk) {
  fail(
    'Could not get better-sqlite3 for Electron: no prebuilt binary and compiling failed (needs network for headers and a C++ toolchain).',
  );
}
cpSync(path.join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'), outputs.sqlite);

const hostKeytar = path.join(root, 'node_modules', 'keytar', 'build', 'Release', 'keytar.node');
if (isHost && existsSync(hostKeytar)) {
  cpSync(hostKeytar, outputs.keytar);
} else {
  const keytarDir = scratchCopy('keytar');
  const napi = ['--runtime', 'napi', '--target', '3', '--arch', values.arch, '--platform', values.platform];
  if (!run(keytarDir, bin('prebuild-install'), napi)) {
    fail(`Could not get keytar for ${values.platform}-${values.arch}: no prebuilt N-API binary could be downloaded.`);
  }
  cpSync(path.join(keytarDir, 'build', 'Release', 'keytar.node'), outputs.keytar);
}

for (const file of Object.values(outputs)) assertBinaryTarget(file, values.platform, values.arch);
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
console.log(`Wrote ${path.relative(root, outDir)}/ (better-sqlite3 for Electron ${electronVersion}, keytar).`);
