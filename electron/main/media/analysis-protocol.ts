import type { WaveformPeaks } from '../../../shared/domain/voice';
import type { VoiceMetrics } from '../../../shared/domain/voice/voice-metrics';

/** Messages between the main process and analysis-worker.ts. */

export const ANALYSIS_SAMPLE_RATE = 16_000;
export const PEAKS_PER_SECOND = 50;

export interface AnalysisJobOptions {
  sampleRate: number;
  /** A guess of the sample count, to size the buffer once; it grows if the guess is short. */
  expectedSamples: number;
  minPauseSec?: number;
  longPauseSec?: number;
  peaksPerSecond: number;
}

/** One job at a time per worker: begin, PCM chunks, end → one reply. Workers are reused. */
export type ToWorker =
  { type: 'begin'; options: AnalysisJobOptions } | { type: 'pcm'; buffer: ArrayBuffer } | { type: 'end' };

export interface SpanJson {
  startSec: number;
  endSec: number;
}

/** The part of VoiceAnalysis worth keeping: no per-frame tracks, which the UI does not draw. */
export interface StoredAnalysis {
  version: 1;
  metrics: VoiceMetrics;
  speechRegions: SpanJson[];
  longPauses: SpanJson[];
  paceSegments: Array<SpanJson & { wpm: number; speechSec: number; syllables: number }>;
  paceChanges: Array<SpanJson & { wpm: number; direction: 'faster' | 'slower'; ratio: number }>;
  noiseFloorDbfs: number;
  snrDb: number;
}

export interface AnalysisOutcome {
  analysis: StoredAnalysis;
  peaks: WaveformPeaks;
  sampleCount: number;
  /** Time spent in analyzeVoice + computePeaks inside the worker. */
  computeMs: number;
}

export type FromWorker = { type: 'result'; outcome: AnalysisOutcome } | { type: 'error'; message: string };
