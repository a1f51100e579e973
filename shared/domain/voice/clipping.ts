/**
 * Share of samples at or beyond CLIP_LEVEL of full scale. After a lossy codec the flat tops of
 * clipped waves ripple slightly, so an exact ±1.0 test would miss them.
 */
export const CLIP_LEVEL = 0.99;

export function clippingRatio(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let clipped = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i] as number;
    if (v >= CLIP_LEVEL || v <= -CLIP_LEVEL) clipped++;
  }
  return clipped / samples.length;
}
