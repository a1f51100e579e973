import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { lastMeaningfulLine } from './probe-media';

export const ANALYSIS_SAMPLE_RATE = 16_000;

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

function timemarkSeconds(line: string): number | null {
  const match = /time=\s*(-?\d+):(\d+):(\d+(?:\.\d+)?)/.exec(line);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

export interface FfmpegPassOptions {
  ffmpegPath: string;
  input: string;
  /** Stream-copy remux target (.webm): adds the duration and cues MediaRecorder leaves out. */
  remuxTo?: string;
  /** 16 kHz mono float32 PCM, as ffmpeg decodes it. */
  onPcm(chunk: Buffer): void;
  onProgress?(decodedSec: number): void;
}

export interface FfmpegPass {
  done: Promise<{ ffmpegMs: number }>;
  kill(): void;
}

/**
 * One ffmpeg process with two outputs: the stream-copy remux and 16 kHz mono float PCM on stdout.
 *
 * The thumbnail is deliberately not a third output: ffmpeg would then decode every video frame of
 * the recording to produce one (measured: 3–4× the CPU of the audio decode on a 10-minute answer).
 * makeThumbnail() cuts it in a second, short ffmpeg run instead: a seek and one frame.
 */
export function runFfmpegPass(options: FfmpegPassOptions): FfmpegPass {
  const pcm = new PassThrough({ highWaterMark: 1024 * 1024 });
  pcm.on('data', (chunk: Buffer) => options.onPcm(chunk));
  const command = ffmpeg(options.input).setFfmpegPath(options.ffmpegPath).inputOptions(['-hide_banner', '-nostdin']);
  if (options.remuxTo) command.output(options.remuxTo).outputOptions(['-map', '0', '-c', 'copy', '-f', 'webm']);
  // -flush_packets 0: by default ffmpeg flushes each 20 ms audio frame to the pipe on its own
  // (1.3 KB, ~27,000 writes and wake-ups for 10 minutes); buffered, it writes 32 KB at a time,
  // which took a 10-minute pass from ~1.4 s to the ~1.0 s of a decode to a file.
  command
    .output(pcm)
    .outputOptions([
      '-map',
      '0:a:0',
      '-vn',
      '-ac',
      '1',
      '-ar',
      String(ANALYSIS_SAMPLE_RATE),
      '-flush_packets',
      '0',
      '-f',
      'f32le',
    ]);
  let stderrTail = '';
  command.on('stderr', (line: string) => {
    stderrTail = (stderrTail + line + '\n').slice(-8192);
    const seconds = timemarkSeconds(line);
    if (seconds !== null) options.onProgress?.(seconds);
  });
  const started = performance.now();
  const done = new Promise<{ ffmpegMs: number }>((resolve, reject) => {
    command.on('error', (error: Error) => {
      const detail = `${error.message}\n${stderrTail}`;
      reject(new MediaError(explainFfmpegFailure(detail), detail));
    });
    command.on('end', () => resolve({ ffmpegMs: performance.now() - started }));
  });
  command.run();
  return { done, kill: () => command.kill('SIGKILL') };
}

/**
 * A still from about a second in (or the middle of a very short clip). Best effort: a recording
 * without a usable frame simply has no thumbnail, and `done` says whether one was written (a seek
 * past the end ends "successfully" with no file).
 */
export function makeThumbnail(
  ffmpegPath: string,
  input: string,
  output: string,
  durationSec: number,
): { done: Promise<boolean>; kill(): void } {
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
  const done = new Promise<boolean>((resolve) => {
    command.on('error', () => resolve(false));
    command.on('end', () => resolve(existsSync(output)));
  });
  command.run();
  return { done, kill: () => command.kill('SIGKILL') };
}
