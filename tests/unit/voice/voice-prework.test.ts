import { describe, expect, it } from 'vitest';
import { analyzeVoice } from '../../../shared/domain/voice';
import { clippedSamples, clippingRatio } from '../../../shared/domain/voice/clipping';
import { choosePitchTrack, pitchCandidatesBuilder, trackPitchYin } from '../../../shared/domain/voice/pitch-yin';
import { voicePreworkBuilder } from '../../../shared/domain/voice/voice-prework';
import { feedInChunks, sameBytes } from './feed-in-chunks';
import { concat, harmonicVoice, prng, RATE, silence, sine, syllableTrain, whiteNoise } from './synthetic';

/** Speech-like bursts, a gliding voice, a clipped stretch and pauses over a little noise. */
function answer(rate = RATE): Float32Array {
  const clipped = sine(220, 0.6, 1.4, rate).map((v) => Math.max(-1, Math.min(1, v)));
  return concat(
    whiteNoise(0.2, 0.002, 3, rate),
    syllableTrain(20, 4, 110, 0.3, rate).samples,
    silence(0.9, rate),
    harmonicVoice((t) => 190 + 60 * Math.sin(2 * Math.PI * 0.7 * t), 2.5, 0.3, rate),
    silence(0.4, rate),
    clipped,
    whiteNoise(0.33, 0.002, 5, rate),
  );
}

const RANGE = { minHz: 60, maxHz: 500 };

describe('pitch candidates computed while a signal arrives', () => {
  const signal = answer(4000);
  const frames = Math.floor(signal.length / 4000 / 0.01) + 1;
  const streamed = (seed: number) => {
    const builder = pitchCandidatesBuilder(4000, RANGE);
    feedInChunks(signal, seed, (soFar) => builder.update(soFar));
    return builder.finish(signal, frames);
  };

  it('give, under any mask, exactly the track trackPitchYin gives with that mask', () => {
    const random = prng(11);
    const masks = [
      new Uint8Array(frames).fill(1),
      new Uint8Array(frames),
      Uint8Array.from({ length: frames }, () => (random() < 0.7 ? 1 : 0)),
      Uint8Array.from({ length: frames }, (_, f) => (f > 60 && f < 300 ? 1 : 0)),
    ];
    for (const seed of [1, 2]) {
      const candidates = streamed(seed);
      for (const mask of masks) {
        const expected = trackPitchYin(signal, 4000, mask, RANGE).hz;
        expect(sameBytes(choosePitchTrack(candidates, mask), expected)).toBe(true);
      }
    }
    // The signal has voice in it: the comparison above is not between two empty tracks.
    expect(trackPitchYin(signal, 4000, masks[0]!, RANGE).hz.filter((hz) => hz > 0).length).toBeGreaterThan(200);
  });

  it('are refused for a mask of another length', () => {
    expect(() => choosePitchTrack(streamed(3), new Uint8Array(frames - 1))).toThrow(/other samples/);
  });
});

describe('the clipped-sample count', () => {
  it('adds up piece by piece to the ratio of the whole', () => {
    const signal = answer();
    let clipped = 0;
    let counted = 0;
    feedInChunks(signal, 4, (soFar) => {
      clipped += clippedSamples(soFar, counted, soFar.length);
      counted = soFar.length;
    });
    expect(clipped).toBeGreaterThan(0);
    expect(clipped / signal.length).toBe(clippingRatio(signal));
  });
});

describe('analyzeVoice with the prework done while the recording was decoded', () => {
  const streamed = (signal: Float32Array, rate: number, seed: number) => {
    const builder = voicePreworkBuilder(rate);
    feedInChunks(signal, seed, (soFar) => builder.update(soFar));
    return builder.finish(signal);
  };

  it('gives the same analysis as analysing the whole recording at once, at every rate', () => {
    for (const rate of [8000, RATE, 22050, 48000]) {
      const signal = answer(rate);
      const analysis = analyzeVoice(signal, rate, {}, streamed(signal, rate, 6));
      expect(analysis).toEqual(analyzeVoice(signal, rate));
      expect(analysis.metrics.clippingRatio).toBeGreaterThan(0);
      expect(analysis.metrics.pitch.meanHz).not.toBeNull();
    }
  });

  it('falls back to its own pitch search when asked for another pitch range', () => {
    const signal = answer();
    const options = { minPitchHz: 150, maxPitchHz: 400 };
    expect(analyzeVoice(signal, RATE, options, streamed(signal, RATE, 8))).toEqual(analyzeVoice(signal, RATE, options));
  });

  it('is refused for other samples', () => {
    const signal = answer();
    const prework = streamed(signal, RATE, 9);
    expect(() => analyzeVoice(signal.subarray(0, signal.length - 4000), RATE, {}, prework)).toThrow(/other samples/);
  });
});
