import type { PaceChange, PaceSegment } from './pace';
import type { TimeSpan } from './speech-regions';
import type { VoiceMetrics } from './voice-metrics';

export interface AnalyzeVoiceOptions {
  /** Shortest silence reported as a pause (s). Default 0.3. */
  readonly minPauseSec?: number;
  /** Words in a transcript of this recording; enables the exact words-per-minute figure. */
  readonly transcriptWordCount?: number;
  /** Pauses at least this long are listed as long pauses for the waveform markers. Default 2. */
  readonly longPauseSec?: number;
  /** Pitch search range (Hz). Default 60–500, which covers adult and most child voices. */
  readonly minPitchHz?: number;
  readonly maxPitchHz?: number;
}

export const DEFAULT_MIN_PAUSE_SEC = 0.3;
export const DEFAULT_LONG_PAUSE_SEC = 2;
export const DEFAULT_MIN_PITCH_HZ = 60;
export const DEFAULT_MAX_PITCH_HZ = 500;

/** A regularly sampled track: value k is at time (k + 0.5)·hopSec for loudness, k·hopSec for pitch. */
export interface Track {
  readonly hopSec: number;
  readonly values: Float32Array;
}

export interface VoiceAnalysis {
  /** The public summary (`coach analyze --json`). */
  readonly metrics: VoiceMetrics;
  /**
   * Exact rate from a transcript: transcriptWordCount / metrics.speechSec · 60, the same
   * speaking-time denominator as estimatedWpm (pauses ≥ minPauseSec and leading and trailing
   * silence excluded). Null without a transcript or without speech.
   */
  readonly transcriptWpm: number | null;
  /**
   * The transcript's words over the whole span from first to last word, pauses included
   * (what "words per minute" means to most people reading a script aloud). Null as above.
   */
  readonly transcriptWpmIncludingPauses: number | null;
  /** Stretches of speech between pauses. */
  readonly speechRegions: TimeSpan[];
  /** Pauses of at least longPauseSec, for markers. */
  readonly longPauses: TimeSpan[];
  /** Times (s) of the syllable nuclei counted for the rate. */
  readonly syllableTimesSec: number[];
  readonly paceSegments: PaceSegment[];
  /** Pace segments whose rate departs from the overall rate by ≥ 20%. */
  readonly paceChanges: PaceChange[];
  /** Pitch (Hz) every 10 ms, 0 where unvoiced or silent; frame k is centred at k·hopSec. */
  readonly pitchTrack: Track;
  /** Level (dBFS) of every 50 ms frame; frame k covers [k·hopSec, (k+1)·hopSec). */
  readonly loudnessTrack: Track;
  /** Estimated background level (dBFS, whole band) and speech-to-background ratio (dB). */
  readonly noiseFloorDbfs: number;
  readonly snrDb: number;
}
