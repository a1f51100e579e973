import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { RecordingSummary, RecordingView, WaveformPeaksView } from '../../../shared/ipc/channels/recording';
import type { RecordingProgress } from '../../../shared/ipc/channels/recording';
import { AppError } from '../../../shared/ipc/result';
import { recordingQueries } from '../db/queries/recordings';
import type { Database, RecordingRow } from '../db/schema';
import type { EventBus } from '../events';
import { prewarmAnalysisWorker, shutdownAnalysisWorkers } from './analysis-client';
import { formatBytes, freeBytes, isDiskFullError, MIN_FREE_BYTES, type FreeSpaceProbe } from './disk-space';
import {
  BUNDLED_FFMPEG_MISSING_MESSAGE,
  FFMPEG_MISSING_MESSAGE,
  locateFfmpeg,
  type LocateFfmpegOptions,
} from './ffmpeg-locate';
import { recordingFiles } from './media-files';
import { DISK_FULL_PROCESSING_MESSAGE, MediaError } from './media-processor';
import { createMediaSigner, type MediaKind, type MediaSigner } from './media-token';
import { processRecording } from './process-recording';
import { RecordingSink, type WriteFn } from './recording-sink';
import { findUnfinishedRecordings, type RecoveryReport } from './recovery';
import { summaryOf, viewOf } from './recording-view';

export interface MediaServiceOptions {
  db: Kysely<Database>;
  recordingsDir: string;
  events: EventBus;
  now: () => Date;
  /** ffmpeg to use; located on first need when omitted (see ffmpeg-locate.ts). */
  ffmpegPath?: string;
  /** How to locate ffmpeg when ffmpegPath is omitted (the packaged app passes its bundled copy). */
  locateFfmpeg?: LocateFfmpegOptions;
  minFreeBytes?: number;
  freeSpace?: FreeSpaceProbe;
  write?: WriteFn;
  signer?: MediaSigner;
  /** A recording that receives no chunk for this long is closed and processed (default 60 s). */
  recordingIdleMs?: number;
}

/** MediaRecorder sends a chunk every second; a minute of silence means the page is gone. */
export const RECORDING_IDLE_MS = 60_000;

export interface StartRecordingRequest {
  mode: 'audio' | 'video';
  mimeType: string;
  questionId: string | null;
  questionText: string | null;
}

export interface MediaFile {
  file: string;
  contentType: string;
}

/**
 * Recordings from first chunk to playable, analysed file: the sink, the processing queue (one
 * recording at a time, in the background), crash recovery and signed media URLs.
 */
