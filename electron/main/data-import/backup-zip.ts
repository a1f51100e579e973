import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/ipc/result';

/** What an import reads at most, so a hostile or broken file cannot fill the disk or the memory. */
export interface BackupZipLimits {
  entries: number;
  /** All entries together, uncompressed. */
  totalBytes: number;
  /** One table's JSON (parsed in memory). */
  tableBytes: number;
  /** manifest.json, settings.json, README.txt, a waveform or a thumbnail. */
  smallBytes: number;
  /** One recording. */
  mediaBytes: number;
}

export const DEFAULT_BACKUP_ZIP_LIMITS: BackupZipLimits = {
  entries: 50_000,
  totalBytes: 64 * 1024 ** 3,
  // Under V8's longest string (2^29 characters): a table is parsed as one string.
  tableBytes: 500 * 1024 ** 2,
  smallBytes: 16 * 1024 ** 2,
  mediaBytes: 8 * 1024 ** 3,
};

export type BackupEntryKind = 'manifest' | 'readme' | 'settings' | 'table' | 'recording-file';

export interface BackupEntry {
  name: string;
  kind: BackupEntryKind;
  /** Uncompressed size as the ZIP declares it; yauzl refuses an entry that inflates to more. */
  size: number;
  entry: yauzl.Entry;
}

export interface BackupZip {
  entries: ReadonlyMap<string, BackupEntry>;
  /** Names that are not part of an export (another tool's extras): left alone. */
  ignored: string[];
  readBuffer(name: string): Promise<Buffer>;
  extractTo(name: string, file: string): Promise<void>;
  close(): void;
}

const TABLE_ENTRY = /^tables\/[a-z][a-z0-9_]{0,63}\.json$/;
const RECORDING_ENTRY = /^recordings\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function notABackup(message: string): AppError {
  return new AppError('BAD_INPUT', `${message} Nothing was imported.`);
}

function unsafe(name: string): AppError {
  return notABackup(`The file holds an unsafe path ("${name.slice(0, 120)}"), so it is not an IntervYou export.`);
}

function kindOf(name: string): BackupEntryKind | null {
  if (name === 'manifest.json') return 'manifest';
  if (name === 'README.txt') return 'readme';
  if (name === 'settings.json') return 'settings';
  if (TABLE_ENTRY.test(name)) return 'table';
  if (RECORDING_ENTRY.test(name)) return 'recording-file';
  return null;
}

/** Zip-slip and friends: absolute, drive-letter, backslash, parent or empty segments, control characters. */
function isUnsafeName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 512 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(name) ||
    name
      .split('/')
      .some((segment, i, all) => segment === '..' || segment === '.' || (segment === '' && i < all.length - 1))
  );
}

function capFor(kind: BackupEntryKind, limits: BackupZipLimits, name: string): number {
  if (kind === 'table') return limits.tableBytes;
  if (kind === 'recording-file' && name.endsWith('.webm')) return limits.mediaBytes;
  return limits.smallBytes;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    );
  });
}

function readEntries(zip: yauzl.ZipFile, limits: BackupZipLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > limits.entries) {
      reject(notABackup(`The file holds ${zip.entryCount} entries, more than an export ever has (${limits.entries}).`));
      return;
    }
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** yauzl's own refusals, in words a person can act on. */
function explain(error: unknown): Error {
  if (error instanceof AppError) return error;
  // A file-system failure while writing (a full disk) is not the archive's fault.
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const name = /(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(message);
  if (name) return unsafe(name[1] ?? '');
  if (/end of central directory|central directory|local file header|unexpected EOF|not enough bytes/i.test(message)) {
    return notABackup('The file is not a complete ZIP archive (it may have been cut short while copying).');
  }
  if (
    /too many bytes|too few bytes|invalid stored block|invalid distance|incorrect header check|unknown compression/i.test(
      message,
    )
  ) {
    return notABackup(`The ZIP archive is damaged (${message}).`);
  }
  if (/encrypted/i.test(message)) return notABackup('The ZIP archive is encrypted; IntervYou exports never are.');
  return notABackup(`The file could not be read as a ZIP archive (${message}).`);
}

/** Counts what really comes out, so a lying header fails here even if the inflater trusted it. */
function capped(limit: number, name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(notABackup(`"${name}" is larger than its header says.`));
      else done(null, chunk);
    },
  });
}

/**
 * Opens an export ZIP and checks its table of contents before anything is read: names (no path
 * may leave the folder it is extracted to, no duplicates, no links), entry count, and the declared
 * sizes against per-kind and total caps (a zip bomb fails here, not after filling the disk).
 */
export async function openBackupZip(
  file: string,
  limits: BackupZipLimits = DEFAULT_BACKUP_ZIP_LIMITS,
): Promise<BackupZip> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw explain(error);
  }
  try {
    const raw = await readEntries(zip, limits).catch((error: unknown) => {
      throw explain(error);
    });
    const entries = new Map<string, BackupEntry>();
    const seen = new Set<string>();
    const ignored: string[] = [];
    let total = 0;
    for (const entry of raw) {
      const name = entry.fileName;
      if (isUnsafeName(name)) throw unsafe(name);
      const folded = name.toLowerCase();
      if (seen.has(folded)) throw notABackup(`The file holds "${name}" twice, so which one to use is unclear.`);
      seen.add(folded);
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw unsafe(name);
      if (entry.generalPurposeBitFlag & 0x1)
        throw notABackup('The ZIP archive is encrypted; IntervYou exports never are.');
      if (name.endsWith('/')) continue;
      total += entry.uncompressedSize;
      if (total > limits.totalBytes) {
        throw notABackup('The file unpacks to more than an export can hold; it may be a "zip bomb".');
      }
      const kind = kindOf(name);
      if (!kind) {
        ignored.push(name);
        continue;
      }
      const cap = capFor(kind, limits, name);
      if (entry.uncompressedSize > cap) {
        throw notABackup(`"${name}" unpacks to ${entry.uncompressedSize} bytes, more than the ${cap} allowed for it.`);
      }
      entries.set(name, { name, kind, size: entry.uncompressedSize, entry });
    }
    if (!entries.has('manifest.json')) {
      throw notABackup('The file has no manifest.json, so it is not an IntervYou export.');
    }

    const stream = async (name: string): Promise<{ source: Readable; limit: Transform }> => {
      const found = entries.get(name);
      if (!found) throw new Error(`No entry ${name}`);
      const source = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(found.entry, (error, readable) => (error ? reject(explain(error)) : resolve(readable))),
      );
      return { source, limit: capped(found.size, name) };
    };

    return {
      entries,
      ignored,
      async readBuffer(name) {
        const { source, limit } = await stream(name);
        const chunks: Buffer[] = [];
        try {
          await pipeline(source, limit, async (input: AsyncIterable<Buffer>) => {
            for await (const chunk of input) chunks.push(chunk);
          });
        } catch (error) {
          throw explain(error);
        }
        return Buffer.concat(chunks);
      },
      async extractTo(name, target) {
        const { source, limit } = await stream(name);
        try {
          // 'wx': never writes through a file (or link) that is already there.
          await pipeline(source, limit, createWriteStream(target, { flags: 'wx' }));
        } catch (error) {
          throw explain(error);
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
