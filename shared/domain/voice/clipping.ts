/**
 * Share of samples at or beyond CLIP_LEVEL of full scale. After a lossy codec the flat tops of
 * clipped waves ripple slightly, so an exact ±1.0 test would miss them.
 */
export const CLIP_LEVEL = 0.99;

export function clippingRatio(samples: Float32Array): number {
  return samples.length === 0 ? 0 : clippedSamples(samples, 0, samples.length) / samples.length;
}

/** How many of samples [from, to) are clipped (so a caller can count a stream piece by piece). */
export function clippedSamples(samples: Float32Array, from: number, to: number): number {
  let clipped = 0;
  for (let i = from; i < to; i++) {
    const v = samples[i] as number;
    if (v >= CLIP_LEVEL || v <= -CLIP_LEVEL) clipped++;
  }
  return clipped;
}
