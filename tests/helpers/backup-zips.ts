import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { openBackupZip } from '../../electron/main/data-import/backup-zip';

/**
 * Writes a ZIP holding exactly these entries, in this order (repeats allowed, as a hostile tool
 * could); `mode` sets an entry's Unix file type and permissions (0o120777 makes a symbolic link).
 */
export async function writeZip(
  file: string,
  entries: Array<[name: string, content: string | Buffer, mode?: number]>,
): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(file));
  for (const [name, content, mode] of entries) zip.addBuffer(Buffer.from(content), name, mode ? { mode } : {});
  zip.end();
  await done;
}

/** Every entry of an export ZIP, read through the import's own reader. */
export async function readZip(file: string): Promise<Array<[string, Buffer]>> {
  const zip = await openBackupZip(file);
  try {
    const out: Array<[string, Buffer]> = [];
    for (const name of zip.entries.keys()) out.push([name, await zip.readBuffer(name)]);
    return out;
  } finally {
    zip.close();
  }
}

/** Rewrites an export with some entries changed (a function of the old content) or added. */
export async function rewriteZip(
  from: string,
  to: string,
  change: Record<string, (old: Buffer | undefined) => string | Buffer>,
): Promise<void> {
  const entries = await readZip(from);
  const names = new Set(entries.map(([name]) => name));
  const changed = entries.map(([name, content]): [string, Buffer | string] => [
    name,
    change[name] ? change[name](content) : content,
  ]);
  for (const [name, make] of Object.entries(change)) if (!names.has(name)) changed.push([name, make(undefined)]);
  await writeZip(to, changed);
}

const CENTRAL_HEADER = 0x02014b50;

/**
 * Sets the uncompressed size an entry declares in the central directory (what readers trust),
 * to make a ZIP that lies about what it unpacks to.
 */
export function patchDeclaredSize(file: string, name: string, size: number): void {
  const bytes = readFileSync(file);
  const wanted = Buffer.from(name);
  for (let at = 0; at < bytes.length - 46; at++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_HEADER) continue;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + nameLength).equals(wanted)) {
      bytes.writeUInt32LE(size, at + 24);
      writeFileSync(file, bytes);
      return;
    }
  }
  throw new Error(`No central directory entry named ${name}`);
}

/** Replaces an entry's name everywhere it is written (same length), e.g. to smuggle in "../". */
export function renameEntryBytes(file: string, from: string, to: string): void {
  if (from.length !== to.length) throw new Error('Names must have the same length');
  const bytes = readFileSync(file);
  const needle = Buffer.from(from);
  let at = bytes.indexOf(needle);
  if (at < 0) throw new Error(`${from} not found`);
  while (at >= 0) {
    bytes.write(to, at, 'utf8');
    at = bytes.indexOf(needle, at + 1);
  }
  writeFileSync(file, bytes);
}
