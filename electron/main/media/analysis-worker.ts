import { parentPort } from 'node:worker_threads';
import { analyzeVoice, computePeaks } from '../../../shared/domain/voice';
import type { AnalysisJobOptions, FromWorker, StoredAnalysis, ToWorker } from './analysis-protocol';

/**
 * Runs the voice analysis off the main thread. PCM (16 kHz mono float32) arrives in chunks while
 * ffmpeg decodes; the analysis needs the whole signal, so it runs at 'end'. The worker stays up
 * for the next job (see analysis-client.ts), so its start-up cost is paid once.
 */
let options: AnalysisJobOptions | null = null;
let samples = new Float32Array(0);
let length = 0;

function append(chunk: Float32Array): void {
  if (length + chunk.length > samples.length) {
    const grown = new Float32Array(Math.max(samples.length * 2, length + chunk.length, 16_000));
    grown.set(samples.subarray(0, length));
    samples = grown;
  }
  samples.set(chunk, length);
  length += chunk.length;
}

function finish(job: AnalysisJobOptions): FromWorker & { type: 'result' } {
  const started = performance.now();
  const pcm = samples.subarray(0, length);
  const voice = analyzeVoice(pcm, job.sampleRate, {
    ...(job.minPauseSec !== undefined ? { minPauseSec: job.minPauseSec } : {}),
    ...(job.longPauseSec !== undefined ? { longPauseSec: job.longPauseSec } : {}),
  });
  const peaks = computePeaks(pcm, job.sampleRate, job.peaksPerSecond);
  const analysis: StoredAnalysis = {
    version: 1,
    metrics: voice.metrics,
    speechRegions: voice.speechRegions.map((r) => ({ startSec: r.startSec, endSec: r.endSec })),
    longPauses: voice.longPauses.map((p) => ({ startSec: p.startSec, endSec: p.endSec })),
    paceSegments: voice.paceSegments.map((s) => ({
      startSec: s.startSec,
      endSec: s.endSec,
      wpm: s.wpm,
      speechSec: s.speechSec,
      syllables: s.syllables,
    })),
    paceChanges: voice.paceChanges.map((c) => ({ ...c })),
    noiseFloorDbfs: voice.noiseFloorDbfs,
    snrDb: voice.snrDb,
  };
  return { type: 'result', outcome: { analysis, peaks, sampleCount: length, computeMs: performance.now() - started } };
}

parentPort?.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'begin') {
      options = message.options;
      length = 0;
      // Reuse the previous buffer when it is big enough; a long recording's is kept for the next.
      if (samples.length < message.options.expectedSamples) samples = new Float32Array(message.options.expectedSamples);
    } else if (message.type === 'pcm') {
      append(new Float32Array(message.buffer));
    } else {
      if (!options) throw new Error('analysis ended before it began');
      const reply = finish(options);
      options = null;
      parentPort?.postMessage(reply, [reply.outcome.peaks.data.buffer as ArrayBuffer]);
    }
  } catch (error) {
    options = null;
    parentPort?.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FromWorker);
  }
});
