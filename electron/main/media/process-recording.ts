import { existsSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import type { StoredAnalysis } from './analysis-protocol';
import type { RecordingFiles } from './media-files';
import { MediaError, processMedia } from './media-processor';
import { probeMedia } from './probe-media';

export interface ProcessRecordingOptions {
  ffmpegPath: string;
  files: RecordingFiles;
  /** null when unknown (a .part found without its row): the file is probed. */
  mode: 'audio' | 'video' | null;
  expectedDurationSec: number | null;
  onProgress(stage: 'processing' | 'analysing', percent: number | null): void;
  signal?: AbortSignal;
}

export interface ProcessedRecording {
  analysis: StoredAnalysis;
  durationSec: number;
  mediaBytes: number;
  mode: 'audio' | 'video';
  hasThumbnail: boolean;
  timings: { ffmpegMs: number; analysisTailMs: number; computeMs: number };
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** Peaks rounded to 4 decimals: plenty for drawing, a third of the JSON. */
function peaksJson(peaks: { data: Float32Array; bucketsPerSecond: number; durationSec: number }): string {
  const data = Array.from(peaks.data, (v) => Math.round(v * 10_000) / 10_000);
  return JSON.stringify({ data, bucketsPerSecond: peaks.bucketsPerSecond, durationSec: peaks.durationSec });
}

/**
 * Turns a recording's raw file into the playable, analysed recording: remux (+ PCM in
 * the same ffmpeg run), analysis in a worker, then the results are moved into place. The source
 * `.part` is removed by the caller only after the row says 'ready', so a crash anywhere here
 * leaves the original bytes untouched.
 */
export async function processRecording(options: ProcessRecordingOptions): Promise<ProcessedRecording> {
  const { files } = options;
  const input = existsSync(files.part) ? files.part : files.media;
  const size = await stat(input).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) throw new MediaError('The recording file is missing from the recordings folder.', input);
  if (size === 0) throw new MediaError('Nothing was recorded: the recording file is empty (0 bytes).', input);

  let mode = options.mode;
  if (mode === null) {
    const probe = await probeMedia(options.ffmpegPath, input).catch((error: unknown) => {
      throw new MediaError('The recording is not a readable audio or video file.', String(error));
    });
    mode = probe.hasVideo ? 'video' : 'audio';
  }
  await rm(files.remuxTmp, { force: true });
  await rm(files.thumbnailTmp, { force: true });
  try {
    const result = await processMedia({
      ffmpegPath: options.ffmpegPath,
      input,
      remuxTo: files.remuxTmp,
      ...(mode === 'video' ? { thumbnailTo: files.thumbnailTmp } : {}),
      expectedDurationSec: options.expectedDurationSec,
      onProgress: ({ percent }) =>
        options.onProgress('processing', percent === null ? null : Math.min(80, percent * 0.8)),
      onDecoded: () => options.onProgress('analysing', 85),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    // Cancelled (deleted, or the app is quitting) as the processing ended: nothing is moved into place.
    if (options.signal?.aborted) throw Object.assign(new Error('Processing was cancelled'), { name: 'AbortError' });
    await rename(files.remuxTmp, files.media);
    const hasThumbnail = existsSync(files.thumbnailTmp);
    if (hasThumbnail) await rename(files.thumbnailTmp, files.thumbnail);
    await writeAtomic(files.peaks, peaksJson(result.peaks));
    const mediaBytes = (await stat(files.media)).size;
    return {
      analysis: result.analysis,
      durationSec: result.durationSec,
      mediaBytes,
      mode,
      hasThumbnail,
      timings: { ffmpegMs: result.ffmpegMs, analysisTailMs: result.analysisTailMs, computeMs: result.computeMs },
    };
  } catch (error) {
    await rm(files.remuxTmp, { force: true });
    await rm(files.thumbnailTmp, { force: true });
    throw error;
  }
}
