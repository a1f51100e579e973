import { BLOCK_SEC } from './band-powers';
import type { SpeechRegion } from './speech-regions';
import { powerToDb, quantile } from './stats';

/**
 * Syllable nuclei after de Jong & Wempe (2009, "Praat script to detect syllable nuclei"):
 * a syllable is a peak of intensity, inside speech, not far below the loudest speech, set
 * off from the previous nucleus by a dip of at least MIN_DIP_DB, and voiced.
 *
 * Differences from the original, for robustness: intensity is taken from the low band
 * (< 1.6 kHz, where vowels carry their energy and fricatives do not), and the estimated noise
 * power is subtracted before taking dB, so background noise does not fill the dips between
 * syllables and merge them.
 */

/** De Jong & Wempe's dip criterion. */
export const MIN_DIP_DB = 2;
/** De Jong & Wempe's silence threshold, relative to the 99th-percentile speech intensity. */
export const MAX_DEPTH_BELOW_PEAK_DB = 25;
/** Intensity smoothing: a 45 ms Hann window, close to Praat's intensity at 50 Hz minimum pitch. */
const SMOOTH_HALF_BLOCKS = 4;
/** Noise subtraction never takes a block below this fraction of the noise power. */
const SUBTRACTION_FLOOR = 0.1;

export interface SyllableInput {
  readonly lowPower: Float64Array;
  readonly regions: readonly SpeechRegion[];
  /** Mean low-band power of the background (non-speech blocks). */
  readonly noisePower: number;
  /** Whether the voice is periodic at a given time. */
  readonly isVoiced: (timeSec: number) => boolean;
}

export interface SyllableNuclei {
  /** Times of the nuclei (s). */
  readonly timesSec: number[];
  /** The intensity contour used (dB, per 5 ms block), for display and tests. */
  readonly intensityDb: Float32Array;
}

export function findSyllableNuclei(input: SyllableInput): SyllableNuclei {
  const intensityDb = intensityContour(input.lowPower, input.noisePower);
  const inSpeech: number[] = [];
  for (const r of input.regions) {
    for (let k = r.startBlock; k < r.endBlock; k++) inSpeech.push(intensityDb[k] as number);
  }
  if (inSpeech.length === 0) return { timesSec: [], intensityDb };
  const minPeakDb = quantile(inSpeech, 0.99) - MAX_DEPTH_BELOW_PEAK_DB;
  const timesSec: number[] = [];
  for (const r of input.regions) {
    let previous = -1;
    for (let k = r.startBlock + 1; k < r.endBlock - 1; k++) {
      const v = intensityDb[k] as number;
      if (!(v > (intensityDb[k - 1] as number) && v >= (intensityDb[k + 1] as number))) continue;
      if (v < minPeakDb) continue;
      const t = (k + 0.5) * BLOCK_SEC;
      if (!input.isVoiced(t)) continue;
      if (previous >= 0) {
        const dip = minBetween(intensityDb, previous, k);
        const lower = Math.min(v, intensityDb[previous] as number);
        if (lower - dip < MIN_DIP_DB) {
          // Same syllable: keep the louder peak as its nucleus.
          if (v > (intensityDb[previous] as number)) {
            timesSec[timesSec.length - 1] = t;
            previous = k;
          }
          continue;
        }
      }
      timesSec.push(t);
      previous = k;
    }
  }
  return { timesSec, intensityDb };
}

function intensityContour(power: Float64Array, noisePower: number): Float32Array {
  const n = power.length;
  const weights: number[] = [];
  for (let j = -SMOOTH_HALF_BLOCKS; j <= SMOOTH_HALF_BLOCKS; j++) {
    weights.push(0.5 + 0.5 * Math.cos((Math.PI * j) / (SMOOTH_HALF_BLOCKS + 1)));
  }
  const out = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    let sum = 0;
    let wsum = 0;
    for (let j = -SMOOTH_HALF_BLOCKS; j <= SMOOTH_HALF_BLOCKS; j++) {
      const p = power[k + j];
      if (p === undefined) continue;
      const w = weights[j + SMOOTH_HALF_BLOCKS] as number;
      sum += w * p;
      wsum += w;
    }
    const clean = Math.max(sum / wsum - noisePower, noisePower * SUBTRACTION_FLOOR);
    out[k] = powerToDb(clean);
  }
  return out;
}

function minBetween(values: Float32Array, from: number, to: number): number {
  let min = Infinity;
  for (let k = from + 1; k < to; k++) {
    const v = values[k] as number;
    if (v < min) min = v;
  }
  return min;
}
