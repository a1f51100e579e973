import { mean, quantileOfSorted, standardDeviation } from './stats';

/**
 * Pitch statistics over the voiced frames of a cleaned pitch track.
 *
 * Range is the 5th–95th percentile span in semitones, so a few octave errors or creaky frames
 * do not set it. The monotone flag fires when that span is under MONOTONE_RANGE_SEMITONES.
 * Read and conversational English has an f0 SD of roughly 2–3 semitones (Traunmüller &
 * Eriksson, "The frequency range of the voice fundamental in the speech of male and female
 * adults", 1995), i.e. a 5–95% span of about 6.5–10 semitones for a normal distribution.
 * A span under 5 semitones means an SD under ~1.5 semitones: half the usual variation or
 * less, which listeners hear as flat. For scale, espeak-ng's default English voice spans
 * 4.0–4.4 semitones by this measure and is flagged; a speaker who moves about a fifth
 * (7 semitones) is not.
 */
export const MONOTONE_RANGE_SEMITONES = 5;
/** Fewer voiced frames than this (0.25 s) make no reliable statistics. */
export const MIN_VOICED_FRAMES = 25;
/** Voiced runs shorter than this (30 ms) are usually spurious detections in noise or clicks. */
const MIN_VOICED_RUN_FRAMES = 3;

export interface PitchSummary {
  readonly meanHz: number | null;
  readonly sdHz: number | null;
  readonly p5Hz: number | null;
  readonly p95Hz: number | null;
  readonly rangeSemitones: number | null;
  readonly monotone: boolean;
  readonly voicedFrames: number;
}

/** Unvoices isolated short voiced runs in place. */
export function removeShortVoicedRuns(hz: Float32Array): void {
  const n = hz.length;
  let k = 0;
  while (k < n) {
    if ((hz[k] as number) <= 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < n && (hz[end] as number) > 0) end++;
    if (end - k < MIN_VOICED_RUN_FRAMES) hz.fill(0, k, end);
    k = end;
  }
}

export function summarisePitch(hz: Float32Array): PitchSummary {
  const voiced: number[] = [];
  for (let k = 0; k < hz.length; k++) {
    const v = hz[k] as number;
    if (v > 0) voiced.push(v);
  }
  if (voiced.length < MIN_VOICED_FRAMES) {
    return {
      meanHz: null,
      sdHz: null,
      p5Hz: null,
      p95Hz: null,
      rangeSemitones: null,
      monotone: false,
      voicedFrames: voiced.length,
    };
  }
  const sorted = Float64Array.from(voiced).sort();
  const p5Hz = quantileOfSorted(sorted, 0.05);
  const p95Hz = quantileOfSorted(sorted, 0.95);
  const rangeSemitones = 12 * Math.log2(p95Hz / p5Hz);
  return {
    meanHz: mean(sorted),
    sdHz: standardDeviation(sorted),
    p5Hz,
    p95Hz,
    rangeSemitones,
    monotone: rangeSemitones < MONOTONE_RANGE_SEMITONES,
    voicedFrames: voiced.length,
  };
}
