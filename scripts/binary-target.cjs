// What platform and CPU a native binary was built for, read from its header (ELF, Mach-O, PE), so
// packaging can refuse an addon or an ffmpeg built for another target. CommonJS because
// electron-builder's beforePack hook (scripts/before-pack.cjs) requires it.
'use strict';
const { closeSync, openSync, readSync } = require('node:fs');

const ELF_MACHINES = { 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32', 0x28: 'arm' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES = { 0x8664: 'x64', 0xaa64: 'arm64', 0x014c: 'ia32' };

function readHead(file, length) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** { platform: 'linux' | 'darwin' | 'win32', archs: string[] } or null when the file is none of these. */
function binaryTarget(file) {
  const head = readHead(file, 4096);
  if (head.length < 64) return null;
  if (head.readUInt32BE(0) === 0x7f454c46) {
    const littleEndian = head[5] === 1;
    const machine = littleEndian ? head.readUInt16LE(18) : head.readUInt16BE(18);
    return { platform: 'linux', archs: [ELF_MACHINES[machine] ?? `elf-machine-${machine}`] };
  }
  const magicLE = head.readUInt32LE(0);
  if (magicLE === 0xfeedfacf || magicLE === 0xfeedface) {
    const cpu = head.readUInt32LE(4);
    return { platform: 'darwin', archs: [MACHO_CPUS[cpu] ?? `macho-cpu-${cpu}`] };
  }
  if (head.readUInt32BE(0) === 0xcafebabe) {
    // A universal (fat) Mach-O: a list of slices, big-endian.
    const count = head.readUInt32BE(4);
    const archs = [];
    for (let i = 0; i < count && 8 + i * 20 + 4 <= head.length; i++) {
      const cpu = head.readUInt32BE(8 + i * 20);
      archs.push(MACHO_CPUS[cpu] ?? `macho-cpu-${cpu}`);
    }
    return { platform: 'darwin', archs };
  }
  if (head.readUInt16LE(0) === 0x5a4d) {
    const peOffset = head.readUInt32LE(0x3c);
    if (peOffset + 6 > head.length || head.readUInt32LE(peOffset) !== 0x00004550) return null;
    const machine = head.readUInt16LE(peOffset + 4);
    return { platform: 'win32', archs: [PE_MACHINES[machine] ?? `pe-machine-${machine}`] };
  }
  return null;
}

/** Throws, naming the file and both targets, unless the binary runs on platform-arch. */
function assertBinaryTarget(file, platform, arch) {
  const target = binaryTarget(file);
  if (!target) throw new Error(`${file} is not a native binary (ELF, Mach-O or PE)`);
  if (target.platform !== platform || !target.archs.includes(arch)) {
    throw new Error(`${file} is built for ${target.platform}-${target.archs.join('+')}, not ${platform}-${arch}`);
  }
}

module.exports = { binaryTarget, assertBinaryTarget };
