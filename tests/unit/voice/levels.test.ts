import { describe, expect, it } from 'vitest';
import { analyzeVoice } from '../../../shared/domain/voice/index';
import { RATE, concat, scale, silence, sine } from './synthetic';

describe('loudness and clipping', () => {
  it('reports the level of the speech only, in dBFS (full-scale sine = -3.01 dBFS)', () => {
    const signal = concat(silence(1), sine(150, 2, 0.5), silence(2));
    const { metrics } = analyzeVoice(signal, RATE);
    expect(metrics.loudness.meanDbfs).toBeCloseTo(20 * Math.log10(0.5 / Math.SQRT2), 1);
    expect(metrics.loudness.sdDb).toBeLessThan(0.2);
    expect(analyzeVoice(scale(signal, -20), RATE).metrics.loudness.meanDbfs).toBeCloseTo(
      20 * Math.log10(0.05 / Math.SQRT2),
      1,
    );
  });

  it('reports the spread of loudness across the speech', () => {
    // Equal time at two levels 10 dB apart: population SD of the frame levels is 5 dB.
    const loud = sine(150, 2, 0.5);
    const soft = scale(sine(150, 2, 0.5), -10);
    const { metrics } = analyzeVoice(concat(silence(0.5), loud, soft, silence(0.5)), RATE);
    expect(metrics.loudness.sdDb).toBeGreaterThan(4.5);
    expect(metrics.loudness.sdDb).toBeLessThan(5.5);
  });

  it('ignores a DC offset from the microphone', () => {
    const clean = concat(silence(1), sine(150, 2, 0.3), silence(1));
    const offset = clean.map((v) => v + 0.05);
    const a = analyzeVoice(clean, RATE).metrics;
    const b = analyzeVoice(offset, RATE).metrics;
    expect(b.loudness.meanDbfs).toBeCloseTo(a.loudness.meanDbfs, 1);
    expect(b.speechSec).toBeCloseTo(a.speechSec, 2);
  });

  it('measures the share of clipped samples', () => {
    const tone = sine(150, 2, 1.5).map((v) => Math.max(-1, Math.min(1, v)));
    const signal = concat(silence(1), tone, silence(1));
    const { metrics } = analyzeVoice(signal, RATE);
    // |1.5·sin| ≥ 0.99 for a fraction 1 − (2/π)·asin(0.99/1.5) of the tone.
    const expected = ((1 - (2 / Math.PI) * Math.asin(0.99 / 1.5)) * 2) / 4;
    expect(metrics.clippingRatio).toBeCloseTo(expected, 2);
  });

  it('reports no clipping when the peaks stay below full scale', () => {
    const { metrics } = analyzeVoice(concat(silence(1), sine(150, 2, 0.9), silence(1)), RATE);
    expect(metrics.clippingRatio).toBe(0);
  });
});
