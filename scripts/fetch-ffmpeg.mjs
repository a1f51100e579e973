// The ffmpeg an installer carries, per target, in native/ffmpeg/<platform>-<arch>/ (shipped as
// resources/ffmpeg/): ffmpeg-static's static build for that platform and CPU (its own install
// script, told the target and where to write), with the build's licence and README, which say
// which ffmpeg sources it was built from.
//   node scripts/fetch-ffmpeg.mjs [--arch x64|arm64] [--platform linux|darwin|win32] [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { targetArgs } from './target-args.mjs';

const require = createRequire(import.meta.url);
const { assertBinaryTarget } = require('./binary-target.cjs');

const values = targetArgs();
const root = path.resolve(import.meta.dirname, '..');
const staticDir = path.join(root, 'node_modules', 'ffmpeg-static');
const staticPkg = JSON.parse(readFileSync(path.join(staticDir, 'package.json'), 'utf8'));
const release = staticPkg['ffmpeg-static']['binary-release-tag'];

// ffmpeg-static publishes builds for these targets only (see its index.js).
const AVAILABLE = { darwin: ['x64', 'arm64'], linux: ['x64', 'ia32', 'arm64', 'arm'], win32: ['x64', 'ia32'] };
if (!AVAILABLE[values.platform]?.includes(values.arch)) {
  console.error(
    `There is no ffmpeg build for ${values.platform}-${values.arch} (ffmpeg-static ${release} has ${Object.entries(
      AVAILABLE,
    )
      .map(([p, a]) => a.map((x) => `${p}-${x}`).join(', '))
      .join(', ')}).`,
  );
  process.exit(1);
}

const outDir = path.join(root, 'native', 'ffmpeg', `${values.platform}-${values.arch}`);
const binary = path.join(outDir, values.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg');
const stampFile = path.join(outDir, 'build-info.json');
const stamp = { ffmpegStatic: staticPkg.version, release };
const licence = path.join(outDir, 'LICENSE.txt');
const readme = path.join(outDir, 'README.txt');

if (!values.force && [binary, licence, readme, stampFile].every((file) => existsSync(file))) {
  if (readFileSync(stampFile, 'utf8').trim() === JSON.stringify(stamp)) {
    console.log(`ffmpeg ${release} for ${values.platform}-${values.arch} is up to date.`);
    process.exit(0);
  }
}

mkdirSync(outDir, { recursive: true });
// ffmpeg-static's installer writes to FFMPEG_BIN (plus .README and .LICENSE beside it) and downloads
// the build for npm_config_platform / npm_config_arch rather than this machine's.
const result = spawnSync(process.execPath, [path.join(staticDir, 'install.js')], {
  cwd: staticDir,
  stdio: 'inherit',
  env: { ...process.env, FFMPEG_BIN: binary, npm_config_platform: values.platform, npm_config_arch: values.arch },
});
if (result.status !== 0 || !existsSync(binary)) {
  console.error(
    `Could not download ffmpeg ${release} for ${values.platform}-${values.arch} (needs network access to GitHub).`,
  );
  process.exit(1);
}
renameSync(`${binary}.LICENSE`, licence);
renameSync(`${binary}.README`, readme);
assertBinaryTarget(binary, values.platform, values.arch);
writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
console.log(`Wrote ${path.relative(root, binary)} (ffmpeg-static ${release}).`);
