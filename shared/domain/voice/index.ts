export { analyzeVoice, MIN_SAMPLE_RATE } from './analyze-voice';
export { computePeaks, type WaveformPeaks } from './peaks';
export {
  DEFAULT_LONG_PAUSE_SEC,
  DEFAULT_MAX_PITCH_HZ,
  DEFAULT_MIN_PAUSE_SEC,
  DEFAULT_MIN_PITCH_HZ,
  type AnalyzeVoiceOptions,
  type Track,
  type VoiceAnalysis,
} from './voice-analysis';
export { VoiceMetrics, Pause } from './voice-metrics';
export type { PaceChange, PaceSegment } from './pace';
export type { TimeSpan } from './speech-regions';
export { SYLLABLES_PER_WORD } from './pace';
export { MONOTONE_RANGE_SEMITONES } from './pitch-summary';
