import { parentPort } from 'node:worker_threads';
import type { FromWorker, ProcessJob, ToWorker } from './analysis-protocol';
import { ANALYSIS_SAMPLE_RATE, makeThumbnail, MediaError, runFfmpegPass } from './ffmpeg-pass';
import { PcmBuffer } from './pcm-buffer';
import { pcmAnalysis } from './voice-job';

/**
 * The processing worker: it spawns ffmpeg (spawning a child blocks the calling thread for tens
 * of milliseconds on a busy machine), receives its PCM, runs the voice analysis, and cuts the
 * thumbnail meanwhile. The main thread only sends the job and relays progress. The worker stays
 * up for the next job (see analysis-client.ts), so its start-up cost is paid once.
 */

/** The running job's ffmpeg processes, killed when it is aborted or fails. */
const running = new Set<{ kill(): void }>();
/** Set when the running job is aborted: it then starts no further process. */
let aborted = false;
const track = <T extends { kill(): void }>(child: T): T => {
  running.add(child);
  return child;
};
const killRunning = (): void => {
  for (const child of running) child.kill();
  running.clear();
};

const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => parentPort?.postMessage(message, transfer);

async function run(job: ProcessJob): Promise<void> {
  aborted = false;
  const pcm = new PcmBuffer(Math.ceil((job.expectedDurationSec ?? 60) * ANALYSIS_SAMPLE_RATE * 1.05));
  // Most of the analysis runs on each chunk as ffmpeg decodes (ffmpeg is another process, so on
  // two cores the two overlap); only the whole-recording stages wait for the end.
  const analysis = pcmAnalysis(ANALYSIS_SAMPLE_RATE, job);
  // The thumbnail is cut from the input beside the main pass, not after it: its seek to about a
  // second in reads only the start of the file. A clip shorter than expected gets a second try.
  const thumbnail = job.thumbnailTo
    ? track(makeThumbnail(job.ffmpegPath, job.input, job.thumbnailTo, job.expectedDurationSec ?? 2))
    : null;
  let lastProgress = 0;
  const pass = track(
    runFfmpegPass({
      ffmpegPath: job.ffmpegPath,
      input: job.input,
      ...(job.remuxTo ? { remuxTo: job.remuxTo } : {}),
      onPcm: (chunk) => {
        pcm.append(chunk);
        analysis.update(pcm.view());
      },
      onProgress: (decodedSec) => {
        const now = performance.now();
        if (now - lastProgress >= 250) {
          lastProgress = now;
          send({ type: 'progress', decodedSec });
        }
      },
    }),
  );
  const { ffmpegMs } = await pass.done;
  send({ type: 'decoded' });
  if (pcm.length === 0) throw new MediaError('The recording contains no audio that could be decoded.', '');
  const tailStarted = performance.now();
  const durationSec = pcm.length / ANALYSIS_SAMPLE_RATE;
  const outcome = analysis.finish(pcm.view());
  if (thumbnail && job.thumbnailTo && !(await thumbnail.done) && !aborted) {
    await track(makeThumbnail(job.ffmpegPath, job.remuxTo ?? job.input, job.thumbnailTo, durationSec)).done;
  }
  running.clear();
  send(
    { type: 'result', outcome: { ...outcome, durationSec, ffmpegMs, analysisTailMs: performance.now() - tailStarted } },
    [outcome.peaks.data.buffer as ArrayBuffer],
  );
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'abort') {
    aborted = true;
    killRunning();
    send({ type: 'aborted' });
    return;
  }
  run(message.job).catch((error: unknown) => {
    killRunning();
    send({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      detail: error instanceof MediaError ? error.detail : '',
      media: error instanceof MediaError,
    });
  });
});
