import type { WaveformPeaks } from '../../../shared/domain/voice';
import type { VoiceMetrics } from '../../../shared/domain/voice/voice-metrics';

/** Messages between the main process and analysis-worker.ts (ffmpeg pass + voice analysis). */

export const PEAKS_PER_SECOND = 50;

export interface ProcessJob {
  ffmpegPath: string;
  input: string;
  remuxTo?: string;
  thumbnailTo?: string;
  /** For the buffer size and the progress percentage; null when unknown. */
  expectedDurationSec: number | null;
  minPauseSec?: number;
  longPauseSec?: number;
  /** Words in a transcript of the recording: adds the exact words per minute. */
  transcriptWordCount?: number;
  peaksPerSecond: number;
}

/** One job at a time per worker; workers are reused. */
export type ToWorker = { type: 'process'; job: ProcessJob } | { type: 'abort' };

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
  /** Words per minute of speaking time from a transcript's word count (absent without one). */
  transcriptWpm?: number | null;
  /** The same over the span from the first word to the last, pauses included. */
  transcriptWpmIncludingPauses?: number | null;
}

export interface AnalysisOutcome {
  analysis: StoredAnalysis;
  peaks: WaveformPeaks;
  sampleCount: number;
  /** Time spent in analyzeVoice + computePeaks. */
  computeMs: number;
}

export interface ProcessOutcome extends AnalysisOutcome {
  durationSec: number;
  /** Wall time of the ffmpeg pass (remux + decode, one process). */
  ffmpegMs: number;
  /** Wall time from the end of the ffmpeg pass to the result (analysis and thumbnail, in parallel). */
  analysisTailMs: number;
}

export type FromWorker =
  | { type: 'progress'; decodedSec: number }
  | { type: 'decoded' }
  | { type: 'result'; outcome: ProcessOutcome }
  | { type: 'error'; message: string; detail: string; media: boolean }
  | { type: 'aborted' };
