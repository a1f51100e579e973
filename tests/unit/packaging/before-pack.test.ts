import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

const require = createRequire(import.meta.url);
const { binaryTarget, assertBinaryTarget } = require('../../../scripts/binary-target.cjs') as {
  binaryTarget(file: string): { platform: string; archs: string[] } | null;
  assertBinaryTarget(file: string, platform: string, arch: string): void;
};
const { checkTarget } = require('../../../scripts/before-pack.cjs') as {
  checkTarget(projectDir: string, platform: string, arch: string): void;
};

/** The first bytes of a thin Mach-O for one CPU (enough for the header check). */
function machO(cpu: number): Buffer {
  const head = Buffer.alloc(4096);
  head.writeUInt32LE(0xfeedfacf, 0);
  head.writeUInt32LE(cpu, 4);
  return head;
}

/** A PE file header: 'MZ', the PE offset at 0x3c, 'PE\0\0' and the machine. */
function pe(machine: number): Buffer {
  const head = Buffer.alloc(4096);
  head.write('MZ', 0, 'latin1');
  head.writeUInt32LE(0x80, 0x3c);
  head.writeUInt32LE(0x00004550, 0x80);
  head.writeUInt16LE(machine, 0x84);
  return head;
}

describe('binary-target: what a native binary was built for', () => {
  const dir = makeTempDir();
  afterAll(() => dir.remove());

  it('reads ELF, Mach-O (thin and universal) and PE headers', () => {
    expect(binaryTarget(process.execPath)).toEqual({ platform: 'linux', archs: [process.arch] });
    writeFileSync(path.join(dir.path, 'arm64.dylib'), machO(0x0100000c));
    expect(binaryTarget(path.join(dir.path, 'arm64.dylib'))).toEqual({ platform: 'darwin', archs: ['arm64'] });
    const fat = Buffer.alloc(4096);
    fat.writeUInt32BE(0xcafebabe, 0);
    fat.writeUInt32BE(2, 4);
    fat.writeUInt32BE(0x01000007, 8);
    fat.writeUInt32BE(0x0100000c, 28);
    writeFileSync(path.join(dir.path, 'universal'), fat);
    expect(binaryTarget(path.join(dir.path, 'universal'))).toEqual({ platform: 'darwin', archs: ['x64', 'arm64'] });
    writeFileSync(path.join(dir.path, 'ffmpeg.exe'), pe(0x8664));
    expect(binaryTarget(path.join(dir.path, 'ffmpeg.exe'))).toEqual({ platform: 'win32', archs: ['x64'] });
    writeFileSync(
      path.join(dir.path, 'notes.txt'),
      'not a binary at all, just some text that is long enough to read'.repeat(4),
    );
    expect(binaryTarget(path.join(dir.path, 'notes.txt'))).toBeNull();
  });

  it('refuses a binary built for another CPU or platform, naming both', () => {
    writeFileSync(path.join(dir.path, 'x64.node'), machO(0x01000007));
    expect(() => assertBinaryTarget(path.join(dir.path, 'x64.node'), 'darwin', 'arm64')).toThrow(
      /built for darwin-x64, not darwin-arm64/,
    );
    expect(() => assertBinaryTarget(process.execPath, 'win32', 'x64')).toThrow(/not win32-x64/);
    expect(() => assertBinaryTarget(path.join(dir.path, 'notes.txt'), 'linux', 'x64')).toThrow(/not a native binary/);
  });
});

describe('before-pack: a target packs only with its own addons and ffmpeg', () => {
  const project = makeTempDir();
  afterAll(() => project.remove());
  const target = `linux-${process.arch}`;

  function stage(files: Record<string, string | Buffer>): void {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project.path, file)), { recursive: true });
      writeFileSync(path.join(project.path, file), content);
    }
  }

  it('fails naming every missing file and the command that provides them', () => {
    expect(() => checkTarget(project.path, 'linux', process.arch)).toThrow(
      new RegExp(
        `missing native/electron/${target}/better_sqlite3.node, native/electron/${target}/keytar.node, native/ffmpeg/${target}/ffmpeg.*prepare-target\\.mjs --platform linux --arch ${process.arch}`,
      ),
    );
  });

  it('fails when an addon is built for another architecture, and passes when all match', () => {
    const native = `native/electron/${target}`;
    for (const addon of ['better_sqlite3.node', 'keytar.node']) {
      mkdirSync(path.join(project.path, native), { recursive: true });
      copyFileSync(process.execPath, path.join(project.path, native, addon));
    }
    mkdirSync(path.join(project.path, 'native/ffmpeg', target), { recursive: true });
    copyFileSync(process.execPath, path.join(project.path, 'native/ffmpeg', target, 'ffmpeg'));
    stage({
      [`native/ffmpeg/${target}/LICENSE.txt`]: 'GPL',
      [`native/ffmpeg/${target}/README.txt`]: 'build notes',
      'dist/notices/THIRD_PARTY_NOTICES.txt': 'notices',
    });
    expect(() => checkTarget(project.path, 'linux', process.arch)).not.toThrow();

    stage({ [`${native}/keytar.node`]: pe(0xaa64) });
    expect(() => checkTarget(project.path, 'linux', process.arch)).toThrow(/keytar\.node is built for win32-arm64/);
  });
});
