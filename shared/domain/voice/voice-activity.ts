import type { BandPowers } from './band-powers';
import { powerToDb, quantileOfSorted } from './stats';

/**
 * Voice activity from band levels against noise floors estimated from the recording itself,
 * so it needs no calibration: a quiet microphone, a -20 dB recording and a noisy room all
 * set their own thresholds.
 *
 * For each band the noise floor is a low percentile of the (15 ms smoothed) block level —
 * every recording has gaps between words and phrases — and the speech level is a high one.
 * A block is speech when any band is clearly above its floor (NOISE_MARGIN_DB) and not
 * negligible next to that band's speech (MAX_DEPTH_BELOW_SPEECH_DB, which keeps codec noise,
 * pre-echo and room tails out of speech when the background is digital silence).
 */

export const NOISE_FLOOR_QUANTILE = 0.1;
export const SPEECH_LEVEL_QUANTILE = 0.95;
/** Stationary noise over 15 ms stays within ±2 dB of its mean; 6 dB above the floor is not noise. */
export const NOISE_MARGIN_DB = 6;
/**
 * Sounds 30 dB under the band's speech level are tails, codec noise and room reverberation, not
 * speech (de Jong & Wempe put silence 25 dB under the 99th-percentile intensity, which sits a
 * few dB above our 95th).
 */
export const MAX_DEPTH_BELOW_SPEECH_DB = 30;
/** Nothing quieter than this is speech, whatever the floors say (dither, codec noise). */
export const ABSOLUTE_FLOOR_DBFS = -90;

export interface BandThreshold {
  readonly noiseFloorDb: number;
  readonly speechLevelDb: number;
  readonly thresholdDb: number;
}

export interface VoiceActivity {
  /** 1 where the 5 ms block is speech. */
  readonly active: Uint8Array;
  readonly bands: { readonly broad: BandThreshold; readonly low: BandThreshold; readonly high: BandThreshold };
}

export function detectVoiceActivity(powers: BandPowers): VoiceActivity {
  const n = powers.blockCount;
  const bandPowers = [powers.broad, powers.low, powers.high];
  const smoothed = bandPowers.map((p) => smoothLevels(p));
  const thresholds = smoothed.map((levels) => bandThreshold(levels));
  const active = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    for (let b = 0; b < 3; b++) {
      const levels = smoothed[b] as Float32Array;
      const t = thresholds[b] as BandThreshold;
      if ((levels[k] as number) > t.thresholdDb) {
        active[k] = 1;
        break;
      }
    }
  }
  trimRunEdges(active, bandPowers, thresholds);
  const [broad, low, high] = thresholds as [BandThreshold, BandThreshold, BandThreshold];
  return { active, bands: { broad, low, high } };
}

function bandThreshold(levels: Float32Array): BandThreshold {
  const sorted = Float32Array.from(levels).sort();
  const noiseFloorDb = quantileOfSorted(sorted, NOISE_FLOOR_QUANTILE);
  const speechLevelDb = quantileOfSorted(sorted, SPEECH_LEVEL_QUANTILE);
  const thresholdDb = Math.max(
    noiseFloorDb + NOISE_MARGIN_DB,
    speechLevelDb - MAX_DEPTH_BELOW_SPEECH_DB,
    ABSOLUTE_FLOOR_DBFS,
  );
  return { noiseFloorDb, speechLevelDb, thresholdDb };
}

/** dB level of a centred 3-block (15 ms) mean power: steadier than one block in noise. */
function smoothLevels(power: Float64Array): Float32Array {
  const n = power.length;
  const out = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const a = power[k - 1] ?? power[k] ?? 0;
    const b = power[k] ?? 0;
    const c = power[k + 1] ?? power[k] ?? 0;
    out[k] = powerToDb((a + b + c) / 3);
  }
  return out;
}

/**
 * Smoothing spreads each burst by a block on either side; give those edge blocks back to
 * silence when their own level is under every threshold, so pause lengths are not shortened
 * by the smoothing window.
 */
function trimRunEdges(active: Uint8Array, bandPowers: Float64Array[], thresholds: BandThreshold[]): void {
  const n = active.length;
  const quiet = (k: number): boolean => {
    for (let b = 0; b < 3; b++) {
      const p = (bandPowers[b] as Float64Array)[k] as number;
      if (powerToDb(p) > (thresholds[b] as BandThreshold).thresholdDb) return false;
    }
    return true;
  };
  let k = 0;
  while (k < n) {
    if (active[k] === 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < n && active[end] === 1) end++;
    // Run is [k, end). Trim at most one block from each side, and never the whole run.
    if (end - k > 2) {
      if (quiet(k)) active[k] = 0;
      if (quiet(end - 1)) active[end - 1] = 0;
    }
    k = end;
  }
}
