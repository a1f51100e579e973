import { computeBandPowers } from './band-powers';
import { clippingRatio } from './clipping';
import { makeEdgeRefiner } from './edge-refinement';
import { LOUDNESS_FRAME_SEC, measureLoudness } from './loudness';
import { paceChanges, paceSegments, wpmFromSyllableRate } from './pace';
import { removeShortVoicedRuns, summarisePitch } from './pitch-summary';
import { choosePitchTrack, PITCH_HOP_SEC, pitchFrameCount, trackPitchYin, type PitchRange } from './pitch-yin';
import { findSpeechRegions, type SpeechRegion } from './speech-regions';
import { dbToPower, powerToDb, quantile, round } from './stats';
import { findSyllableNuclei } from './syllable-nuclei';
import {
  DEFAULT_LONG_PAUSE_SEC,
  DEFAULT_MAX_PITCH_HZ,
  DEFAULT_MIN_PAUSE_SEC,
  DEFAULT_MIN_PITCH_HZ,
  type AnalyzeVoiceOptions,
  type VoiceAnalysis,
} from './voice-analysis';
import { detectVoiceActivity } from './voice-activity';
import type { VoicePrework } from './voice-prework';
import type { VoiceMetrics } from './voice-metrics';

export const MIN_SAMPLE_RATE = 8000;

/**
 * Voice analysis of one mono recording: pauses, speaking rate, pitch, loudness, clipping.
 * Pure and synchronous; callers run it off the UI/main thread for long recordings.
 * `prework` of these samples, when the caller has it already (voicePreworkBuilder() run while the
 * recording was decoded), saves the stages that did not need the whole recording.
 */
