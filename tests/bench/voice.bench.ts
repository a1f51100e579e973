/**
 * Voice analysis speed on a 10-minute recording, against ffmpeg's bare decode of the same file.
 * Target (issue 4): analysis ≤ 1× the decode time.
 *
 * The recording is generated espeak-ng speech (both sentence sets, five rates, pauses of
 * 0.3–2.5 s) muxed into WebM with a VP8 test-pattern track and Opus audio, as the app records
 * it; it is cached in tests/fixtures/generated/speech after the first run (~30 s to make).
 */
import { spawn } from 'node:child_process';
import { analyzeVoice } from '../../shared/domain/voice/index';
import { speechFixture } from '../fixtures/speech/generate';
import { CALIBRATION_SENTENCES, TEST_SENTENCES } from '../fixtures/speech/sentences';

const TARGET_SEC = 600;
const RUNS = 3;

interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  target?: string;
}

async function tenMinuteRecording() {
  const pool = [...TEST_SENTENCES, ...CALIBRATION_SENTENCES];
  // About 4.5 s per sentence and gap at these rates; 140 sentences comfortably pass 10 minutes.
  const sentences = Array.from({ length: 102 }, (_, i) => pool[i % pool.length] as string);
  return speechFixture({
    name: 'bench-10min',
    voice: 'en',
    rate: [90, 110, 130, 150, 175],
    sentences,
    gapsSec: [0.3, 0.5, 0.8, 1.5, 2.5, 0.4, 1],
    leadSec: 0.5,
    tailSec: 0.5,
    noise: { kind: 'pinknoise', snrDb: 30 },
  });
}

/** Wall time of ffmpeg decoding the file to 16 kHz mono f32le, output discarded. */
function timeDecode(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('ffmpeg', [
      '-v',
      'error',
      '-nostdin',
      '-i',
      path,
      '-vn',
      '-ac',
      '1',
      '-ar',
      '16000',
      '-f',
      'f32le',
      'pipe:1',
    ]);
    child.stdout.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`ffmpeg exited ${code}`)),
    );
  });
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

export default {
  name: 'voice',
  async run(): Promise<BenchRow[]> {
    const recording = await tenMinuteRecording();
    const durationSec = recording.pcm.length / recording.sampleRate;
    if (durationSec < TARGET_SEC) throw new Error(`bench recording is only ${durationSec.toFixed(0)} s`);
    const decodeTimes: number[] = [];
    const analysisTimes: number[] = [];
    let peakHeap = 0;
    let peakExternal = 0;
    for (let i = 0; i < RUNS; i++) {
      decodeTimes.push(await timeDecode(recording.webmPath));
      const before = process.memoryUsage();
      const started = performance.now();
      const analysis = analyzeVoice(recording.pcm, recording.sampleRate);
      analysisTimes.push((performance.now() - started) / 1000);
      const after = process.memoryUsage();
      peakHeap = Math.max(peakHeap, after.heapUsed - before.heapUsed);
      peakExternal = Math.max(peakExternal, after.arrayBuffers - before.arrayBuffers);
      if (analysis.metrics.pauseCount === 0) throw new Error('bench analysis found no pauses');
    }
    const analysisSec = median(analysisTimes);
    const decodeSec = median(decodeTimes);
    return [
      { metric: 'voice recording length', value: +durationSec.toFixed(1), unit: 's' },
      { metric: 'voice analysis time (10 min)', value: +analysisSec.toFixed(3), unit: 's' },
      { metric: 'ffmpeg decode time to 16 kHz PCM (10 min)', value: +decodeSec.toFixed(3), unit: 's' },
      {
        metric: 'voice analysis / ffmpeg decode',
        value: +(analysisSec / decodeSec).toFixed(3),
        unit: 'ratio',
        target: '≤ 1',
      },
      { metric: 'voice analysis JS heap retained', value: +(peakHeap / 2 ** 20).toFixed(1), unit: 'MiB' },
      {
        metric: 'voice analysis typed-array memory retained',
        value: +(peakExternal / 2 ** 20).toFixed(1),
        unit: 'MiB',
      },
    ];
  },
};
