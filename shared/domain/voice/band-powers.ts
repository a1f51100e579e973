import { highPass } from './biquad';
import { decimatedLength, decimateRange, decimationFilter, type Decimated } from './decimate';

/**
 * Per-block mean-square power in three bands, plus the plain level for loudness. The
 * voice-activity detector compares each band with its own noise floor, so speech that one
 * kind of noise hides is still seen in another band: voiced sounds stand out in the low band
 * above white noise or hiss, fricatives (s, sh, f) in the high band above hum or pink noise.
 *
 * Cost matters here (a 10-minute answer is 9.6 M samples at 16 kHz), so the full-rate pass
 * writes no array and runs no recursive filter, only short FIRs: the usual speech
 * pre-emphasis (1 − 0.97 z⁻¹, which also removes DC and rumble) for the broad band, and a
 * second difference (12 dB/octave: +2 dB at 3 kHz, −28 dB at 500 Hz at 16 kHz) for the high
 * band. A recursive high-pass would leave a decaying tail after every abrupt stop. Low-band
 * work is done after decimation, at a quarter of the rate.
 *
 * The level used for loudness is unfiltered except for the DC offset, taken as the mean of
 * the surrounding second (a short mean would carry part of a loud low-pitched sound into the
 * silence next to it).
 *
 * The block sums, the decimation, the rumble filter and the low band run from the start of the
 * signal forwards, so bandPowersBuilder() can do them while a recording is still being decoded;
 * only the level's DC window and the last few blocks wait for the end.
 */

/** Analysis block length: 5 ms gives pause edges to the nearest 5 ms before refinement. */
export const BLOCK_SEC = 0.005;
/** Blocks either side (0.5 s) whose mean is the DC offset removed from the level. */
const DC_HALF_BLOCKS = 100;
/** Pre-emphasis coefficient of the broad band. */
export const PRE_EMPHASIS = 0.97;
/** Rumble below this is removed from the low band, where it would mask voicing. */
export const RUMBLE_CUTOFF_HZ = 70;

export interface BandPowers {
  readonly blockCount: number;
  /** Whole band, pre-emphasised (speech analysis's usual 1 − 0.97 z⁻¹). */
  readonly broad: Float64Array;
  /** Below ≈1.6 kHz (the decimated signal): voicing and vowel energy. */
  readonly low: Float64Array;
  /** High-frequency emphasis (second difference): frication. */
  readonly high: Float64Array;
  /** Unfiltered level with the DC offset removed: what loudness reports. */
  readonly level: Float64Array;
  /** The signal decimated to ≈4 kHz with rumble removed, for pitch and the low band. */
  readonly decimated: Decimated;
}

/** Sample index at which block `k` starts, for a signal at `rate`. */
export function blockStart(k: number, rate: number): number {
  return Math.floor(k * BLOCK_SEC * rate);
}

export interface BandPowersBuilder {
  /** Does the work the samples so far allow; each call passes a longer prefix of the same signal. */
  update(samplesSoFar: Float32Array): void;
  /** The band powers of the whole signal: exactly what computeBandPowers(samples) returns. */
  finish(samples: Float32Array): BandPowers;
  /** The decimated, rumble-free signal so far: samples that later updates will not change. */
  decimatedSoFar(): Float32Array;
}

export function computeBandPowers(samples: Float32Array, sampleRate: number): BandPowers {
  return bandPowersBuilder(sampleRate).finish(samples);
}

/** A Float64Array or Float32Array that keeps at least `need` elements, doubling when it grows. */
function ensure<T extends Float64Array | Float32Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(need, array.length * 2));
  grown.set(array);
  return grown;
}

