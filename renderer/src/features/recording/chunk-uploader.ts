import { call, type ApiError } from '../../api/client';

/** Bytes → base64 without building one huge string of char codes (chunks can be ~1 MB). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export interface ChunkUploader {
  /** Queues a MediaRecorder chunk; chunks are sent one at a time, in order. */
  push(blob: Blob): void;
  /** Resolves when every queued chunk has been written (or the upload failed). */
  drain(): Promise<void>;
  readonly bytesWritten: number;
}

/**
 * Sends MediaRecorder's chunks to main in order (`recording:chunk`, seq 0, 1, …), never two at
 * once, so main can refuse gaps and repeats. The first failure stops the upload and is reported
 * once (DISK_FULL included: main has already kept what was written).
 */
export function createChunkUploader(id: string, onError: (error: ApiError | Error) => void): ChunkUploader {
  let seq = 0;
  let bytesWritten = 0;
  let failed = false;
  let tail: Promise<void> = Promise.resolve();

  return {
    push(blob) {
      if (blob.size === 0) return;
      const mine = seq++;
      tail = tail.then(async () => {
        if (failed) return;
        try {
          const data = toBase64(new Uint8Array(await blob.arrayBuffer()));
          bytesWritten = (await call('recording:chunk', { id, seq: mine, data })).bytesWritten;
        } catch (error) {
          failed = true;
          onError(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    drain: () => tail,
    get bytesWritten() {
      return bytesWritten;
    },
  };
}
