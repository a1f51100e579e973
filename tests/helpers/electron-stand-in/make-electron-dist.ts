import { build } from 'esbuild';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Electron's fuse sentinel, as @electron/fuses looks for it in the binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's own defaults for the eight V1 fuses ('1' on, '0' off), which packaging flips. */
export const DEFAULT_FUSE_WIRE = '10110001';

export const FUSE_NAMES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * A folder electron-builder accepts as `electronDist` for Linux: an `electron` launcher that runs
 * the stand-in (runner.ts) with this machine's Node and carries the fuse wire in a comment line,
 * so packaging flips real fuse bytes that tests can read back.
 */
export async function makeStandInElectronDist(dir: string, electronVersion: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const runner = path.join(dir, 'stand-in-runner.cjs');
  await build({
    entryPoints: [path.join(root, 'tests/helpers/electron-stand-in/runner.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // @electron/asar asks for Electron's original-fs only when running inside Electron.
    external: ['original-fs'],
    logLevel: 'silent',
  });
  const fuseLine = Buffer.concat([
    Buffer.from(`# fuses: ${FUSE_SENTINEL}`, 'latin1'),
    Buffer.from([1, DEFAULT_FUSE_WIRE.length]),
    Buffer.from(`${DEFAULT_FUSE_WIRE}\n`, 'latin1'),
  ]);
  const launcher = Buffer.concat([
    Buffer.from('#!/bin/sh\n', 'latin1'),
    fuseLine,
    Buffer.from(
      `here="$(dirname "$(readlink -f "$0")")"\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(runner)} "$here" "$@"\n`,
      'latin1',
    ),
  ]);
  const electron = path.join(dir, 'electron');
  writeFileSync(electron, launcher);
  chmodSync(electron, 0o755);
  writeFileSync(path.join(dir, 'version'), electronVersion);
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron binary (tests only).\n');
  return dir;
}

/** The fuse wire in a packed executable, by fuse name ('1' on, '0' off). */
export function readFuseWire(executable: Buffer): Record<(typeof FUSE_NAMES)[number], string> {
  const at = executable.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  if (at < FUSE_SENTINEL.length) throw new Error('no fuse sentinel in the executable');
  const length = executable[at + 1] ?? 0;
  const wire = executable.subarray(at + 2, at + 2 + length).toString('latin1');
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [name, wire[i] ?? '?'])) as Record<
    (typeof FUSE_NAMES)[number],
    string
  >;
}
