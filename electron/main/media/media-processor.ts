import { runProcessJob } from './analysis-client';
import { PEAKS_PER_SECOND, type ProcessOutcome } from './analysis-protocol';

export { DISK_FULL_PROCESSING_MESSAGE, explainFfmpegFailure, MediaError } from './ffmpeg-pass';

export interface ProcessMediaOptions {
  ffmpegPath: string;
  input: string;
  /** Stream-copy remux target (.webm): adds the duration and cues MediaRecorder leaves out. */
  remuxTo?: string;
  /** A JPEG still, when the input has video (cut from the input while the main pass runs). */
  thumbnailTo?: string;
  expectedDurationSec?: number | null;
  minPauseSec?: number;
  longPauseSec?: number;
  /** Words in a transcript of the recording: the result then has the exact words per minute. */
  transcriptWordCount?: number;
  peaksPerSecond?: number;
  onProgress?(progress: { decodedSec: number; percent: number | null }): void;
  /** Called once ffmpeg has finished, before the analysis runs (for progress and timing). */
  onDecoded?(): void;
  /** Aborting kills ffmpeg and the analysis; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export type ProcessMediaResult = ProcessOutcome;

/**
 * Remux, 16 kHz mono PCM, voice analysis, waveform peaks and thumbnail of one media file, all in
 * a worker thread (see analysis-worker.ts): one ffmpeg process for the remux and the PCM, whose
 * PCM goes straight to the analysis. The main thread's event loop only relays progress.
 */
export function processMedia(options: ProcessMediaOptions): Promise<ProcessMediaResult> {
  const expected = options.expectedDurationSec ?? null;
  return runProcessJob(
    {
      ffmpegPath: options.ffmpegPath,
      input: options.input,
      ...(options.remuxTo ? { remuxTo: options.remuxTo } : {}),
      ...(options.thumbnailTo ? { thumbnailTo: options.thumbnailTo } : {}),
      expectedDurationSec: expected,
      peaksPerSecond: options.peaksPerSecond ?? PEAKS_PER_SECOND,
      ...(options.minPauseSec !== undefined ? { minPauseSec: options.minPauseSec } : {}),
      ...(options.longPauseSec !== undefined ? { longPauseSec: options.longPauseSec } : {}),
      ...(options.transcriptWordCount !== undefined ? { transcriptWordCount: options.transcriptWordCount } : {}),
    },
    {
      onProgress: (decodedSec) =>
        options.onProgress?.({
          decodedSec,
          percent: expected && expected > 0 ? Math.min(100, (decodedSec / expected) * 100) : null,
        }),
      ...(options.onDecoded ? { onDecoded: options.onDecoded } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
}
