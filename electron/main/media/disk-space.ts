import { statfs } from 'node:fs/promises';

/** Below this much free space a new recording is refused (room for the recording and its remux). */
export const MIN_FREE_BYTES = 300 * 1024 * 1024;

export type FreeSpaceProbe = (dir: string) => Promise<number>;

/** Bytes an unprivileged process may still write on the file system holding `dir`. */
export const freeBytes: FreeSpaceProbe = async (dir) => {
  const stats = await statfs(dir);
  return Number(stats.bavail) * Number(stats.bsize);
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function isDiskFullError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
