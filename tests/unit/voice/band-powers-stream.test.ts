import { describe, expect, it } from 'vitest';
import { analyzeVoice } from '../../../shared/domain/voice';
import { bandPowersBuilder, computeBandPowers, type BandPowers } from '../../../shared/domain/voice/band-powers';
import { concat, prng, RATE, silence, syllableTrain, whiteNoise } from './synthetic';

/** Speech-like bursts between pauses, over a little noise: every stage has something to measure. */
function answer(): Float32Array {
  const speech = syllableTrain(30, 4).samples;
  const noise = whiteNoise(0.1, 0.002, 7);
  return concat(noise, speech, silence(1.3), speech, whiteNoise(0.37, 0.002, 9));
}

/** Feeds the signal as a decoder would: ever longer prefixes, in chunks of random sizes. */
function streamed(signal: Float32Array, rate: number, seed: number) {
  const random = prng(seed);
  const builder = bandPowersBuilder(rate);
  let at = 0;
  while (at < signal.length) {
    at = Math.min(signal.length, at + 1 + Math.floor(random() * 6000));
    builder.update(signal.subarray(0, at));
  }
  return builder.finish(signal);
}

/** Bit for bit (a generic deep equal walks typed arrays one element at a time, far too slowly). */
function expectSame(actual: BandPowers, expected: BandPowers): void {
  const bytes = (a: Float32Array | Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  expect(actual.blockCount).toBe(expected.blockCount);
  expect(actual.decimated.sampleRate).toBe(expected.decimated.sampleRate);
  for (const key of ['broad', 'low', 'high', 'level'] as const) {
    expect(Buffer.compare(bytes(actual[key]), bytes(expected[key])), key).toBe(0);
  }
  expect(Buffer.compare(bytes(actual.decimated.samples), bytes(expected.decimated.samples)), 'decimated').toBe(0);
}

describe('band powers computed while a recording is still arriving', () => {
  it('equal, value for value, those of the whole signal at once', () => {
    const signal = answer();
    for (const seed of [1, 2, 3]) expectSame(streamed(signal, RATE, seed), computeBandPowers(signal, RATE));
  });

  it('hold at other sample rates and for signals shorter than a block or a filter window', () => {
    const signal = answer();
    for (const rate of [8000, 22050, 48000]) {
      expectSame(streamed(signal, rate, 4), computeBandPowers(signal, rate));
    }
    for (const n of [0, 1, 12, 79, 80, 81, 400]) {
      const short = signal.subarray(RATE, RATE + n);
      expectSame(streamed(short, RATE, 5), computeBandPowers(short, RATE));
    }
  });

  it('give analyzeVoice the same result as computing them itself, and are refused for other samples', () => {
    const signal = answer();
    const powers = streamed(signal, RATE, 6);
    expect(analyzeVoice(signal, RATE, {}, powers)).toEqual(analyzeVoice(signal, RATE));
    expect(() => analyzeVoice(signal.subarray(0, signal.length - 4000), RATE, {}, powers)).toThrow(/other samples/);
  });
});
