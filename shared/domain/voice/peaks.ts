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
  if (!(sampleRate > 0) || !(peaksPerSecond > 0)) {
    throw new RangeError('sampleRate and peaksPerSecond must be positive');
  }
  const durationSec = samples.length / sampleRate;
  if (samples.length === 0)
    return { data: new Float32Array(0), bucketsPerSecond: peaksPerSecond, durationSec, scale: 1 };
  const buckets = Math.max(1, Math.ceil(durationSec * peaksPerSecond));
  const perBucket = samples.length / buckets;
  const data = new Float32Array(buckets * 2);
  let absMax = 0;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * perBucket);
    const end = Math.max(start + 1, Math.min(samples.length, Math.floor((b + 1) * perBucket)));
    let min = 0;
    let max = 0;
    for (let i = start; i < end && i < samples.length; i++) {
      const v = samples[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    data[2 * b] = min;
    data[2 * b + 1] = max;
    absMax = Math.max(absMax, -min, max);
  }
  const scale = absMax > 0 ? 1 / absMax : 1;
  if (scale !== 1) for (let i = 0; i < data.length; i++) data[i] = (data[i] as number) * scale;
  return { data, bucketsPerSecond: buckets / durationSec, durationSec, scale };
}