export function createMediaService(options: MediaServiceOptions) {
  const { db, recordingsDir, events } = options;
  const rows = recordingQueries(db, options.now);
  const sink = new RecordingSink(options.write ? { write: options.write } : {});
  const signer = options.signer ?? createMediaSigner();
  const minFree = options.minFreeBytes ?? MIN_FREE_BYTES;
  const probeFree = options.freeSpace ?? freeBytes;
  const files = (id: string) => recordingFiles(recordingsDir, id);
  const shutdown = new AbortController();
  let queue: Promise<void> = Promise.resolve();
  // `done` settles when the job has stopped writing the recording's files (a delete waits for it).
  let current: { id: string; abort: AbortController; done: Promise<void> } | null = null;
  let ffmpegPath = options.ffmpegPath ?? null;
  let recovering: Promise<RecoveryReport> | null = null;
  // At most one recording is open at a time: the app has one window, and a renderer that reloads
  // or crashes mid-recording must not leave files open behind it.
  let active: { id: string; idle: NodeJS.Timeout } | null = null;
  const idleMs = options.recordingIdleMs ?? RECORDING_IDLE_MS;

  const progress = (payload: RecordingProgress): void => events.emit('recording:progress', payload);
  const changed = (): void => events.emit('data:changed', { scope: 'recordings' });

  const ffmpeg = (): string => {
    ffmpegPath ??= locateFfmpeg(options.locateFfmpeg)?.path ?? null;
    if (!ffmpegPath) {
      const message = options.locateFfmpeg?.bundled ? BUNDLED_FFMPEG_MISSING_MESSAGE : FFMPEG_MISSING_MESSAGE;
      throw new MediaError(message, 'ffmpeg not found');
    }
    return ffmpegPath;
  };

  const requireRow = async (id: string): Promise<RecordingRow> => {
    const row = await rows.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That recording does not exist (it may have been deleted).');
    return row;
  };

  const urlsFor = (row: RecordingRow) => ({
    media: row.status === 'ready' ? signer.sign(row.id, 'media') : null,
    thumbnail:
      row.status === 'ready' && row.mode === 'video' && existsSync(files(row.id).thumbnail)
        ? signer.sign(row.id, 'thumbnail')
        : null,
  });

  async function processOne(id: string, recovered: boolean): Promise<void> {
    const abort = new AbortController();
    let settle = (): void => undefined;
    // Current before the row is read: a delete arriving meanwhile must find and wait for this job.
    current = { id, abort, done: new Promise<void>((resolve) => (settle = resolve)) };
    const stop = (): void => abort.abort();
    shutdown.signal.addEventListener('abort', stop, { once: true });
    let started = false;
    try {
      const row = await rows.get(id);
      if (!row || abort.signal.aborted || shutdown.signal.aborted) return;
      started = true;
      progress({ id, stage: 'processing', percent: 0 });
      const done = await processRecording({
        ffmpegPath: ffmpeg(),
        files: files(id),
        // A .part adopted without its row has no chunk count and an unknown mode: probe it.
        mode: recovered && row.chunk_count === 0 ? null : row.mode,
        expectedDurationSec: row.chunk_count > 0 ? row.chunk_count : null,
        onProgress: (stage, percent) => progress({ id, stage, percent }),
        signal: abort.signal,
      });
      await rows.update(id, {
        status: 'ready',
        mode: done.mode,
        file_name: path.basename(files(id).media),
        bytes_written: done.mediaBytes,
        duration_sec: Math.round(done.durationSec * 1000) / 1000,
        analysis: JSON.stringify(done.analysis),
        error: null,
        ...(recovered ? { recovered: 1 } : {}),
      });
      await rm(files(id).part, { force: true });
      progress({ id, stage: 'ready', percent: 100 });
    } catch (error) {
      if (abort.signal.aborted) return; // shutting down or deleted: the next start picks it up
      const reason = isDiskFullError(error)
        ? DISK_FULL_PROCESSING_MESSAGE
        : error instanceof MediaError
          ? error.message
          : `Processing failed: ${error instanceof Error ? error.message : String(error)}`;
      const kept =
        existsSync(files(id).part) && reason !== DISK_FULL_PROCESSING_MESSAGE
          ? ` The original recording is kept (${path.basename(files(id).part)}).`
          : '';
      await rows
        .update(id, { status: 'failed', error: `${reason}${kept}`, ...(recovered ? { recovered: 1 } : {}) })
        .catch(() => undefined);
      progress({ id, stage: 'failed', percent: null, message: `${reason}${kept}` });
    } finally {
      shutdown.signal.removeEventListener('abort', stop);
      current = null;
      settle();
      if (started) changed();
    }
  }

  const enqueue = (id: string, recovered: boolean): void => {
    progress({ id, stage: 'queued', percent: null });
    queue = queue
      .then(() => processOne(id, recovered))
      .catch((error: unknown) => console.error('[media] processing failed', error));
  };

  /**
   * Closes the file and queues processing: what was recorded is kept. A recording closed because
   * its page went away (`abandoned`) that never received a byte is removed instead.
   */
  async function finish(id: string, abandoned = false): Promise<{ id: string; status: RecordingRow['status'] }> {
    if (active?.id === id) {
      clearTimeout(active.idle);
      active = null;
    }
    const row = await requireRow(id);
    const closed = await sink.close(id);
    if (!closed) {
      // Already stopped (a repeated stop, or the disk filled): report where it is.
      return { id, status: row.status };
    }
    if (abandoned && closed.bytesWritten === 0) {
      await rm(files(id).part, { force: true });
      await rows.remove(id);
      changed();
      return { id, status: 'failed' };
    }
    await rows.update(id, { status: 'processing', bytes_written: closed.bytesWritten, chunk_count: closed.chunks });
    enqueue(id, false);
    return { id, status: 'processing' };
  }

  const armIdle = (id: string): NodeJS.Timeout => {
    const timer = setTimeout(() => {
      console.warn(`[media] recording ${id} received nothing for ${idleMs / 1000} s; closing it`);
      finish(id, true).catch((error: unknown) => console.error('[media] closing an idle recording failed', error));
    }, idleMs);
    timer.unref();
    return timer;
  };

  return {
    async start(request: StartRecordingRequest): Promise<{ id: string }> {
      if (active) {
        console.warn(`[media] a new recording started while ${active.id} was open; closing that one first`);
        await finish(active.id, true);
      }
      const free = await probeFree(recordingsDir);
      if (free < minFree) {
        throw new AppError(
          'DISK_FULL',
          `Only ${formatBytes(free)} of disk space is free; recording needs at least ${formatBytes(minFree)}. Free up some space and try again.`,
        );
      }
      const id = randomUUID();
      await rows.insert({
        id,
        status: 'recording',
        mode: request.mode,
        mime_type: request.mimeType,
        file_name: path.basename(files(id).part),
        question_id: request.questionId,
        question_text: request.questionText,
      });
      try {
        await sink.create(id, files(id).part);
      } catch (error) {
        await rows.remove(id);
        throw error;
      }
      active = { id, idle: armIdle(id) };
      // Load the analysis code now so it is ready when the recording stops.
      try {
        prewarmAnalysisWorker();
      } catch (error) {
        console.error('[media] could not start the analysis worker', error);
      }
      changed();
      return { id };
    },

    async appendChunk(id: string, seq: number, base64: string): Promise<{ bytesWritten: number }> {
      const bytes = Buffer.from(base64, 'base64');
      if (active?.id === id) {
        clearTimeout(active.idle);
        active.idle = armIdle(id);
      }
      try {
        const result = await sink.append(id, seq, bytes);
        await rows.update(id, { bytes_written: result.bytesWritten, chunk_count: result.chunks });
        return { bytesWritten: result.bytesWritten };
      } catch (error) {
        if (error instanceof AppError && error.code === 'DISK_FULL') {
          // Stop cleanly: close the file and process what was written. The database may be on the
          // same full disk; if the row cannot be updated it stays 'recording' and is recovered at
          // the next start instead.
          const closed = await sink.close(id);
          if (closed) {
            const updated = await rows
              .update(id, { status: 'processing', bytes_written: closed.bytesWritten, chunk_count: closed.chunks })
              .then(
                () => true,
                () => false,
              );
            if (updated) enqueue(id, false);
          }
        }
        throw error;
      }
    },

    stop: (id: string) => finish(id),

    async get(id: string): Promise<RecordingView> {
      const row = await requireRow(id);
      return viewOf(row, urlsFor(row));
    },

    async peaks(id: string): Promise<WaveformPeaksView> {
      const row = await requireRow(id);
      if (row.status !== 'ready') throw new AppError('CONFLICT', 'The recording has not been processed yet.');
      try {
        return JSON.parse(await readFile(files(id).peaks, 'utf8')) as WaveformPeaksView;
      } catch {
        throw new AppError('NOT_FOUND', 'The waveform of this recording is missing.');
      }
    },

    async list(input: { recoveredNotice: boolean; limit: number }): Promise<RecordingSummary[]> {
      const list = await rows.list(input);
      return list.map((row) => summaryOf(row, urlsFor(row).thumbnail));
    },

    dismissRecovered: () => rows.dismissRecoveredNotice(),

    /** The attempt graded from this recording (the latest, if the user scored it again). */
    async linkAttempt(id: string, attemptId: string): Promise<void> {
      await rows.update(id, { attempt_id: attemptId });
    },

    async delete(id: string): Promise<boolean> {
      await sink.close(id);
      if (current?.id === id) {
        // Wait for the job to stop (an aborted job ends promptly): a job that had just finished
        // processing would otherwise move its files into place after they were removed.
        current.abort.abort();
        await current.done;
      }
      const removed = await rows.remove(id);
      const names = await readdir(recordingsDir).catch(() => [] as string[]);
      await Promise.all(
        names.filter((n) => n.startsWith(`${id}.`)).map((n) => rm(path.join(recordingsDir, n), { force: true })),
      );
      if (removed) changed();
      return removed;
    },

    /** Finds what a crash left and queues it; resolves when everything found has been processed. */
    recover(): Promise<RecoveryReport> {
      // One scan at a time: two overlapping scans would both adopt the same orphaned .part file.
      const previous = recovering?.catch(() => undefined) ?? Promise.resolve();
      recovering = previous.then(async () => {
        const report = await findUnfinishedRecordings({ recordingsDir, rows, isOpen: (id) => sink.has(id) });
        for (const item of report.toProcess) enqueue(item.id, item.recovered);
        if (report.toProcess.length || report.removedFiles.length) changed();
        await queue;
        return report;
      });
      return recovering;
    },

    /** The start-up recovery, if one was started. */
    recovery: (): Promise<RecoveryReport> | null => recovering,

    /** The file behind a signed media URL, or null (bad signature, expired, unknown, not ready). */
    async resolveMedia(id: string, kind: MediaKind, exp: string | null, sig: string | null): Promise<MediaFile | null> {
      if (!/^[a-z0-9-]{8,64}$/.test(id) || !signer.verify(id, kind, exp, sig)) return null;
      const row = await rows.get(id);
      if (!row || row.status !== 'ready') return null;
      const file = kind === 'media' ? files(id).media : files(id).thumbnail;
      const exists = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!exists) return null;
      return {
        file,
        contentType: kind === 'thumbnail' ? 'image/jpeg' : row.mode === 'video' ? 'video/webm' : 'audio/webm',
      };
    },

    /** The ffmpeg recordings are processed with (for other conversions, e.g. audio to transcribe). */
    ffmpegPath: (): string => ffmpeg(),

    /** Resolves when the processing queue is empty (tests, shutdown). */
    whenIdle: (): Promise<void> => queue,

    async close(): Promise<void> {
      if (active) clearTimeout(active.idle);
      active = null;
      shutdown.abort();
      // A start-up recovery may still be scanning rows: let it finish (its queued work sees the
      // abort and stops) before the caller closes the database under it.
      await recovering?.catch(() => undefined);
      await sink.closeAll();
      await queue;
      await shutdownAnalysisWorkers();
    },
  };
}

export type MediaService = ReturnType<typeof createMediaService>;
