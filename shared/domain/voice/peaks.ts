/**
 * Waveform peaks for wavesurfer.js. Each bucket contributes its minimum then its maximum, so
 * `new WaveSurfer({ peaks: [peaks.data], duration: peaks.durationSec, … })` draws the true
 * envelope at any zoom (wavesurfer takes the extreme positive and negative values that fall
 * in each pixel). Values are scaled so the loudest sample is ±1, which keeps quiet
 * recordings readable; `scale` says by how much.
 */
export interface WaveformPeaks {
  /** Interleaved [min0, max0, min1, max1, …], normalised to [-1, 1]. */
  readonly data: Float32Array;
  readonly bucketsPerSecond: number;
  readonly durationSec: number;
  /** Factor applied to the raw sample values (1 / absolute peak; 1 for silence). */
  readonly scale: number;
}

export function computePeaks(samples: Float32Array, sampleRate: number, peaksPerSecond: number): WaveformPeaks {
  return peaksBuilder(sampleRate, peaksPerSecond).finish(samples);
}

export interface PeaksBuilder {
  /** Fills the buckets the samples so far complete; each call passes a longer prefix of the same signal. */
  update(samplesSoFar: Float32Array): void;
  /** The peaks of the whole signal: exactly what computePeaks(samples) returns. */
  finish(samples: Float32Array): WaveformPeaks;
}

/**
 * Peaks built while a recording is still arriving. Bucket b covers samples
 * [⌊b·rate/pps⌋, ⌊(b+1)·rate/pps⌋), so a bucket's bounds do not depend on the total length; the
 * last bucket ends with the signal.
 */
export function peaksBuilder(sampleRate: number, peaksPerSecond: number): PeaksBuilder {
  if (!(sampleRate > 0) || !(peaksPerSecond > 0)) {
    throw new RangeError('sampleRate and peaksPerSecond must be positive');
  }
  const bucketStart = (b: number): number => Math.floor((b * sampleRate) / peaksPerSecond);
  let data = new Float32Array(2048);
  let done = 0;
  let absMax = 0;
  const fill = (samples: Float32Array, upTo: number): void => {
    if (2 * upTo > data.length) {
      const grown = new Float32Array(Math.max(2 * upTo, 2 * data.length));
      grown.set(data);
      data = grown;
    }
    for (; done < upTo; done++) {
      const end = Math.min(samples.length, bucketStart(done + 1));
      let min = 0;
      let max = 0;
      for (let i = bucketStart(done); i < end; i++) {
        const v = samples[i] as number;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      data[2 * done] = min;
      data[2 * done + 1] = max;
      absMax = Math.max(absMax, -min, max);
    }
  };
  return {
    update(samplesSoFar) {
      let upTo = done;
      while (bucketStart(upTo + 1) <= samplesSoFar.length) upTo++;
      fill(samplesSoFar, upTo);
    },
    finish(samples) {
      const buckets = Math.ceil((samples.length * peaksPerSecond) / sampleRate);
      fill(samples, buckets);
      const out = data.slice(0, 2 * buckets);
      const scale = absMax > 0 ? 1 / absMax : 1;
      if (scale !== 1) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * scale;
      return { data: out, bucketsPerSecond: peaksPerSecond, durationSec: samples.length / sampleRate, scale };
    },
  };
}
