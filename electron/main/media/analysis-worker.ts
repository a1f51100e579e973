import { parentPort } from 'node:worker_threads';
import { bandPowersBuilder } from '../../../shared/domain/voice/band-powers';
import type { FromWorker, ProcessJob, ToWorker } from './analysis-protocol';
import { ANALYSIS_SAMPLE_RATE, makeThumbnail, MediaError, runFfmpegPass } from './ffmpeg-pass';
import { PcmBuffer } from './pcm-buffer';
import { analysePcm } from './voice-job';

/**
 * The processing worker: it spawns ffmpeg (spawning a child blocks the calling thread for tens
 * of milliseconds on a busy machine), receives its PCM, runs the voice analysis, and cuts the
 * thumbnail meanwhile. The main thread only sends the job and relays progress. The worker stays
 * up for the next job (see analysis-client.ts), so its start-up cost is paid once.
 */
let current: { kill(): void } | null = null;

const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => parentPort?.postMessage(message, transfer);

async function run(job: ProcessJob): Promise<void> {
  const pcm = new PcmBuffer(Math.ceil((job.expectedDurationSec ?? 60) * ANALYSIS_SAMPLE_RATE * 1.05));
  // The analysis's first stage runs on each chunk as ffmpeg decodes (ffmpeg is another process,
  // so on two cores the two overlap); only the rest waits for the end of the recording.
  const powers = bandPowersBuilder(ANALYSIS_SAMPLE_RATE);
  let lastProgress = 0;
  const pass = runFfmpegPass({
    ffmpegPath: job.ffmpegPath,
    input: job.input,
    ...(job.remuxTo ? { remuxTo: job.remuxTo } : {}),
    onPcm: (chunk) => {
      pcm.append(chunk);
      powers.update(pcm.view());
    },
    onProgress: (decodedSec) => {
      const now = performance.now();
      if (now - lastProgress >= 250) {
        lastProgress = now;
        send({ type: 'progress', decodedSec });
      }
    },
  });
  current = pass;
  const { ffmpegMs } = await pass.done;
  send({ type: 'decoded' });
  if (pcm.length === 0) throw new MediaError('The recording contains no audio that could be decoded.', '');
  const tailStarted = performance.now();
  const durationSec = pcm.length / ANALYSIS_SAMPLE_RATE;
  const thumbnail =
    job.thumbnailTo && job.remuxTo ? makeThumbnail(job.ffmpegPath, job.remuxTo, job.thumbnailTo, durationSec) : null;
  current = thumbnail;
  const outcome = analysePcm(pcm.view(), ANALYSIS_SAMPLE_RATE, job, powers.finish(pcm.view()));
  await thumbnail?.done;
  current = null;
  send(
    { type: 'result', outcome: { ...outcome, durationSec, ffmpegMs, analysisTailMs: performance.now() - tailStarted } },
    [outcome.peaks.data.buffer as ArrayBuffer],
  );
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'abort') {
    current?.kill();
    current = null;
    send({ type: 'aborted' });
    return;
  }
  run(message.job).catch((error: unknown) => {
    current = null;
    send({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      detail: error instanceof MediaError ? error.detail : '',
      media: error instanceof MediaError,
    });
  });
});
