import { describe, expect, it } from 'vitest';
import { computePeaks } from '../../../shared/domain/voice/index';
import { peaksBuilder } from '../../../shared/domain/voice/peaks';
import { feedInChunks, sameBytes } from './feed-in-chunks';
import { RATE, concat, silence, sine, whiteNoise } from './synthetic';

describe('waveform peaks', () => {
  it('gives a min and a max per bucket, normalised so the loudest sample is ±1', () => {
    const signal = concat(sine(100, 1, 0.25), silence(1));
    const peaks = computePeaks(signal, RATE, 50);
    expect(peaks.durationSec).toBe(2);
    expect(peaks.data).toHaveLength(2 * 100);
    expect(peaks.bucketsPerSecond).toBe(50);
    expect(peaks.scale).toBeCloseTo(4, 3);
    const maxima = peaks.data.filter((_, i) => i % 2 === 1);
    const minima = peaks.data.filter((_, i) => i % 2 === 0);
    expect(Math.max(...maxima)).toBeCloseTo(1, 3);
    expect(Math.min(...minima)).toBeCloseTo(-1, 3);
    // Second half is silence.
    expect(maxima.slice(50).every((v) => v === 0)).toBe(true);
    for (let b = 0; b < 100; b++) expect(peaks.data[2 * b]!).toBeLessThanOrEqual(peaks.data[2 * b + 1]!);
  });

  it('handles silence, empty input and bad arguments', () => {
    expect(computePeaks(silence(1), RATE, 10).scale).toBe(1);
    expect(computePeaks(new Float32Array(0), RATE, 10).data).toHaveLength(0);
    expect(() => computePeaks(silence(1), RATE, 0)).toThrow(RangeError);
  });

  it('are the same when built while the recording arrives, whatever the rate and bucket size', () => {
    for (const [rate, perSecond] of [
      [RATE, 50],
      [16_000, 30],
      [44_100, 60],
      [22_050, 7],
    ] as const) {
      const signal = concat(whiteNoise(0.37, 0.1, 3, rate), sine(180, 1.21, 0.6, rate), silence(0.05, rate));
      const builder = peaksBuilder(rate, perSecond);
      feedInChunks(signal, 2, (soFar) => builder.update(soFar));
      const streamed = builder.finish(signal);
      const whole = computePeaks(signal, rate, perSecond);
      expect(sameBytes(streamed.data, whole.data)).toBe(true);
      expect(streamed).toMatchObject({
        bucketsPerSecond: perSecond,
        scale: whole.scale,
        durationSec: whole.durationSec,
      });
      // The last bucket, partial, is there.
      expect(whole.data.length).toBe(2 * Math.ceil((signal.length * perSecond) / rate));
    }
  });
});