export function bandPowersBuilder(sampleRate: number): BandPowersBuilder {
  const samplesPerBlock = BLOCK_SEC * sampleRate;
  const filter = decimationFilter(sampleRate);
  const decimatedRate = sampleRate / filter.factor;
  const rumble = highPass(RUMBLE_CUTOFF_HZ, decimatedRate);
  let sums = new Float64Array(1024);
  let squares = new Float64Array(1024);
  let counts = new Float64Array(1024);
  let high = new Float64Array(1024);
  let broad = new Float64Array(1024);
  let low = new Float64Array(1024);
  let rumbleFree = new Float32Array(4096);
  let blocksDone = 0;
  let decimatedDone = 0;
  let lowDone = 0;
  let x1 = 0;
  let x2 = 0;
  let z1 = 0;
  let z2 = 0;

  /** Full-rate blocks [blocksDone, upTo): sums, squares and the two FIR bands. */
  function blocks(samples: Float32Array, upTo: number): void {
    if (blocksDone === 0 && upTo > 0) {
      x1 = samples[0] ?? 0;
      x2 = x1;
    }
    sums = ensure(sums, upTo);
    squares = ensure(squares, upTo);
    counts = ensure(counts, upTo);
    high = ensure(high, upTo);
    broad = ensure(broad, upTo);
    // Hot loop: the filter state lives in locals (a closure's variables are slower to touch).
    let p1 = x1;
    let p2 = x2;
    for (let k = blocksDone; k < upTo; k++) {
      const from = blockStart(k, sampleRate);
      const to = blockStart(k + 1, sampleRate);
      let sum = 0;
      let sumSquares = 0;
      let sumHigh = 0;
      let sumBroad = 0;
      for (let i = from; i < to; i++) {
        const x = samples[i] as number;
        const e = x - PRE_EMPHASIS * p1;
        const h = x - 2 * p1 + p2;
        sum += x;
        sumSquares += x * x;
        sumBroad += e * e;
        sumHigh += h * h;
        p2 = p1;
        p1 = x;
      }
      sums[k] = sum;
      squares[k] = sumSquares;
      counts[k] = to - from;
      high[k] = sumHigh / (to - from);
      broad[k] = sumBroad / (to - from);
    }
    x1 = p1;
    x2 = p2;
    blocksDone = Math.max(blocksDone, upTo);
  }

  /** Decimated samples [decimatedDone, upTo) of the first n input samples, through the rumble high-pass. */
  function decimated(samples: Float32Array, n: number, upTo: number): void {
    const out = (rumbleFree = ensure(rumbleFree, upTo));
    // Decimated (stored as float32, as the filter has always read it), then high-passed in place.
    if (filter.factor === 1) out.set(samples.subarray(decimatedDone, upTo), decimatedDone);
    else decimateRange(filter, samples, n, decimatedDone, upTo, out);
    const { b0, b1, b2, a1, a2 } = rumble;
    let s1 = z1;
    let s2 = z2;
    for (let k = decimatedDone; k < upTo; k++) {
      const x = out[k] as number;
      const y = b0 * x + s1;
      s1 = b1 * x - a1 * y + s2;
      s2 = b2 * x - a2 * y;
      out[k] = y;
    }
    z1 = s1;
    z2 = s2;
    decimatedDone = Math.max(decimatedDone, upTo);
  }

  /** Low-band blocks [lowDone, upTo) over the first `available` decimated samples. */
  function lowBlocks(upTo: number, available: number): void {
    low = ensure(low, upTo);
    const signal = rumbleFree;
    for (let b = lowDone; b < upTo; b++) {
      const from = blockStart(b, decimatedRate);
      const to = Math.min(blockStart(b + 1, decimatedRate), available);
      let sum = 0;
      for (let i = from; i < to; i++) {
        const v = signal[i] as number;
        sum += v * v;
      }
      low[b] = to > from ? sum / (to - from) : 0;
    }
    lowDone = Math.max(lowDone, upTo);
  }

  return {
    update(samplesSoFar) {
      const n = samplesSoFar.length;
      blocks(samplesSoFar, Math.floor(n / samplesPerBlock));
      // Only outputs whose filter window is inside the samples so far: their values are final.
      const safe = filter.factor === 1 ? n : Math.max(0, Math.floor((n - 1 - filter.half) / filter.factor) + 1);
      decimated(samplesSoFar, n, Math.min(safe, decimatedLength(n, filter.factor)));
      let lowUpTo = lowDone;
      while (lowUpTo < blocksDone && blockStart(lowUpTo + 1, decimatedRate) <= decimatedDone) lowUpTo++;
      lowBlocks(lowUpTo, decimatedDone);
    },
    decimatedSoFar: () => rumbleFree.subarray(0, decimatedDone),
    finish(samples) {
      const n = samples.length;
      const blockCount = Math.floor(n / samplesPerBlock);
      blocks(samples, blockCount);
      const outLength = n === 0 ? 0 : decimatedLength(n, filter.factor);
      decimated(samples, n, outLength);
      lowBlocks(blockCount, outLength);
      const level = new Float64Array(blockCount);
      // Running sums over the window [k − DC_HALF_BLOCKS, k + DC_HALF_BLOCKS].
      let windowSum = 0;
      let windowCount = 0;
      for (let j = 0; j <= Math.min(blockCount - 1, DC_HALF_BLOCKS); j++) {
        windowSum += sums[j] as number;
        windowCount += counts[j] as number;
      }
      for (let k = 0; k < blockCount; k++) {
        const dc = windowSum / windowCount;
        const count = counts[k] as number;
        // Σ(x − dc)² / n, from the block's Σx and Σx².
        level[k] = Math.max(0, (squares[k] as number) / count - (2 * dc * (sums[k] as number)) / count + dc * dc);
        const entering = k + DC_HALF_BLOCKS + 1;
        if (entering < blockCount) {
          windowSum += sums[entering] as number;
          windowCount += counts[entering] as number;
        }
        const leaving = k - DC_HALF_BLOCKS;
        if (leaving >= 0) {
          windowSum -= sums[leaving] as number;
          windowCount -= counts[leaving] as number;
        }
      }
      const decimatedSignal: Decimated = {
        samples: rumbleFree.slice(0, outLength),
        sampleRate: decimatedRate,
        factor: filter.factor,
      };
      return {
        blockCount,
        broad: broad.slice(0, blockCount),
        low: low.slice(0, blockCount),
        high: high.slice(0, blockCount),
        level,
        decimated: decimatedSignal,
      };
    },
  };
}
