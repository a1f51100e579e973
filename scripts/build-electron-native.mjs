// Builds better-sqlite3 for Electron's ABI into native/electron/<platform>-<arch>/, leaving the
// Node build in node_modules untouched (tests, CLI and the browser host use that one).
// Tries the published prebuilt binary first, then compiles against Electron's headers.
//   node scripts/build-electron-native.mjs [--arch x64|arm64] [--platform linux|darwin|win32] [--force]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    arch: { type: 'string', default: process.arch },
    platform: { type: 'string', default: process.platform },
    force: { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const sqliteVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules/better-sqlite3/package.json'), 'utf8'),
).version;
const outDir = path.join(root, 'native', 'electron', `${values.platform}-${values.arch}`);
const stampFile = path.join(outDir, 'build-info.json');
const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion };

if (!values.force && existsSync(stampFile) && existsSync(path.join(outDir, 'better_sqlite3.node'))) {
  const previous = JSON.parse(readFileSync(stampFile, 'utf8'));
  if (previous.electron === stamp.electron && previous.betterSqlite3 === stamp.betterSqlite3) {
    console.log(`better-sqlite3 for Electron ${electronVersion} (${values.platform}-${values.arch}) is up to date.`);
    process.exit(0);
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'intervyou-native-'));
const pkgDir = path.join(work, 'better-sqlite3');
cpSync(path.join(root, 'node_modules/better-sqlite3'), pkgDir, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
});
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: pkgDir, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;

const target = ['--target', electronVersion, '--arch', values.arch];
const ok =
  run(bin('prebuild-install'), ['--runtime', 'electron', ...target, '--platform', values.platform]) ||
  run(bin('node-gyp'), [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${values.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
if (!ok) {
  console.error(
    'Could not get better-sqlite3 for Electron: no prebuilt binary and compiling failed (needs network for headers and a C++ toolchain).',
  );
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
cpSync(path.join(pkgDir, 'build', 'Release', 'better_sqlite3.node'), path.join(outDir, 'better_sqlite3.node'));
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${path.relative(root, outDir)}/better_sqlite3.node for Electron ${electronVersion}.`);
