import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../../shared/ipc/result';
import { isDiskFullError } from './disk-space';

/** Writes part of a buffer at the end of the file; returns how many bytes it wrote. */
export type WriteFn = (handle: FileHandle, data: Uint8Array) => Promise<number>;

const defaultWrite: WriteFn = async (handle, data) => (await handle.write(data, 0, data.length)).bytesWritten;

export interface SinkOptions {
  write?: WriteFn;
  /** fsync after this many chunks or this much time, whichever comes first. */
  syncEveryChunks?: number;
  syncEveryMs?: number;
  now?: () => number;
}

export interface AppendResult {
  bytesWritten: number;
  chunks: number;
}

interface OpenRecording {
  file: string;
  handle: FileHandle;
  nextSeq: number;
  bytes: number;
  unsyncedChunks: number;
  lastSyncAt: number;
  /** Appends run one after another even if calls overlap. */
  tail: Promise<unknown>;
  diskFull: boolean;
}

/**
 * The `.part` files of recordings in progress. Chunks are appended strictly in sequence (a gap
 * or a repeat is refused with CONFLICT, so the file is never silently out of order), and the
 * file is fsynced every few chunks so a crash loses at most a few seconds.
 */
export class RecordingSink {
  private readonly open = new Map<string, OpenRecording>();
  private readonly write: WriteFn;
  private readonly syncEveryChunks: number;
  private readonly syncEveryMs: number;
  private readonly now: () => number;

  constructor(options: SinkOptions = {}) {
    this.write = options.write ?? defaultWrite;
    this.syncEveryChunks = options.syncEveryChunks ?? 3;
    this.syncEveryMs = options.syncEveryMs ?? 3000;
    this.now = options.now ?? Date.now;
  }

  has(id: string): boolean {
    return this.open.has(id);
  }

  async create(id: string, file: string): Promise<void> {
    if (this.open.has(id)) throw new AppError('CONFLICT', `Recording ${id} is already open`);
    // 'wx': never append to a file left by something else.
    const handle = await open(file, 'wx');
    this.open.set(id, {
      file,
      handle,
      nextSeq: 0,
      bytes: 0,
      unsyncedChunks: 0,
      lastSyncAt: this.now(),
      tail: Promise.resolve(),
      diskFull: false,
    });
  }

  append(id: string, seq: number, data: Uint8Array): Promise<AppendResult> {
    const rec = this.open.get(id);
    if (!rec)
      return Promise.reject(
        new AppError('NOT_FOUND', `Recording ${id} is not in progress (it was stopped, or the app restarted)`),
      );
    const run = rec.tail.then(() => this.appendNow(id, rec, seq, data));
    rec.tail = run.catch(() => undefined);
    return run;
  }

  private async appendNow(id: string, rec: OpenRecording, seq: number, data: Uint8Array): Promise<AppendResult> {
    if (rec.diskFull)
      throw new AppError('DISK_FULL', 'The disk is full; this recording was stopped and what was recorded is kept.');
    if (seq < rec.nextSeq)
      throw new AppError(
        'CONFLICT',
        `Chunk ${seq} of recording ${id} was already received (expected chunk ${rec.nextSeq})`,
      );
    if (seq > rec.nextSeq)
      throw new AppError(
        'CONFLICT',
        `Chunk ${seq} of recording ${id} arrived before chunk ${rec.nextSeq}; chunks must arrive in order`,
      );
    let offset = 0;
    try {
      while (offset < data.length) {
        const written = await this.write(rec.handle, data.subarray(offset));
        if (written <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
        offset += written;
        rec.bytes += written;
      }
    } catch (error) {
      if (!isDiskFullError(error)) throw error;
      rec.diskFull = true;
      await rec.handle.datasync().catch(() => undefined);
      throw new AppError('DISK_FULL', 'The disk is full; this recording was stopped and what was recorded is kept.');
    }
    rec.nextSeq += 1;
    rec.unsyncedChunks += 1;
    if (rec.unsyncedChunks >= this.syncEveryChunks || this.now() - rec.lastSyncAt >= this.syncEveryMs) {
      await rec.handle.datasync();
      rec.unsyncedChunks = 0;
      rec.lastSyncAt = this.now();
    }
    return { bytesWritten: rec.bytes, chunks: rec.nextSeq };
  }

  /** Flushes and closes; resolves with the totals. Safe to call on an unknown id (null). */
  async close(id: string): Promise<(AppendResult & { diskFull: boolean }) | null> {
    const rec = this.open.get(id);
    if (!rec) return null;
    this.open.delete(id);
    await rec.tail;
    await rec.handle.datasync().catch(() => undefined);
    await rec.handle.close();
    return { bytesWritten: rec.bytes, chunks: rec.nextSeq, diskFull: rec.diskFull };
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.close(id)));
  }
}
