import { PassThrough } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { startAnalysis, type AnalysisOptions } from './analysis-client';
import { ANALYSIS_SAMPLE_RATE, type AnalysisOutcome } from './analysis-protocol';
import { lastMeaningfulLine } from './probe-media';

export interface ProcessMediaOptions extends AnalysisOptions {
  ffmpegPath: string;
  input: string;
  /** Stream-copy remux target (.webm): adds the duration and cues MediaRecorder leaves out. */
  remuxTo?: string;
  /** A JPEG still, when the input has video (needs remuxTo: it is cut from the remuxed file). */
  thumbnailTo?: string;
  onProgress?(progress: { decodedSec: number; percent: number | null }): void;
  /** Called once ffmpeg has finished, before the analysis runs (for progress and timing). */
  onDecoded?(): void;
  /** Aborting kills ffmpeg and the analysis; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface ProcessMediaResult extends AnalysisOutcome {
  durationSec: number;
  /** Wall time of the ffmpeg pass (remux + decode, one process). */
  ffmpegMs: number;
  /** Wall time after ffmpeg finished until the analysis result arrived. */
  analysisTailMs: number;
}

/** An ffmpeg failure with the reason a person can act on. */
export class MediaError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}

function timemarkSeconds(line: string): number | null {
  const match = /time=\s*(-?\d+):(\d+):(\d+(?:\.\d+)?)/.exec(line);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

export const DISK_FULL_PROCESSING_MESSAGE =
  'There is not enough free disk space to process the recording. It is kept, and will be processed when IntervYou next starts with space free.';

export function explainFfmpegFailure(stderr: string): string {
  if (/No space left on device|ENOSPC/i.test(stderr)) return DISK_FULL_PROCESSING_MESSAGE;
  if (/matches no streams/.test(stderr) && /0:a/.test(stderr)) return 'The file has no audio track to analyse.';
  if (/Invalid data found|EBML header parsing failed|moov atom not found|End of file/i.test(stderr)) {
    return 'The file is not a readable audio or video recording (it may be empty, damaged or another kind of file).';
  }
  // ffmpeg reports a file cut off inside its header as an I/O error.
  if (/Input\/output error/.test(stderr))
    return 'The file is not a readable audio or video recording: it is incomplete or damaged.';
  if (/No such file or directory/.test(stderr)) return 'The file does not exist.';
  if (/Permission denied/.test(stderr)) return 'The file cannot be read (permission denied).';
  return `ffmpeg could not process the file: ${lastMeaningfulLine(stderr) ?? 'unknown error'}`;
}

/**
 * One ffmpeg process with two outputs: the stream-copy remux and 16 kHz mono float PCM on stdout
 * (streamed to the analysis worker as it is decoded, never held on the main thread). The voice
 * analysis and waveform peaks run in a worker thread.
 *
 * The thumbnail is the one thing not in that pass: as a third output, ffmpeg decodes every video
 * frame of the recording to produce one (measured: 3–4× the CPU of the audio decode on a 10-minute
 * answer). Cut from the remuxed file instead, which has cues, it is a seek and one frame (~0.1 s
 * of CPU), and it runs while the worker analyses.
 */
export function processMedia(options: ProcessMediaOptions): Promise<ProcessMediaResult> {
  const analysis = startAnalysis(options);
  const pcm = new PassThrough({ highWaterMark: 256 * 1024 });
  let decodedBytes = 0;
  pcm.on('data', (chunk: Buffer) => {
    decodedBytes += chunk.length;
    analysis.push(chunk);
  });

  const command = ffmpeg(options.input).setFfmpegPath(options.ffmpegPath).inputOptions(['-hide_banner', '-nostdin']);
  if (options.remuxTo) {
    command.output(options.remuxTo).outputOptions(['-map', '0', '-c', 'copy', '-f', 'webm']);
  }
  command
    .output(pcm)
    .outputOptions(['-map', '0:a:0', '-vn', '-ac', '1', '-ar', String(ANALYSIS_SAMPLE_RATE), '-f', 'f32le']);

  const expected = options.expectedDurationSec ?? null;
  let stderrTail = '';
  command.on('stderr', (line: string) => {
    stderrTail = (stderrTail + line + '\n').slice(-8192);
    const seconds = timemarkSeconds(line);
    if (seconds !== null && options.onProgress) {
      options.onProgress({
        decodedSec: seconds,
        percent: expected && expected > 0 ? Math.min(100, (seconds / expected) * 100) : null,
      });
    }
  });

  const started = performance.now();
  return new Promise<ProcessMediaResult>((resolve, reject) => {
    let aborted = false;
    const onAbort = (): void => {
      aborted = true;
      analysis.abort();
      command.kill('SIGKILL');
      reject(Object.assign(new Error('Processing was cancelled'), { name: 'AbortError' }));
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    command.on('error', (error: Error) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (aborted) return;
      analysis.abort();
      const detail = `${error.message}\n${stderrTail}`;
      reject(new MediaError(explainFfmpegFailure(detail), detail));
    });
    command.on('end', () => {
      if (aborted) return;
      const ffmpegMs = performance.now() - started;
      options.onDecoded?.();
      if (decodedBytes < 4) {
        options.signal?.removeEventListener('abort', onAbort);
        analysis.abort();
        reject(new MediaError('The recording contains no audio that could be decoded.', stderrTail));
        return;
      }
      const tailStarted = performance.now();
      const durationSec = decodedBytes / 4 / ANALYSIS_SAMPLE_RATE;
      const thumbnail =
        options.thumbnailTo && options.remuxTo
          ? makeThumbnail(options.ffmpegPath, options.remuxTo, options.thumbnailTo, durationSec, options.signal)
          : Promise.resolve(false);
      Promise.all([analysis.finish(), thumbnail]).then(
        ([outcome]) => {
          options.signal?.removeEventListener('abort', onAbort);
          if (aborted) return;
          resolve({
            ...outcome,
            durationSec: outcome.sampleCount / ANALYSIS_SAMPLE_RATE,
            ffmpegMs,
            analysisTailMs: performance.now() - tailStarted,
          });
        },
        (error: unknown) => {
          options.signal?.removeEventListener('abort', onAbort);
          if (!aborted) reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
    command.run();
  });
}

/**
 * A still from about a second in (or the middle of a very short clip). Best effort: a recording
 * without a usable frame simply has no thumbnail.
 */
function makeThumbnail(
  ffmpegPath: string,
  input: string,
  output: string,
  durationSec: number,
  signal?: AbortSignal,
): Promise<boolean> {
  return new Promise((resolve) => {
    const command = ffmpeg(input)
      .setFfmpegPath(ffmpegPath)
      .inputOptions(['-hide_banner', '-nostdin', '-ss', Math.min(1, durationSec / 2).toFixed(2)])
      .output(output)
      .outputOptions([
        '-map',
        '0:v:0',
        '-frames:v',
        '1',
        '-vf',
        'scale=320:-2',
        '-q:v',
        '4',
        '-f',
        'image2',
        '-update',
        '1',
      ]);
    const stop = (): void => {
      command.kill('SIGKILL');
    };
    signal?.addEventListener('abort', stop, { once: true });
    command.on('error', () => {
      signal?.removeEventListener('abort', stop);
      resolve(false);
    });
    command.on('end', () => {
      signal?.removeEventListener('abort', stop);
      resolve(true);
    });
    command.run();
  });
}
