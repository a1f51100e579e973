import { afterAll, describe, expect, it } from 'vitest';
import { analyzeVoice } from '../../../shared/domain/voice/index';
import { accuracySpec, type Condition } from '../../fixtures/speech/accuracy-set';
import { speechFixture, toneFixture } from '../../fixtures/speech/generate';
import { praatPitch } from '../../fixtures/speech/praat';

/**
 * Issue 4 "Accuracy", pitch: within 2% on pure tones (sox sine, decoded by ffmpeg) and within
 * 5% of Praat's mean on espeak-ng speech (Praat's To Pitch on the very same decoded samples).
 */

const TONES_HZ = [90, 110, 150, 200, 250, 300];
const VOICES = ['en', 'en+m3', 'en+f3', 'en+f2'];
const SPEECH_CONDITIONS: Condition[] = ['clean', 'pink'];

const summary: Array<Record<string, string | number>> = [];
afterAll(() => {
  if (summary.length > 0) console.table(summary);
});

describe('pitch of pure tones', () => {
  it.each(TONES_HZ)(
    'reads a %d Hz sine within 2%',
    async (hz) => {
      const tone = await toneFixture(hz);
      const { metrics } = analyzeVoice(tone.pcm, tone.sampleRate);
      expect(metrics.pitch.meanHz).not.toBeNull();
      const error = (metrics.pitch.meanHz ?? 0) / hz - 1;
      summary.push({
        signal: `sine ${hz} Hz`,
        meanHz: metrics.pitch.meanHz ?? NaN,
        referenceHz: hz,
        errorPct: +(100 * error).toFixed(3),
      });
      expect(Math.abs(error)).toBeLessThanOrEqual(0.02);
      expect(metrics.pitch.monotone).toBe(true);
    },
    60_000,
  );
});

describe('pitch of speech against Praat', () => {
  const cases = VOICES.flatMap((voice) => SPEECH_CONDITIONS.map((condition) => [voice, condition] as const));
  it.each(cases)(
    'mean pitch of espeak-ng voice %s (%s) is within 5% of Praat',
    async (voice, condition) => {
      const fixture = await speechFixture(accuracySpec(130, condition, voice));
      const { metrics } = analyzeVoice(fixture.pcm, fixture.sampleRate);
      const praat = await praatPitch(fixture.pcm, fixture.sampleRate, `${voice}-${condition}`, 60, 500);
      const mean = metrics.pitch.meanHz ?? NaN;
      const error = mean / praat.meanHz - 1;
      summary.push({
        signal: `espeak ${voice} ${condition}`,
        meanHz: mean,
        referenceHz: +praat.meanHz.toFixed(1),
        errorPct: +(100 * error).toFixed(2),
        rangeSt: metrics.pitch.rangeSemitones ?? NaN,
        praatRangeSt: +(12 * Math.log2(praat.p95Hz / praat.p5Hz)).toFixed(2),
      });
      expect(Math.abs(error)).toBeLessThanOrEqual(0.05);
    },
    10 * 60_000,
  );
});
