import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RecordingQueries } from '../db/queries/recordings';
import { idFromPartFile, recordingFiles } from './media-files';

export interface RecoveryReport {
  /** Recordings to (re)process; `recovered` marks those the crash caught mid-recording. */
  toProcess: Array<{ id: string; recovered: boolean }>;
  /** Leftovers removed: half-written outputs, `.part` files of ready rows, files of deleted rows. */
  removedFiles: string[];
}

/**
 * What a crash (or a kill, or a power cut) leaves behind, found at start-up:
 * - rows still 'recording' → the app died mid-recording: recover the `.part`;
 * - rows still 'processing' → it died while processing: process again (the `.part` is still there);
 * - `.part` files with no row at all → adopt them as recovered recordings;
 * - `.part` files of rows already 'ready' → the crash came between the remux and the clean-up;
 * - rows 'failed' because the disk was full while processing → try again now;
 * - finished files (`.webm`, `.jpg`, `.peaks.json`) with no row → a deleted recording's, which a
 *   crash or a racing job left behind: removed, so they are not kept or exported.
 */
export async function findUnfinishedRecordings(options: {
  recordingsDir: string;
  rows: RecordingQueries;
  /** Recordings this process is writing right now, which are not leftovers. */
  isOpen: (id: string) => boolean;
}): Promise<RecoveryReport> {
  const { recordingsDir, rows } = options;
  const report: RecoveryReport = { toProcess: [], removedFiles: [] };
  const queued = new Set<string>();

  const retry = (await rows.unfinished()).concat(await rows.failedForDiskSpace());
  for (const row of retry) {
    if (options.isOpen(row.id)) continue;
    report.toProcess.push({ id: row.id, recovered: row.status === 'recording' || row.recovered === 1 });
    queued.add(row.id);
  }

  const names = await readdir(recordingsDir).catch(() => [] as string[]);
  for (const name of names) {
    const full = path.join(recordingsDir, name);
    if (/\.(remux\.webm|thumb\.jpg|peaks\.json\.tmp)$/.test(name)) {
      const id = name.split('.')[0] ?? '';
      if (!options.isOpen(id) && !queued.has(id)) {
        await rm(full, { force: true });
        report.removedFiles.push(name);
      }
      continue;
    }
    const id = idFromPartFile(name);
    if (!id || queued.has(id) || options.isOpen(id)) continue;
    const row = await rows.get(id);
    if (row?.status === 'ready') {
      await rm(full, { force: true });
      report.removedFiles.push(name);
    } else if (!row) {
      const info = await stat(full);
      await rows.insert({
        id,
        status: 'processing',
        // The mode is probed from the file when it is processed (chunk_count 0 marks it unknown).
        mode: 'video',
        mime_type: 'video/webm',
        file_name: path.basename(recordingFiles(recordingsDir, id).part),
        bytes_written: info.size,
        recovered: 1,
        created_at: info.mtime.toISOString(),
      });
      report.toProcess.push({ id, recovered: true });
      queued.add(id);
    }
  }

  // After the adoptions above, so an adopted .part keeps the files its processing will replace.
  for (const name of names) {
    const id = /^([a-z0-9-]{8,64})\.(webm|jpg|peaks\.json)$/.exec(name)?.[1];
    if (!id || queued.has(id) || options.isOpen(id) || (await rows.get(id))) continue;
    await rm(path.join(recordingsDir, name), { force: true });
    report.removedFiles.push(name);
  }
  return report;
}
