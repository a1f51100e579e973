/**
 * Voice analysis speed on a 10-minute recording, against ffmpeg's bare decode of the same file.
 * Target (issue 4): analysis ≤ 1× the decode time.
 *
 * The recording is generated espeak-ng speech (both sentence sets, five rates, pauses of
 * 0.3–2.5 s) muxed into WebM with a VP8 test-pattern track and Opus audio, as the app records
 * it; it is cached in tests/fixtures/generated/speech after the first run (~30 s to make).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { analyzeVoice } from '../../shared/domain/voice/index';
import { atMost, type BenchFigure } from './bench-types';
import { speechFixture } from '../fixtures/speech/generate';
import { CALIBRATION_SENTENCES, TEST_SENTENCES } from '../fixtures/speech/sentences';

const TARGET_SEC = 600;
const GNU_TIME = '/usr/bin/time';
const RUNS = 3;

type BenchRow = BenchFigure;

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

interface Timing {
  wallSec: number;
  /** CPU seconds (user + system), which the other jobs on a shared machine disturb less. */
  cpuSec: number | null;
}

/** ffmpeg decoding the file to 16 kHz mono f32le, output discarded; CPU time via /usr/bin/time. */
function timeDecode(path: string): Promise<Timing> {
  const ffmpeg = [
    'ffmpeg',
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
  ];
  const timed = existsSync(GNU_TIME);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = timed ? spawn(GNU_TIME, ['-f', 'cpu %U %S', ...ffmpeg]) : spawn(ffmpeg[0] as string, ffmpeg.slice(1));
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffmpeg exited ${code}: ${stderr}`));
      const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      resolve({ wallSec: (performance.now() - started) / 1000, cpuSec: cpu ? Number(cpu[1]) + Number(cpu[2]) : null });
    });
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
    const decodes: Timing[] = [];
    const analyses: Timing[] = [];
    let heapRetained = 0;
    let arraysRetained = 0;
    let rssGrowth = 0;
    // Interleaved, so both see the same load from whatever else the machine is doing.
    for (let i = 0; i < RUNS; i++) {
      decodes.push(await timeDecode(recording.webmPath));
      const before = process.memoryUsage();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const analysis = analyzeVoice(recording.pcm, recording.sampleRate);
      const wallSec = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      analyses.push({ wallSec, cpuSec: (cpu.user + cpu.system) / 1e6 });
      const after = process.memoryUsage();
      heapRetained = Math.max(heapRetained, after.heapUsed - before.heapUsed);
      arraysRetained = Math.max(arraysRetained, after.arrayBuffers - before.arrayBuffers);
      rssGrowth = Math.max(rssGrowth, after.rss - before.rss);
      if (analysis.metrics.pauseCount === 0) throw new Error('bench analysis found no pauses');
    }
    const analysisSec = median(analyses.map((t) => t.wallSec));
    const decodeSec = median(decodes.map((t) => t.wallSec));
    const rows: BenchRow[] = [
      { metric: 'voice recording length', value: round(durationSec, 1), unit: 's' },
      { metric: 'voice analysis time (10 min)', value: round(analysisSec, 3), unit: 's' },
      { metric: 'ffmpeg decode time to 16 kHz PCM (10 min)', value: round(decodeSec, 3), unit: 's' },
      atMost('voice analysis / ffmpeg decode', analysisSec / decodeSec, 'ratio', 1),
    ];
    const decodeCpu = decodes.map((t) => t.cpuSec);
    if (decodeCpu.every((c): c is number => c !== null)) {
      const analysisCpu = median(analyses.map((t) => t.cpuSec ?? 0));
      rows.push(
        { metric: 'voice analysis CPU time (10 min)', value: round(analysisCpu, 3), unit: 's' },
        atMost('voice analysis / ffmpeg decode, CPU time', analysisCpu / median(decodeCpu), 'ratio', 1),
      );
    }
    rows.push(
      { metric: 'voice analysis JS heap growth (before GC)', value: round(heapRetained / 2 ** 20, 1), unit: 'MiB' },
      {
        metric: 'voice analysis typed-array growth (before GC)',
        value: round(arraysRetained / 2 ** 20, 1),
        unit: 'MiB',
      },
      { metric: 'voice analysis RSS growth (peak working set)', value: round(rssGrowth / 2 ** 20, 1), unit: 'MiB' },
    );
    return rows;
  },
};

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}
