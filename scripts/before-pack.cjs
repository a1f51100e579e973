// electron-builder's beforePack hook: a target is packed only with everything it needs beside the
// bundled JavaScript, built for its own platform and CPU. A missing or wrong-architecture addon or
// ffmpeg fails the build here rather than an installed app at its first recording.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
const { assertBinaryTarget } = require('./binary-target.cjs');

/** What each target must carry, relative to the project folder. */
function requiredFiles(projectDir, platform, arch) {
  const target = `${platform}-${arch}`;
  const ffmpeg = platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
  return {
    binaries: [
      path.join(projectDir, 'native', 'electron', target, 'better_sqlite3.node'),
      path.join(projectDir, 'native', 'electron', target, 'keytar.node'),
      path.join(projectDir, 'native', 'ffmpeg', target, ffmpeg),
    ],
    others: [
      path.join(projectDir, 'native', 'ffmpeg', target, 'LICENSE.txt'),
      path.join(projectDir, 'native', 'ffmpeg', target, 'README.txt'),
      path.join(projectDir, 'dist', 'notices', 'THIRD_PARTY_NOTICES.txt'),
    ],
  };
}

function checkTarget(projectDir, platform, arch) {
  const files = requiredFiles(projectDir, platform, arch);
  const missing = [...files.binaries, ...files.others].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Cannot pack ${platform}-${arch}: missing ${missing.map((f) => path.relative(projectDir, f)).join(', ')}. ` +
        `Run: node scripts/prepare-target.mjs --platform ${platform} --arch ${arch} (and npm run build)`,
    );
  }
  for (const file of files.binaries) assertBinaryTarget(file, platform, arch);
}

// electron-builder's Arch enum (builder-util), by value; the hook must not need node_modules.
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.requiredFiles = requiredFiles;
exports.checkTarget = checkTarget;
exports.default = async function beforePack(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  checkTarget(context.packager.projectDir, platform, ARCH_NAMES[context.arch] ?? String(context.arch));
};
