import { bandPowersBuilder, type BandPowers } from './band-powers';
import { clippedSamples } from './clipping';
import { decimationFactor } from './decimate';
import { pitchCandidatesBuilder, pitchFrameCount, type PitchCandidates, type PitchRange } from './pitch-yin';
import { DEFAULT_MAX_PITCH_HZ, DEFAULT_MIN_PITCH_HZ } from './voice-analysis';

/**
 * The stages of analyzeVoice() that run from the start of the signal forwards, done while a
 * recording is still being decoded: the band powers (with the decimated signal), every frame's
 * pitch candidates and the count of clipped samples. Given these, analyzeVoice() does only what
 * needs the whole recording: noise floors, speech regions, the pitch path, syllables, loudness.
 */
export interface VoicePrework {
  readonly sampleCount: number;
  readonly bandPowers: BandPowers;
  readonly pitchCandidates: PitchCandidates;
  readonly clippedSamples: number;
}

export interface VoicePreworkBuilder {
  /** Does the work the samples so far allow; each call passes a longer prefix of the same signal. */
  update(samplesSoFar: Float32Array): void;
  finish(samples: Float32Array): VoicePrework;
}

export const DEFAULT_PITCH_RANGE: PitchRange = { minHz: DEFAULT_MIN_PITCH_HZ, maxHz: DEFAULT_MAX_PITCH_HZ };

export function voicePreworkBuilder(sampleRate: number, range: PitchRange = DEFAULT_PITCH_RANGE): VoicePreworkBuilder {
  const powers = bandPowersBuilder(sampleRate);
  const pitch = pitchCandidatesBuilder(sampleRate / decimationFactor(sampleRate), range);
  let clipped = 0;
  let counted = 0;
  const countClipped = (samples: Float32Array): void => {
    clipped += clippedSamples(samples, counted, samples.length);
    counted = samples.length;
  };
  return {
    update(samplesSoFar) {
      powers.update(samplesSoFar);
      pitch.update(powers.decimatedSoFar());
      countClipped(samplesSoFar);
    },
    finish(samples) {
      const bandPowers = powers.finish(samples);
      countClipped(samples);
      return {
        sampleCount: samples.length,
        bandPowers,
        pitchCandidates: pitch.finish(bandPowers.decimated.samples, pitchFrameCount(samples.length, sampleRate)),
        clippedSamples: clipped,
      };
    },
  };
}