export function analyzeVoice(
  samples: Float32Array,
  sampleRate: number,
  options: AnalyzeVoiceOptions = {},
  prework?: VoicePrework,
): VoiceAnalysis {
  if (!Number.isFinite(sampleRate) || sampleRate < MIN_SAMPLE_RATE) {
    throw new RangeError(`sampleRate must be at least ${MIN_SAMPLE_RATE} Hz (got ${sampleRate})`);
  }
  const minPauseSec = options.minPauseSec ?? DEFAULT_MIN_PAUSE_SEC;
  if (!(minPauseSec > 0)) throw new RangeError(`minPauseSec must be positive (got ${minPauseSec})`);
  const longPauseSec = options.longPauseSec ?? DEFAULT_LONG_PAUSE_SEC;
  const minHz = options.minPitchHz ?? DEFAULT_MIN_PITCH_HZ;
  const maxHz = options.maxPitchHz ?? DEFAULT_MAX_PITCH_HZ;
  if (!(minHz > 0 && maxHz > minHz)) throw new RangeError('pitch range must satisfy 0 < minPitchHz < maxPitchHz');

  if (prework && prework.sampleCount !== samples.length) {
    throw new RangeError('the prework was computed from other samples');
  }
  const powers = prework?.bandPowers ?? computeBandPowers(samples, sampleRate);
  const activity = detectVoiceActivity(powers);
  const refine = makeEdgeRefiner(samples, sampleRate, activity.bands.broad.thresholdDb);
  const { regions, pauses, speechSec } = findSpeechRegions(activity.active, minPauseSec, refine);

  const pitchMask = new Uint8Array(pitchFrameCount(samples.length, sampleRate));
  for (const r of regions) {
    const last = Math.min(pitchMask.length - 1, Math.floor(r.endSec / PITCH_HOP_SEC));
    for (let f = Math.ceil(r.startSec / PITCH_HOP_SEC); f <= last; f++) pitchMask[f] = 1;
  }
  const { decimated } = powers;
  const range: PitchRange = { minHz, maxHz };
  const pitchHz =
    prework && samePitchRange(prework.pitchCandidates.range, range)
      ? choosePitchTrack(prework.pitchCandidates, pitchMask)
      : trackPitchYin(decimated.samples, decimated.sampleRate, pitchMask, range).hz;
  removeShortVoicedRuns(pitchHz);
  const pitchSummary = summarisePitch(pitchHz);

  const outside = outsideRegions(powers.blockCount, regions);
  const lowNoise = meanWhere(powers.low, outside) ?? dbToPower(activity.bands.low.noiseFloorDb);
  const isVoiced = (t: number): boolean => {
    const f = Math.round(t / PITCH_HOP_SEC);
    return (pitchHz[f] ?? 0) > 0 || (pitchHz[f - 1] ?? 0) > 0 || (pitchHz[f + 1] ?? 0) > 0;
  };
  const nuclei = findSyllableNuclei({ lowPower: powers.low, regions, noisePower: lowNoise, isVoiced });
  const syllablesPerSec = speechSec > 0 ? nuclei.timesSec.length / speechSec : 0;
  const estimatedWpm = wpmFromSyllableRate(syllablesPerSec);
  const segments = paceSegments(regions, nuclei.timesSec);

  const loudness = measureLoudness(powers.level, speechBlocks(activity.active, outside));
  // Speech from the first sample to the last leaves no background to measure: fall back to the
  // quietest tenth of the recording.
  const noiseFloorDbfs = powerToDb(meanWhere(powers.level, outside) ?? quantile(powers.level, 0.1));

  const words = options.transcriptWordCount;
  const first = regions[0];
  const last = regions[regions.length - 1];
  const spanSec = first && last ? last.endSec - first.startSec : 0;

  const metrics: VoiceMetrics = {
    durationSec: round(samples.length / sampleRate, 3),
    speechSec: round(speechSec, 3),
    pauses: pauses.map((p) => ({ startSec: round(p.startSec, 3), endSec: round(p.endSec, 3) })),
    pauseCount: pauses.length,
    longestPauseSec: round(
      pauses.reduce((m, p) => Math.max(m, p.endSec - p.startSec), 0),
      3,
    ),
    syllablesPerSec: round(syllablesPerSec, 2),
    estimatedWpm: round(estimatedWpm, 1),
    pitch: {
      meanHz: roundOrNull(pitchSummary.meanHz, 1),
      sdHz: roundOrNull(pitchSummary.sdHz, 1),
      rangeSemitones: roundOrNull(pitchSummary.rangeSemitones, 2),
      monotone: pitchSummary.monotone,
    },
    loudness: { meanDbfs: round(loudness.meanDbfs, 2), sdDb: round(loudness.sdDb, 2) },
    clippingRatio: round(
      prework ? (samples.length > 0 ? prework.clippedSamples / samples.length : 0) : clippingRatio(samples),
      6,
    ),
  };
  return {
    metrics,
    transcriptWpm: words !== undefined && speechSec > 0 ? (words / speechSec) * 60 : null,
    transcriptWpmIncludingPauses: words !== undefined && spanSec > 0 ? (words / spanSec) * 60 : null,
    speechRegions: regions.map((r) => ({ startSec: r.startSec, endSec: r.endSec })),
    longPauses: pauses.filter((p) => p.endSec - p.startSec >= longPauseSec),
    syllableTimesSec: nuclei.timesSec,
    paceSegments: segments,
    paceChanges: paceChanges(segments, estimatedWpm),
    pitchTrack: { hopSec: PITCH_HOP_SEC, values: pitchHz },
    loudnessTrack: { hopSec: LOUDNESS_FRAME_SEC, values: loudness.track },
    noiseFloorDbfs,
    snrDb: loudness.meanDbfs - noiseFloorDbfs,
  };
}

function samePitchRange(a: PitchRange, b: PitchRange): boolean {
  return a.minHz === b.minHz && a.maxHz === b.maxHz;
}

function outsideRegions(blockCount: number, regions: readonly SpeechRegion[]): Uint8Array {
  const mask = new Uint8Array(blockCount).fill(1);
  for (const r of regions) mask.fill(0, r.startBlock, r.endBlock);
  return mask;
}

/** Active blocks that belong to a speech region (a click outside any region is not speech). */
function speechBlocks(active: Uint8Array, outside: Uint8Array): Uint8Array {
  const mask = new Uint8Array(active.length);
  for (let k = 0; k < active.length; k++) mask[k] = active[k] === 1 && outside[k] === 0 ? 1 : 0;
  return mask;
}

function meanWhere(values: Float64Array, mask: Uint8Array): number | null {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < values.length; k++) {
    if (mask[k] === 1) {
      sum += values[k] as number;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}

function roundOrNull(value: number | null, decimals: number): number | null {
  return value === null ? null : round(value, decimals);
}
