import { describe, expect, it } from 'vitest';
import { bandPowersBuilder, computeBandPowers, type BandPowers } from '../../../shared/domain/voice/band-powers';
import { feedInChunks, sameBytes } from './feed-in-chunks';
import { concat, RATE, silence, syllableTrain, whiteNoise } from './synthetic';

/** Speech-like bursts between pauses, over a little noise: every stage has something to measure. */
function answer(): Float32Array {
  const speech = syllableTrain(30, 4).samples;
  const noise = whiteNoise(0.1, 0.002, 7);
  return concat(noise, speech, silence(1.3), speech, whiteNoise(0.37, 0.002, 9));
}

function streamed(signal: Float32Array, rate: number, seed: number) {
  const builder = bandPowersBuilder(rate);
  feedInChunks(signal, seed, (soFar) => builder.update(soFar));
  return builder.finish(signal);
}

/** Bit for bit. */
function expectSame(actual: BandPowers, expected: BandPowers): void {
  expect(actual.blockCount).toBe(expected.blockCount);
  expect(actual.decimated.sampleRate).toBe(expected.decimated.sampleRate);
  for (const key of ['broad', 'low', 'high', 'level'] as const) {
    expect(sameBytes(actual[key], expected[key]), key).toBe(true);
  }
  expect(sameBytes(actual.decimated.samples, expected.decimated.samples), 'decimated').toBe(true);
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

  it('show only final values of the decimated signal while it arrives', () => {
    const signal = answer();
    const builder = bandPowersBuilder(RATE);
    const prefixes: Float32Array[] = [];
    feedInChunks(signal, 7, (soFar) => {
      builder.update(soFar);
      prefixes.push(builder.decimatedSoFar().slice());
    });
    const final = builder.finish(signal).decimated.samples;
    expect(prefixes.at(-1)?.length).toBeGreaterThan(final.length - 10);
    for (const prefix of prefixes) expect(sameBytes(prefix, final.subarray(0, prefix.length))).toBe(true);
  });
});
